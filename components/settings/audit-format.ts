// One audit event as a row of the /settings audit log: when (in the
// workspace's time zone), who, what, its target and a short line of details.
// Pure, so the server page formats the first page and the browser the older
// ones it loads, the same way.
import { formatInstant } from "@/components/data/format";
import type { Role } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/locale";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import type { AuditEventJson } from "@/lib/schemas/api/settings";

export interface AuditRowView {
  id: number;
  when: string;
  who: string;
  what: string;
  target: string;
  details: string;
}

interface Context {
  locale: Locale;
  timeZone: string;
  messages: SettingsMessages["audit"];
  roleNames: Record<Role, string>;
}

const MAX_DETAILS = 200;

function text(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (Array.isArray(value)) return value.map(text).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function detailsOf(e: AuditEventJson, roleName: (r: unknown) => string): string {
  const d = e.detail;
  if (!d) return "";
  switch (e.action) {
    case "settings_change": {
      const changes = d.changes;
      if (typeof changes !== "object" || changes === null) break;
      return Object.entries(changes as Record<string, { from?: unknown; to?: unknown }>)
        .map(([field, c]) => `${field}: ${text(c?.from)} → ${text(c?.to)}`)
        .join("; ");
    }
    case "member_role":
      return `${roleName(d.from)} → ${roleName(d.to)}`;
    case "member_remove":
      return roleName(d.role);
    case "member_invite":
    case "invite_revoke":
    case "invite_accept":
      return [text(d.email), roleName(d.role)].join(" · ");
    case "token_create":
      return [text(d.name), text(d.scopes)].join(" · ");
  }
  return Object.entries(d)
    .filter(([, v]) => v === null || typeof v !== "object" || Array.isArray(v))
    .map(([k, v]) => `${k}: ${text(v)}`)
    .join("; ");
}

export function auditRow(e: AuditEventJson, { locale, timeZone, messages: m, roleNames }: Context): AuditRowView {
  const actions: Record<string, string> = m.actions;
  const roleName = (r: unknown) => (typeof r === "string" && Object.hasOwn(roleNames, r) ? roleNames[r as Role] : text(r));
  const details = detailsOf(e, roleName);
  return {
    id: e.id,
    when: formatInstant(e.createdAt, locale, timeZone),
    who: e.actor === "system" ? m.system : e.actor.replace(/^user:/, ""),
    what: actions[e.action] ?? e.action,
    target: e.target ?? "",
    details: details.length > MAX_DETAILS ? `${details.slice(0, MAX_DETAILS - 1)}…` : details,
  };
}

import type { Metadata } from "next";
import { headers } from "next/headers";
import { Forbidden } from "@/components/auth/Forbidden";
import { formatInstant } from "@/components/data/format";
import { auditRow } from "@/components/settings/audit-format";
import { AuditLog } from "@/components/settings/AuditLog";
import { DangerZone } from "@/components/settings/DangerZone";
import { InvitationsPanel } from "@/components/settings/InvitationsPanel";
import { MembersPanel } from "@/components/settings/MembersPanel";
import { SettingsSection } from "@/components/settings/SettingsSection";
import { TokensPanel } from "@/components/settings/TokensPanel";
import { WorkspaceSettingsForm } from "@/components/settings/WorkspaceSettingsForm";
import { pageAccess } from "@/lib/auth/page-access";
import { now } from "@/lib/clock";
import { fill } from "@/lib/i18n/fill";
import { settings as settingsMessages } from "@/lib/i18n/messages/settings";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { dayInZone } from "@/lib/metrics/periods";
import { listApiTokens } from "@/lib/services/api-tokens";
import { listAuditEvents } from "@/lib/services/audit-log";
import { listPendingInvitations } from "@/lib/services/invitations";
import { listMembers } from "@/lib/services/members";
import { getSettings } from "@/lib/services/settings";

export const dynamic = "force-dynamic";

const AUDIT_PAGE = 50;
/** Offered while typing a currency (any ISO 4217 code is accepted). */
const COMMON_CURRENCIES = ["CNY", "HKD", "TWD", "JPY", "KRW", "SGD", "USD", "EUR", "GBP", "AUD", "CAD"];

export async function generateMetadata(): Promise<Metadata> {
  return { title: settingsMessages[await getLocale()].title };
}

async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

export default async function SettingsRoute() {
  const locale = await getLocale();
  const all = messagesFor(locale);
  const m = all.settings;
  const access = await pageAccess("settings.manage", "/settings");
  if (!access.ok) return <Forbidden locale={locale} role={access.role} workspace={access.principal.workspace?.name ?? ""} />;
  const { db, workspace, principal } = access;
  const t = now();
  const tz = workspace.timeZone;
  const roleNames = all.auth.roles;

  const [current, members, invitations, tokens, audit, origin] = await Promise.all([
    getSettings(db, workspace),
    listMembers(db, workspace, { selfUserId: principal.user.id }),
    listPendingInvitations(db, workspace, { now: t }),
    listApiTokens(db, workspace),
    listAuditEvents(db, workspace, { limit: AUDIT_PAGE }),
    requestOrigin(),
  ]);
  const when = (iso: string) => formatInstant(iso, locale, tz);
  const auditRows = audit.events.map((e) => auditRow(e, { locale, timeZone: tz, messages: m.audit, roleNames }));
  const sections = ["workspace", "members", "invitations", "tokens", "audit", "danger"] as const;

  return (
    <div className="flex flex-col gap-6" data-testid="settings-page">
      <header className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300">{m.subtitle}</p>
          <p className="text-sm text-slate-700 dark:text-slate-200" data-testid="settings-workspace-name">
            {m.workspaceLabel} <strong className="font-semibold">{workspace.name}</strong>
          </p>
        </div>
        <nav aria-label={m.sections.label} className="flex flex-wrap gap-1 text-xs">
          {sections.map((s) => (
            <a
              key={s}
              href={`#${s}`}
              className="rounded-md bg-slate-100 px-2 py-1 font-medium text-slate-700 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
            >
              {m.sections[s]}
            </a>
          ))}
        </nav>
      </header>

      <SettingsSection id="workspace" title={m.workspace.title} caption={m.workspace.caption}>
        <WorkspaceSettingsForm
          settings={current.settings}
          benchmarkSets={current.benchmarkSets.map((s) => ({ key: s.key, name: locale === "zh-CN" ? s.nameZh : s.nameEn, builtIn: s.builtIn }))}
          timeZones={timeZones(tz)}
          currencies={COMMON_CURRENCIES}
          locale={locale}
          messages={m}
        />
      </SettingsSection>

      <SettingsSection id="members" title={m.members.title} caption={m.members.caption}>
        <MembersPanel
          rows={members.map((x) => ({ id: x.id, email: x.email, name: x.name, role: x.role, self: x.self, isDemo: x.isDemo, since: when(x.createdAt) }))}
          workspaceName={workspace.name}
          roleNames={roleNames}
          locale={locale}
          messages={m}
        />
      </SettingsSection>

      <SettingsSection id="invitations" title={m.invitations.title} caption={m.invitations.caption}>
        <InvitationsPanel
          rows={invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, invitedBy: i.invitedBy, expires: when(i.expiresAt) }))}
          roleNames={roleNames}
          locale={locale}
          messages={m}
        />
      </SettingsSection>

      <SettingsSection id="tokens" title={m.tokens.title} caption={m.tokens.caption}>
        <TokensPanel
          rows={tokens.map((x) => ({
            id: x.id,
            name: x.name,
            prefix: x.prefix,
            scopes: x.scopes,
            created: when(x.createdAt),
            lastUsed: x.lastUsedAt ? when(x.lastUsedAt) : null,
            revoked: x.revokedAt ? when(x.revokedAt) : null,
          }))}
          locale={locale}
          messages={m}
          origin={origin}
          exampleDay={dayInZone(t, tz)}
        />
      </SettingsSection>

      <SettingsSection id="audit" title={m.audit.title} caption={fill(m.audit.caption, { zone: tz })}>
        <AuditLog
          key={auditRows[0]?.id ?? 0}
          rows={auditRows}
          nextBefore={audit.nextBefore}
          pageSize={AUDIT_PAGE}
          timeZone={tz}
          roleNames={roleNames}
          locale={locale}
          messages={m}
        />
      </SettingsSection>

      <SettingsSection id="danger" title={m.danger.title} caption={m.danger.caption} tone="danger">
        <DangerZone workspaceName={workspace.name} isDemo={workspace.isDemo} locale={locale} messages={m} />
      </SettingsSection>
    </div>
  );
}

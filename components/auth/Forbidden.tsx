import { EmptyState } from "@/components/layout/EmptyState";
import type { Role } from "@/lib/auth/roles";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/server";

/** What a page shows to a member whose role may not open it. */
export function Forbidden({ locale, role, workspace }: { locale: Locale; role: Role; workspace: string }) {
  const m = messagesFor(locale).auth;
  return (
    <div data-testid="forbidden">
      <EmptyState title={m.forbidden.title} body={fill(m.forbidden.body, { workspace, role: m.roles[role] })} action={{ href: "/", label: m.forbidden.back }} />
    </div>
  );
}

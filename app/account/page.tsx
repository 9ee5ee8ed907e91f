import type { Metadata } from "next";
import { NewWorkspaceForm } from "@/components/auth/NewWorkspaceForm";
import { PasswordForm } from "@/components/auth/PasswordForm";
import { SwitchWorkspaceButton } from "@/components/auth/SwitchWorkspaceButton";
import { BUTTON_SECONDARY, CAPTION, CARD, NOTICE_INFO } from "@/components/auth/ui";
import { COMMON_CURRENCIES } from "@/components/auth/workspace-draft";
import { signedInUser } from "@/lib/auth/page-access";
import { fill } from "@/lib/i18n/fill";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { timeZoneOptions } from "@/lib/reference/time-zones";
import { Industry } from "@/lib/schemas/enums";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messagesFor(await getLocale()).auth.account.title };
}

/** The signed-in user's own page: their workspaces and roles, password, a new workspace. */
export default async function AccountPage() {
  const [principal, locale] = await Promise.all([signedInUser("/account"), getLocale()]);
  const messages = messagesFor(locale);
  const m = messages.auth;
  return (
    <div className="flex flex-col gap-6" data-testid="account-page">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{m.account.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">{fill(m.account.signedInAs, { email: principal.user.email })}</p>
      </div>

      <section aria-labelledby="workspaces-title" className={`${CARD} flex flex-col gap-3`}>
        <h2 id="workspaces-title" className="text-base font-semibold">
          {m.account.workspaces}
        </h2>
        {principal.memberships.length === 0 ? (
          <p className={NOTICE_INFO}>{m.account.noWorkspace}</p>
        ) : (
          <ul className="divide-y divide-slate-100 dark:divide-slate-800" data-testid="membership-list">
            {principal.memberships.map((ms) => (
              <li key={ms.workspace.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <span className="font-medium">{ms.workspace.name}</span>
                  {ms.workspace.isDemo && <span className={`${CAPTION} ml-2`}>({m.menu.demo})</span>}
                  <span className={`${CAPTION} ml-2`}>
                    {m.account.role}: {m.roles[ms.role]}
                  </span>
                </span>
                {ms.workspace.id === principal.workspace?.id ? (
                  <span className="text-xs font-medium text-emerald-700 dark:text-emerald-300" aria-current="true">
                    ✓
                  </span>
                ) : (
                  <SwitchWorkspaceButton workspaceId={ms.workspace.id} label={m.menu.switchWorkspace} className={BUTTON_SECONDARY} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="password-title" className={`${CARD} flex flex-col gap-3`}>
        <h2 id="password-title" className="text-base font-semibold">
          {m.account.passwordTitle}
        </h2>
        {principal.user.isDemo ? <p className={NOTICE_INFO}>{m.account.demoPassword}</p> : <PasswordForm messages={m.account} lang={locale} />}
      </section>

      {!principal.user.isDemo && (
        <section aria-labelledby="new-workspace-title" className={`${CARD} flex flex-col gap-3`}>
          <div className="flex flex-col gap-1">
            <h2 id="new-workspace-title" className="text-base font-semibold">
              {m.account.newWorkspaceTitle}
            </h2>
            <p className={CAPTION}>{m.account.newWorkspaceBody}</p>
          </div>
          <NewWorkspaceForm
            messages={m}
            lang={locale}
            industries={Industry.options.map((key) => ({ key, name: messages.weekly.industries[key] }))}
            timeZones={timeZoneOptions()}
            currencies={COMMON_CURRENCIES}
          />
        </section>
      )}
    </div>
  );
}

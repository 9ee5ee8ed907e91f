// /invite/<secret> — the page an invitation link opens: which workspace,
// role and email it is for, then the way to accept it: a new account's name
// and password; "sign in as X" for an existing account; the accept button
// when signed in as that account. An unknown, used, revoked or expired link
// says so. The secret is in the path, so the page sends no Referer anywhere.
import type { Metadata } from "next";
import Link from "next/link";
import { CARD } from "@/components/data/ui";
import { InviteAccept } from "@/components/settings/InviteAccept";
import { currentUser } from "@/lib/auth/page-access";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { findOpenInvitation } from "@/lib/services/invitations";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const m = messagesFor(await getLocale()).settings.invitePage;
  return { title: m.title, referrer: "no-referrer", robots: { index: false, follow: false } };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, locale] = await Promise.all([params, getLocale()]);
  const all = messagesFor(locale);
  const m = all.auth.invite;
  const p = all.settings.invitePage;
  const t = now();
  const [invitation, user] = await Promise.all([findOpenInvitation(db(), token, { now: t }), currentUser()]);

  if (!invitation) {
    return (
      <div className={`${CARD} mx-auto flex max-w-lg flex-col gap-3`} data-testid="invite-invalid">
        <h1 className="text-xl font-semibold">{p.invalidTitle}</h1>
        <p className="text-sm text-slate-700 dark:text-slate-200">{m.invalid}</p>
        <div>
          <Link href="/" className="text-sm font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-300">
            {p.goHome}
          </Link>
        </div>
      </div>
    );
  }

  const role = all.auth.roles[invitation.role];
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: invitation.workspace.timeZone }).format(invitation.expiresAt);
  const state = invitation.existingUser
    ? !user
      ? ({ kind: "sign_in" } as const)
      : user.user.id === invitation.existingUser.id
        ? ({ kind: "accept" } as const)
        : ({ kind: "wrong_user", current: user.user.email } as const)
    : ({ kind: "new_account", signedInAs: user?.user.email ?? null } as const);

  return (
    <div className={`${CARD} mx-auto flex max-w-lg flex-col gap-4`} data-testid="invite-page" data-state={state.kind}>
      <div className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold">{fill(m.title, { workspace: invitation.workspace.name })}</h1>
        <p className="text-sm text-slate-700 dark:text-slate-200" data-testid="invite-summary">
          {fill(m.body, { workspace: invitation.workspace.name, role, email: invitation.email })}
        </p>
        <p className="text-xs text-slate-500 dark:text-slate-400">{fill(p.expires, { date: expires })}</p>
      </div>
      <InviteAccept token={token} email={invitation.email} state={state} locale={locale} messages={{ invite: m, page: p, errors: all.settings.errors }} />
    </div>
  );
}

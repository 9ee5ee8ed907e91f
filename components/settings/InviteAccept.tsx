"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, FIELD, NOTICE_ERROR, NOTICE_INFO } from "@/components/data/ui";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/en";
import { InvitationAcceptedResponse } from "@/lib/schemas/api/settings";
import { Field, INVALID } from "./Field";
import { NO_PROBLEM, problemOf, send, sendParsed, type Problem } from "./http";

export type InviteState =
  | { kind: "new_account"; signedInAs: string | null }
  | { kind: "sign_in" }
  | { kind: "accept" }
  | { kind: "wrong_user"; current: string };

interface Props {
  token: string;
  email: string;
  state: InviteState;
  locale: Locale;
  messages: { invite: Messages["auth"]["invite"]; page: Messages["settings"]["invitePage"]; errors: Messages["settings"]["errors"] };
}


/** Accepting an invitation: the new account's form, the sign-in link, the accept button, or signing the other user out first. */
export function InviteAccept({ token, email, state, locale, messages }: Props) {
  const { invite: m, page: p } = messages;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<Problem>(NO_PROBLEM);

  const accept = async () => {
    setWorking(true);
    const body = state.kind === "new_account" ? { token, password, ...(name.trim() ? { name: name.trim() } : {}) } : { token };
    const reply = await sendParsed("/api/v1/invitations/accept", "POST", locale, InvitationAcceptedResponse, body);
    if (reply.kind !== "ok") {
      setWorking(false);
      // a 404 means the link is spent (or was revoked meanwhile): the page says so after a refresh
      if (reply.kind === "refused" && reply.answer.status === 404) startTransition(() => router.refresh());
      return setProblem(problemOf(reply, messages.errors, ["password", "name"]));
    }
    startTransition(() => {
      router.push("/");
      router.refresh();
    });
  };

  const signOut = async () => {
    setWorking(true);
    const answer = await send("/api/v1/auth/signout", "POST", locale);
    setWorking(false);
    if (answer.status >= 200 && answer.status < 300) startTransition(() => router.refresh());
    else setProblem({ message: fill(messages.errors.server, { status: answer.status }), fields: {} });
  };

  const error = problem.message && (
    <p className={NOTICE_ERROR} role="alert" data-testid="invite-accept-error">
      {problem.message}
    </p>
  );

  if (state.kind === "sign_in") {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-sm">{fill(m.existingAccount, { email })}</p>
        <div>
          <Link href={`/signin?next=${encodeURIComponent(`/invite/${token}`)}`} className={BUTTON_PRIMARY} data-testid="invite-signin">
            {fill(m.signInFirst, { email })}
          </Link>
        </div>
      </div>
    );
  }

  if (state.kind === "wrong_user") {
    return (
      <div className="flex flex-col gap-3">
        <p className={NOTICE_INFO}>{fill(m.wrongUser, { current: state.current, email })}</p>
        {error}
        <div>
          <button type="button" className={BUTTON_SECONDARY} onClick={() => void signOut()} disabled={working} data-testid="invite-signout">
            {working ? p.signingOut : p.signOut}
          </button>
        </div>
      </div>
    );
  }

  if (state.kind === "accept") {
    return (
      <div className="flex flex-col gap-3">
        {error}
        <div>
          <button type="button" className={BUTTON_PRIMARY} onClick={() => void accept()} disabled={working} data-testid="invite-accept">
            {working ? p.accepting : m.accept}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void accept();
      }}
      data-testid="invite-new-account"
    >
      <p className="text-sm">{m.newAccount}</p>
      {state.signedInAs && <p className={NOTICE_INFO}>{fill(p.signedInNote, { current: state.signedInAs, email })}</p>}
      {/* the email the account is for, for password managers */}
      <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
      <Field label={m.name} error={problem.fields.name}>
        {(c) => <input {...c} className={`${FIELD} ${INVALID} w-full`} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoComplete="name" data-testid="invite-name" />}
      </Field>
      <Field label={m.password} error={problem.fields.password}>
        {(c) => (
          <input
            {...c}
            type="password"
            className={`${FIELD} ${INVALID} w-full`}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            minLength={10}
            maxLength={200}
            autoComplete="new-password"
            required
            data-testid="invite-password"
          />
        )}
      </Field>
      {error}
      <div>
        <button type="submit" className={BUTTON_PRIMARY} disabled={working} data-testid="invite-accept">
          {working ? p.accepting : m.accept}
        </button>
      </div>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_DANGER, BUTTON_PRIMARY, BUTTON_SECONDARY, FIELD, NOTICE_ERROR, NOTICE_OK, NOTICE_WARN } from "@/components/data/ui";
import { ROLES, type Role } from "@/lib/auth/roles";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import { InvitationCreatedResponse, InvitationRevokedResponse } from "@/lib/schemas/api/settings";
import { CopyField } from "./CopyField";
import { Field, INVALID } from "./Field";
import { NO_PROBLEM, problemOf, sendParsed, type Problem } from "./http";

/** A pending invitation, dates already formatted by the server page. */
export interface InvitationRow {
  id: number;
  email: string;
  role: Role;
  invitedBy: string | null;
  expires: string;
}

interface Props {
  rows: InvitationRow[];
  roleNames: Record<Role, string>;
  locale: Locale;
  messages: SettingsMessages;
}

/** Invite by email and role (the link is shown once, to copy), and the pending invitations with revoke. */
export function InvitationsPanel({ rows, roleNames, locale, messages }: Props) {
  const m = messages.invitations;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("analyst");
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState<Problem>(NO_PROBLEM);
  const [created, setCreated] = useState<{ email: string; role: Role; link: string } | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [working, setWorking] = useState<number | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => startTransition(() => router.refresh());

  const create = async () => {
    setCreating(true);
    setNotice(null);
    const reply = await sendParsed("/api/v1/invitations", "POST", locale, InvitationCreatedResponse, { email, role });
    setCreating(false);
    if (reply.kind !== "ok") {
      setProblem(problemOf(reply, messages.errors, ["email", "role"]));
      if (reply.kind === "malformed") refresh();
      return;
    }
    setProblem(NO_PROBLEM);
    setCreated({ email: reply.data.invitation.email, role: reply.data.invitation.role, link: reply.data.link });
    setEmail("");
    refresh();
  };

  const revoke = async (row: InvitationRow) => {
    setWorking(row.id);
    setListError(null);
    setNotice(null);
    const reply = await sendParsed(`/api/v1/invitations/${row.id}`, "DELETE", locale, InvitationRevokedResponse);
    setWorking(null);
    setConfirming(null);
    if (reply.kind !== "ok") return setListError(problemOf(reply, messages.errors).message);
    setNotice(fill(m.revoked, { email: row.email }));
    refresh();
  };

  return (
    <div className="flex flex-col gap-4">
      <form
        className="grid items-start gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_auto]"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
        data-testid="invite-form"
      >
        <Field label={m.email} error={problem.fields.email}>
          {(c) => (
            <input
              {...c}
              type="email"
              className={`${FIELD} ${INVALID} w-full`}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              autoComplete="off"
              maxLength={254}
              required
              data-testid="invite-email"
            />
          )}
        </Field>
        <Field label={m.role} error={problem.fields.role} help={messages.roleHelp[role]}>
          {(c) => (
            <select {...c} className={`${FIELD} ${INVALID} w-full`} value={role} onChange={(e) => setRole(e.target.value as Role)} data-testid="invite-role">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {roleNames[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="flex sm:pt-5">
          <button type="submit" className={BUTTON_PRIMARY} disabled={creating || !email.trim()} data-testid="invite-create">
            {creating ? m.creating : m.create}
          </button>
        </div>
      </form>

      {problem.message && (
        <p className={NOTICE_ERROR} role="alert" data-testid="invite-error">
          {problem.message}
        </p>
      )}

      {created && (
        <div className={`${NOTICE_WARN} flex flex-col gap-2`} role="status" data-testid="invite-created">
          <p className="font-semibold">{fill(m.createdTitle, { email: created.email })}</p>
          <p>{fill(m.createdWarning, { role: roleNames[created.role] })}</p>
          <CopyField value={created.link} label={m.linkLabel} copy={m.copy} copied={m.copied} copyFailed={m.copyFailed} testIds={{ value: "invite-link", copy: "invite-copy" }} />
          <div>
            <button type="button" className={`${BUTTON_SECONDARY} h-8 text-xs`} onClick={() => setCreated(null)}>
              {m.dismiss}
            </button>
          </div>
        </div>
      )}

      <section className="flex flex-col gap-2" aria-labelledby="invitations-pending">
        <h3 id="invitations-pending" className="text-sm font-semibold">
          {m.pending}
        </h3>
        {listError && (
          <p className={NOTICE_ERROR} role="alert">
            {listError}
          </p>
        )}
        {notice && (
          <p className={NOTICE_OK} role="status" data-testid="invite-notice">
            {notice}
          </p>
        )}
        {rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-4 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400" data-testid="invitations-empty">
            {m.empty}
          </p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800" data-testid="invitations-list">
            {rows.map((row) => (
              <li key={row.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between" data-testid="invitation-row" data-invitation={row.id}>
                <div className="flex min-w-0 flex-col">
                  <p className="truncate font-medium" title={row.email}>
                    {row.email} <span className="font-normal text-slate-500 dark:text-slate-400">· {roleNames[row.role]}</span>
                  </p>
                  <p className="text-xs text-slate-500 dark:text-slate-400">
                    {m.expires} {row.expires}
                    {row.invitedBy ? ` · ${m.invitedBy} ${row.invitedBy}` : ""}
                  </p>
                </div>
                {confirming === row.id ? (
                  <div className="flex flex-col gap-2 text-xs sm:max-w-xs sm:items-end" role="group" aria-label={fill(m.revokeLabel, { email: row.email })}>
                    <p>{fill(m.confirmRevoke, { email: row.email })}</p>
                    <div className="flex gap-2">
                      <button type="button" className={`${BUTTON_SECONDARY} h-8 text-xs`} onClick={() => setConfirming(null)} disabled={working !== null}>
                        {m.keep}
                      </button>
                      <button type="button" className={BUTTON_DANGER} onClick={() => void revoke(row)} disabled={working !== null} autoFocus data-testid="invitation-revoke-confirm">
                        {m.confirm}
                      </button>
                    </div>
                  </div>
                ) : (
                  <div>
                    <button type="button" className={BUTTON_DANGER} onClick={() => setConfirming(row.id)} aria-label={fill(m.revokeLabel, { email: row.email })} data-testid="invitation-revoke">
                      {m.revoke}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

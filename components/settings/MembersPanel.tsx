"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_DANGER, BUTTON_SECONDARY, FIELD, NOTICE_ERROR, NOTICE_OK } from "@/components/data/ui";
import { ROLES, type Role } from "@/lib/auth/roles";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import { MemberRemovedResponse, MemberResponse } from "@/lib/schemas/api/settings";
import { INVALID } from "./Field";
import { problemOf, sendParsed } from "./http";

/** One member, dates already formatted by the server page. */
export interface MemberRow {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  self: boolean;
  isDemo: boolean;
  since: string;
}

interface Props {
  rows: MemberRow[];
  workspaceName: string;
  roleNames: Record<Role, string>;
  locale: Locale;
  messages: SettingsMessages;
}

type Pending = { id: number; kind: "remove" } | { id: number; kind: "role"; role: Role };

/** Members with a role select and a remove button each; the signed-in admin is marked. */
export function MembersPanel({ rows, workspaceName, roleNames, locale, messages }: Props) {
  const m = messages.members;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [confirming, setConfirming] = useState<Pending | null>(null);
  const [working, setWorking] = useState<number | null>(null);
  const [rowError, setRowError] = useState<{ id: number; message: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => startTransition(() => router.refresh());

  const changeRole = async (row: MemberRow, role: Role) => {
    setConfirming(null);
    setWorking(row.id);
    setRowError(null);
    setNotice(null);
    const reply = await sendParsed(`/api/v1/members/${row.id}`, "PATCH", locale, MemberResponse, { role });
    setWorking(null);
    if (reply.kind !== "ok") {
      const p = problemOf(reply, messages.errors, ["role"]);
      return setRowError({ id: row.id, message: p.fields.role ?? p.message ?? "" });
    }
    setNotice(fill(m.roleChanged, { email: row.email, role: roleNames[role] }));
    // demoting oneself: this page is no longer theirs; the refresh shows why
    refresh();
  };

  const remove = async (row: MemberRow) => {
    setConfirming(null);
    setWorking(row.id);
    setRowError(null);
    setNotice(null);
    const reply = await sendParsed(`/api/v1/members/${row.id}`, "DELETE", locale, MemberRemovedResponse);
    setWorking(null);
    if (reply.kind !== "ok") {
      const p = problemOf(reply, messages.errors, ["role"]);
      return setRowError({ id: row.id, message: p.fields.role ?? p.message ?? "" });
    }
    if (row.self) {
      // no longer a member here: go where the session now points
      startTransition(() => {
        router.push("/");
        router.refresh();
      });
      return;
    }
    setNotice(fill(m.removed, { email: row.email }));
    refresh();
  };

  const onRoleSelected = (row: MemberRow, role: Role) => {
    if (role === row.role) return;
    if (row.self && role !== "admin") return setConfirming({ id: row.id, kind: "role", role });
    void changeRole(row, role);
  };

  return (
    <div className="flex flex-col gap-3">
      {notice && (
        <p className={NOTICE_OK} role="status" data-testid="members-notice">
          {notice}
        </p>
      )}
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800" data-testid="members-list">
        {rows.map((row) => {
          const selectId = `member-role-${row.id}`;
          const errorId = `member-error-${row.id}`;
          const error = rowError?.id === row.id ? rowError.message : null;
          const pending = confirming?.id === row.id ? confirming : null;
          return (
            <li key={row.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-start sm:justify-between" data-testid="member-row" data-member={row.id} data-self={row.self}>
              <div className="flex min-w-0 flex-col">
                <p className="flex min-w-0 flex-wrap items-center gap-1.5">
                  <span className="truncate font-medium" title={row.email}>
                    {row.email}
                  </span>
                  {row.self && (
                    <span className="rounded bg-indigo-100 px-1.5 py-0.5 text-xs font-medium text-indigo-800 dark:bg-indigo-900/60 dark:text-indigo-200" data-testid="member-self">
                      {m.you}
                    </span>
                  )}
                  {row.isDemo && <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300">{m.demo}</span>}
                </p>
                <p className="text-xs text-slate-500 dark:text-slate-400">
                  {row.name ? `${row.name} · ` : ""}
                  {m.since} {row.since}
                </p>
              </div>
              <div className="flex min-w-0 flex-col gap-1 sm:items-end">
                <div className="flex items-center gap-2">
                  <label htmlFor={selectId} className="sr-only">
                    {fill(m.roleLabel, { email: row.email })}
                  </label>
                  <select
                    id={selectId}
                    className={`${FIELD} ${INVALID} h-8 text-sm`}
                    value={pending?.kind === "role" ? pending.role : row.role}
                    onChange={(e) => onRoleSelected(row, e.target.value as Role)}
                    disabled={working !== null}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    data-testid="member-role"
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {roleNames[r]}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className={BUTTON_DANGER}
                    onClick={() => setConfirming({ id: row.id, kind: "remove" })}
                    disabled={working !== null}
                    aria-label={fill(m.removeLabel, { email: row.email })}
                    data-testid="member-remove"
                  >
                    {m.remove}
                  </button>
                </div>
                {error && (
                  <p id={errorId} className="max-w-xs text-xs font-medium text-red-700 sm:text-right dark:text-red-300" role="alert" data-testid="member-error">
                    {error}
                  </p>
                )}
                {pending && (
                  <div className={`${NOTICE_ERROR} flex max-w-sm flex-col gap-2 text-xs`} role="group" aria-label={pending.kind === "remove" ? fill(m.removeLabel, { email: row.email }) : fill(m.roleLabel, { email: row.email })}>
                    <p>
                      {pending.kind === "remove"
                        ? fill(row.self ? m.confirmRemoveSelf : m.confirmRemove, { email: row.email, workspace: workspaceName })
                        : fill(m.confirmRoleSelf, { role: roleNames[pending.role] })}
                    </p>
                    <div className="flex justify-end gap-2">
                      <button type="button" className={`${BUTTON_SECONDARY} h-8 text-xs`} onClick={() => setConfirming(null)}>
                        {m.keep}
                      </button>
                      <button
                        type="button"
                        className={BUTTON_DANGER}
                        onClick={() => void (pending.kind === "remove" ? remove(row) : changeRole(row, pending.role))}
                        autoFocus
                        data-testid="member-confirm"
                      >
                        {pending.kind === "remove" ? m.confirm : m.confirmRole}
                      </button>
                    </div>
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

"use client";

import { useState } from "react";
import { BUTTON_SECONDARY, CAPTION, NOTICE_ERROR, TABLE, TABLE_WRAP, TD, TH } from "@/components/data/ui";
import type { Role } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/locale";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import { AuditListResponse } from "@/lib/schemas/api/settings";
import { auditRow, type AuditRowView } from "./audit-format";
import { problemOf, sendParsed } from "./http";

interface Props {
  rows: AuditRowView[];
  /** the `before` of the next, older page; null when everything is shown */
  nextBefore: number | null;
  pageSize: number;
  timeZone: string;
  roleNames: Record<Role, string>;
  locale: Locale;
  messages: SettingsMessages;
}

/**
 * The audit log, newest first; older pages load on request from GET
 * /api/v1/audit. (The page keys this component by its newest event, so a
 * refresh that brings new events starts again from the first page.)
 */
export function AuditLog({ rows: firstRows, nextBefore, pageSize, timeZone, roleNames, locale, messages }: Props) {
  const m = messages.audit;
  const [rows, setRows] = useState(firstRows);
  const [next, setNext] = useState(nextBefore);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const loadOlder = async () => {
    if (next === null) return;
    setLoading(true);
    setError(null);
    const reply = await sendParsed(`/api/v1/audit?limit=${pageSize}&before=${next}`, "GET", locale, AuditListResponse);
    setLoading(false);
    if (reply.kind !== "ok") return setError(problemOf(reply, messages.errors).message);
    setRows((r) => [...r, ...reply.data.events.map((e) => auditRow(e, { locale, timeZone, messages: m, roleNames }))]);
    setNext(reply.data.nextBefore);
  };

  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400" data-testid="audit-empty">
        {m.empty}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <div className={`${TABLE_WRAP} max-md:overflow-visible max-md:border-0`} tabIndex={0} aria-label={m.title}>
        <table className={`${TABLE} max-md:block`} data-testid="audit-table">
          <thead className="bg-slate-50 max-md:hidden dark:bg-slate-950/40">
            <tr>
              <th scope="col" className={TH}>
                {m.when}
              </th>
              <th scope="col" className={TH}>
                {m.who}
              </th>
              <th scope="col" className={TH}>
                {m.what}
              </th>
              <th scope="col" className={TH}>
                {m.target}
              </th>
              <th scope="col" className={TH}>
                {m.details}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 max-md:flex max-md:flex-col max-md:gap-2 max-md:divide-y-0 dark:divide-slate-800">
            {rows.map((r) => (
              <tr
                key={r.id}
                data-testid="audit-row"
                className="max-md:flex max-md:flex-col max-md:gap-0.5 max-md:rounded-lg max-md:border max-md:border-slate-200 max-md:p-3 max-md:dark:border-slate-800"
              >
                <td className={`${TD} whitespace-nowrap text-xs text-slate-600 max-md:p-0 dark:text-slate-300`}>{r.when}</td>
                <td className={`${TD} max-w-56 truncate max-md:max-w-none max-md:p-0`} title={r.who}>
                  {r.who}
                </td>
                <td className={`${TD} font-medium max-md:p-0`}>{r.what}</td>
                <td className={`${TD} max-w-56 truncate text-xs max-md:max-w-none max-md:p-0`} title={r.target}>
                  {r.target}
                </td>
                <td className={`${TD} text-xs break-words text-slate-600 max-md:p-0 dark:text-slate-300`}>{r.details}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && (
        <p className={NOTICE_ERROR} role="alert">
          {error}
        </p>
      )}
      {next !== null ? (
        <div>
          <button type="button" className={BUTTON_SECONDARY} onClick={() => void loadOlder()} disabled={loading} data-testid="audit-older">
            {loading ? m.loading : m.older}
          </button>
        </div>
      ) : (
        <p className={CAPTION}>{m.end}</p>
      )}
    </div>
  );
}

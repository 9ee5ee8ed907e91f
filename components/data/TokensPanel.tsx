"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { DataMessages } from "@/lib/i18n/messages/data";
import { TokenCreatedResponse } from "@/lib/schemas/api/imports";
import { describeAnswer, describeFailure } from "./describe";
import { isOk, requestJson, requestParsed } from "./http";
import { BUTTON_DANGER, BUTTON_PRIMARY, BUTTON_SECONDARY, CAPTION, FIELD, LABEL, NOTICE_ERROR, NOTICE_OK, NOTICE_WARN, TABLE, TABLE_WRAP, TD, TH } from "./ui";

/** One token, its dates already formatted by the server page. */
export interface TokenRow {
  id: number;
  name: string;
  prefix: string;
  created: string;
  lastUsed: string | null;
  revoked: string | null;
}

interface Props {
  rows: TokenRow[];
  locale: Locale;
  messages: DataMessages;
  /** the app's origin, for the curl example */
  origin: string;
  /** a day for the example row */
  exampleDay: string;
}

function curlExample(origin: string, token: string, day: string): string {
  const row = { date: day, platform: "douyin", account: "brand_main", impressions: 12000, clicks: 340, likes: 95, spend: "1280.50" };
  return [
    `curl -X POST "${origin}/api/v1/metrics" \\`,
    `  -H "Authorization: Bearer ${token}" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '${JSON.stringify({ rows: [row] })}'`,
  ].join("\n");
}

/** Tokens for POST /api/v1/metrics: list, create (shown once), revoke, and a curl example. */
export function TokensPanel({ rows, locale, messages, origin, exampleDay }: Props) {
  const m = messages.tokens;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const id = useId();
  const [name, setName] = useState("");
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const [confirming, setConfirming] = useState<number | null>(null);
  const [working, setWorking] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  const refresh = () => startTransition(() => router.refresh());

  const create = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    setCreating(true);
    setError(null);
    setNotice(null);
    const reply = await requestParsed("/api/v1/tokens", "POST", TokenCreatedResponse, { name: trimmed });
    setCreating(false);
    if (reply.kind !== "ok") {
      setError(describeFailure(reply, messages, locale));
      // a malformed answer may still mean the token was made: show the list as it is now
      if (reply.kind === "malformed") refresh();
      return;
    }
    setCreated({ name: reply.data.token.name, secret: reply.data.secret });
    setCopy("idle");
    setName("");
    refresh();
  };

  const revoke = async (row: TokenRow) => {
    setWorking(row.id);
    setError(null);
    const answer = await requestJson(`/api/v1/tokens/${row.id}`, "DELETE");
    setWorking(null);
    setConfirming(null);
    if (!isOk(answer)) return setError(describeAnswer(answer, messages, locale));
    setNotice(fill(m.revokedNotice, { name: row.name }));
    refresh();
  };

  const copySecret = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopy("copied");
    } catch {
      setCopy("failed");
      secretRef.current?.select();
    }
  };

  return (
    <div className="flex flex-col gap-4">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label className={`${LABEL} w-full sm:w-72`}>
          {m.newName}
          <input className={FIELD} value={name} onChange={(e) => setName(e.target.value)} placeholder={m.newPlaceholder} maxLength={100} required data-testid="token-name" />
        </label>
        <button type="submit" className={BUTTON_PRIMARY} disabled={creating || !name.trim()} data-testid="token-create">
          {creating ? m.creating : m.create}
        </button>
      </form>

      {error && (
        <p className={NOTICE_ERROR} role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className={NOTICE_OK} role="status" data-testid="token-notice">
          {notice}
        </p>
      )}

      {created && (
        <div className={`${NOTICE_WARN} flex flex-col gap-2`} role="status" data-testid="token-created">
          <p className="font-semibold">{fill(m.createdTitle, { name: created.name })}</p>
          <p>{m.createdWarning}</p>
          <div className="flex min-w-0 flex-wrap items-center gap-2">
            <input
              ref={secretRef}
              readOnly
              value={created.secret}
              aria-label={m.secretLabel}
              onFocus={(e) => e.target.select()}
              className={`${FIELD} w-full min-w-0 font-mono text-xs sm:flex-1`}
              data-testid="token-secret"
            />
            <button type="button" className={BUTTON_SECONDARY} onClick={() => void copySecret()} data-testid="token-copy">
              {copy === "copied" ? `✓ ${m.copied}` : m.copy}
            </button>
          </div>
          {copy === "failed" && <p className="text-xs">{m.copyFailed}</p>}
          <div>
            <button type="button" className={`${BUTTON_SECONDARY} h-8 text-xs`} onClick={() => setCreated(null)}>
              {m.dismiss}
            </button>
          </div>
        </div>
      )}

      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400" data-testid="tokens-empty">
          {m.empty}
        </p>
      ) : (
        <div className={`${TABLE_WRAP} max-md:overflow-visible max-md:border-0`}>
          <table className={`${TABLE} max-md:block`} data-testid="tokens-table">
            <thead className="bg-slate-50 max-md:hidden dark:bg-slate-950/40">
              <tr>
                <th scope="col" className={TH}>
                  {m.name}
                </th>
                <th scope="col" className={TH}>
                  {m.prefix}
                </th>
                <th scope="col" className={TH}>
                  {m.created}
                </th>
                <th scope="col" className={TH}>
                  {m.lastUsed}
                </th>
                <th scope="col" className={TH}>
                  {m.status}
                </th>
                <th scope="col" className={TH}>
                  <span className="sr-only">{m.revoke}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 max-md:flex max-md:flex-col max-md:gap-2 max-md:divide-y-0 dark:divide-slate-800">
              {rows.map((t) => (
                <tr
                  key={t.id}
                  data-testid="token-row"
                  data-token={t.id}
                  data-revoked={t.revoked !== null}
                  className="max-md:grid max-md:grid-cols-[minmax(0,1fr)_auto] max-md:gap-x-3 max-md:gap-y-1 max-md:rounded-lg max-md:border max-md:border-slate-200 max-md:p-3 max-md:dark:border-slate-800"
                >
                  <td className={`${TD} max-w-48 truncate font-medium max-md:max-w-none max-md:p-0`} title={t.name}>
                    {t.name}
                  </td>
                  <td className={`${TD} whitespace-nowrap font-mono text-xs max-md:col-span-2 max-md:row-start-2 max-md:p-0`}>
                    <span className="font-sans text-slate-500 md:hidden dark:text-slate-400">{m.prefix}: </span>
                    {t.prefix}…
                  </td>
                  <td className={`${TD} whitespace-nowrap max-md:col-span-2 max-md:row-start-3 max-md:p-0 max-md:text-xs`}>
                    <span className="text-slate-500 md:hidden dark:text-slate-400">{m.created}: </span>
                    {t.created}
                  </td>
                  <td className={`${TD} whitespace-nowrap max-md:row-start-4 max-md:self-center max-md:p-0 max-md:text-xs`}>
                    <span className="text-slate-500 md:hidden dark:text-slate-400">{m.lastUsed}: </span>
                    {t.lastUsed ?? <span className="text-slate-500 dark:text-slate-400">{m.never}</span>}
                  </td>
                  <td className={`${TD} whitespace-nowrap max-md:col-start-2 max-md:row-start-1 max-md:p-0 max-md:text-right`}>
                    {t.revoked ? (
                      <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300" title={t.revoked}>
                        {m.revoked}
                        <span className="max-md:hidden"> · {t.revoked}</span>
                      </span>
                    ) : (
                      <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200">{m.active}</span>
                    )}
                  </td>
                  <td className={`${TD} min-w-24 text-right max-md:col-start-2 max-md:row-start-4 max-md:min-w-0 max-md:p-0 ${confirming === t.id ? "max-md:col-span-2 max-md:col-start-1 max-md:row-start-5" : ""}`}>
                    {!t.revoked &&
                      (confirming === t.id ? (
                        <div className="ml-auto flex w-56 flex-col items-end gap-2 text-left max-md:w-full" role="group" aria-label={fill(m.revokeLabel, { name: t.name })}>
                          <p className="text-xs">{fill(m.confirmRevoke, { name: t.name })}</p>
                          <div className="flex gap-2">
                            <button type="button" className={`${BUTTON_SECONDARY} h-8 text-xs`} onClick={() => setConfirming(null)} disabled={working !== null}>
                              {m.keep}
                            </button>
                            <button type="button" className={BUTTON_DANGER} onClick={() => void revoke(t)} disabled={working !== null} data-testid="token-revoke-confirm" autoFocus>
                              {m.confirm}
                            </button>
                          </div>
                        </div>
                      ) : (
                        <button type="button" className={BUTTON_DANGER} onClick={() => setConfirming(t.id)} aria-label={fill(m.revokeLabel, { name: t.name })} data-testid="token-revoke">
                          {m.revoke}
                        </button>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section aria-labelledby={`${id}-example`} className="flex min-w-0 flex-col gap-2">
        <h3 id={`${id}-example`} className="text-sm font-semibold">
          {m.example}
        </h3>
        <p className={CAPTION}>{m.exampleCaption}</p>
        <pre className="overflow-x-auto rounded-lg bg-slate-900 p-3 text-xs leading-relaxed text-slate-100 dark:bg-slate-950 dark:ring-1 dark:ring-slate-800" data-testid="curl-example" tabIndex={0}>
          <code>{curlExample(origin, created?.secret ?? "$KPI_TOKEN", exampleDay)}</code>
        </pre>
      </section>
    </div>
  );
}

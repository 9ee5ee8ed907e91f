"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useSyncExternalStore, useTransition } from "react";
import { z } from "zod";
import { BUTTON_DANGER, BUTTON_PRIMARY, BUTTON_SECONDARY, CAPTION, FIELD, NOTICE_ERROR, NOTICE_OK, NOTICE_WARN, TABLE, TABLE_WRAP, TD, TH } from "@/components/data/ui";
import { TOKEN_SCOPES, type TokenScope } from "@/lib/auth/roles";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import { TokenCreatedResponse, TokenSchema } from "@/lib/schemas/api/imports";
import { CopyField } from "./CopyField";
import { Field, INVALID } from "./Field";
import { NO_PROBLEM, problemOf, sendParsed, type Problem } from "./http";

/** One token, its dates already formatted by the server page. */
export interface TokenRow {
  id: number;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  created: string;
  lastUsed: string | null;
  revoked: string | null;
}

interface Props {
  rows: TokenRow[];
  locale: Locale;
  messages: SettingsMessages;
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

const noSubscription = () => () => {};

/** DELETE /api/v1/tokens/[id] → { token } (app/api/v1/tokens/[id]/route.ts). */
const TokenRevokedResponse = z.strictObject({ token: TokenSchema });

/** API tokens: list (scopes, last use), create with scopes (shown once), revoke, and a curl example. */
export function TokensPanel({ rows, locale, messages, origin, exampleDay }: Props) {
  const m = messages.tokens;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const id = useId();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<TokenScope[]>(["ingest"]);
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState<Problem>(NO_PROBLEM);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [working, setWorking] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => startTransition(() => router.refresh());
  // true once hydrated (false in the server's HTML): tests wait for it before using the form
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);

  const toggleScope = (scope: TokenScope, on: boolean) =>
    setScopes((current) => TOKEN_SCOPES.filter((s) => (s === scope ? on : current.includes(s))));

  const create = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    if (scopes.length === 0) return setProblem({ message: null, fields: { scopes: m.scopeRequired } });
    setCreating(true);
    setProblem(NO_PROBLEM);
    setError(null);
    setNotice(null);
    const reply = await sendParsed("/api/v1/tokens", "POST", locale, TokenCreatedResponse, { name: trimmed, scopes });
    setCreating(false);
    if (reply.kind !== "ok") {
      setProblem(problemOf(reply, messages.errors, ["name", "scopes"]));
      // a malformed answer may still mean the token was made: show the list as it is now
      if (reply.kind === "malformed") refresh();
      return;
    }
    setCreated({ name: reply.data.token.name, secret: reply.data.secret });
    setName("");
    refresh();
  };

  const revoke = async (row: TokenRow) => {
    setWorking(row.id);
    setError(null);
    const reply = await sendParsed(`/api/v1/tokens/${row.id}`, "DELETE", locale, TokenRevokedResponse);
    setWorking(null);
    setConfirming(null);
    if (reply.kind !== "ok") return setError(problemOf(reply, messages.errors).message);
    setNotice(fill(m.revokedNotice, { name: row.name }));
    refresh();
  };

  return (
    <div className="flex flex-col gap-4">
      <form
        className="flex flex-col gap-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
        data-testid="token-form"
        data-ready={ready}
      >
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:gap-6">
          <Field label={m.newName} error={problem.fields.name} className="w-full sm:w-72">
            {(c) => (
              <input
                {...c}
                className={`${FIELD} ${INVALID} w-full`}
                value={name}
                onChange={(e) => setName(e.target.value)}
                placeholder={m.newPlaceholder}
                maxLength={100}
                required
                autoComplete="off"
                data-testid="token-name"
              />
            )}
          </Field>
          <fieldset className="flex min-w-0 flex-col gap-1" aria-describedby={problem.fields.scopes ? `${id}-scopes-error` : undefined}>
            <legend className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-300">{m.scopeLegend}</legend>
            {TOKEN_SCOPES.map((scope) => (
              <label key={scope} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-0.5 h-4 w-4 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-500"
                  checked={scopes.includes(scope)}
                  onChange={(e) => toggleScope(scope, e.target.checked)}
                  data-testid={`token-scope-${scope}`}
                />
                <span>
                  <span className="font-mono text-xs font-semibold">{m.scopeNames[scope]}</span>
                  <span className="text-slate-500 dark:text-slate-400"> — {m.scopeHelp[scope]}</span>
                </span>
              </label>
            ))}
            {problem.fields.scopes && (
              <p id={`${id}-scopes-error`} className="text-xs font-medium text-red-700 dark:text-red-300" data-testid="field-error">
                {problem.fields.scopes}
              </p>
            )}
          </fieldset>
        </div>
        <div>
          <button type="submit" className={BUTTON_PRIMARY} disabled={creating || !name.trim()} data-testid="token-create">
            {creating ? m.creating : m.create}
          </button>
        </div>
      </form>

      {(problem.message || error) && (
        <p className={NOTICE_ERROR} role="alert">
          {problem.message ?? error}
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
          <CopyField value={created.secret} label={m.secretLabel} copy={m.copy} copied={m.copied} copyFailed={m.copyFailed} testIds={{ value: "token-secret", copy: "token-copy" }} />
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
                  {m.scopes}
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
                  <td className={`${TD} whitespace-nowrap max-md:col-span-2 max-md:row-start-3 max-md:p-0 max-md:text-xs`} data-testid="token-scopes">
                    <span className="text-slate-500 md:hidden dark:text-slate-400">{m.scopes}: </span>
                    {t.scopes.map((scope) => (
                      <span key={scope} className="mr-1 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200" title={m.scopeHelp[scope]}>
                        {scope}
                      </span>
                    ))}
                  </td>
                  <td className={`${TD} whitespace-nowrap max-md:col-span-2 max-md:row-start-4 max-md:p-0 max-md:text-xs`}>
                    <span className="text-slate-500 md:hidden dark:text-slate-400">{m.created}: </span>
                    {t.created}
                  </td>
                  <td className={`${TD} whitespace-nowrap max-md:row-start-5 max-md:self-center max-md:p-0 max-md:text-xs`}>
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
                  <td className={`${TD} min-w-24 text-right max-md:col-start-2 max-md:row-start-5 max-md:min-w-0 max-md:p-0 ${confirming === t.id ? "max-md:col-span-2 max-md:col-start-1 max-md:row-start-6" : ""}`}>
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

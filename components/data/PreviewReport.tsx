"use client";

import { useState } from "react";
import { formatDay, formatDayRange } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { DataMessages } from "@/lib/i18n/messages/data";
import { platformName } from "@/lib/reference/platforms";
import type { ImportPreviewJson } from "@/lib/schemas/api/imports";
import { fillCount, formatInstant, formatInteger, formatList } from "./format";
import { formatMeasure, MEASURE_COLUMN, MEASURE_ORDER } from "./measures";
import { CAPTION, NOTICE_INFO, TABLE, TABLE_WRAP, TD, TH } from "./ui";
import { YEARLESS_NOTE_CODES } from "./YearlessDates";

const ERRORS_PER_PAGE = 20;
const COUNT_KEYS = ["rows", "inserted", "updated", "unchanged", "rejected", "skipped"] as const;

interface Props {
  preview: ImportPreviewJson;
  locale: Locale;
  timeZone: string;
  messages: DataMessages["preview"];
  measureLabels: DataMessages["mapping"]["measures"];
}

/** The roll-up sentence in the page's language, measures by their names; the server's own sentence for a code this page does not know. */
function rollupText(p: ImportPreviewJson, locale: Locale, m: DataMessages["preview"], labels: DataMessages["mapping"]["measures"]): string {
  const r = p.rollup;
  const measures = formatList(
    r.measures.map((k) => labels[MEASURE_COLUMN[k]]),
    locale,
  );
  const values = { rows: formatInteger(r.dailyRows, locale), items: formatInteger(r.contentItems, locale), measures };
  switch (r.code) {
    case "daily":
      return fillCount(r.measures.length === MEASURE_ORDER.length ? m.rollup.daily_whole : m.rollup.daily, r.dailyRows, locale, values);
    case "posts_only":
      return fillCount(m.rollup.posts_only, r.contentItems, locale, values);
    case "posts_and_daily":
      return fillCount(m.rollup.posts_and_daily, r.contentItems, locale, values);
    case "nothing":
      return m.rollup.nothing;
    default:
      return locale === "zh-CN" ? r.zh : r.en;
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

const TONE: Record<(typeof COUNT_KEYS)[number], string> = {
  rows: "text-slate-900 dark:text-slate-100",
  inserted: "text-emerald-700 dark:text-emerald-300",
  updated: "text-indigo-700 dark:text-indigo-300",
  unchanged: "text-slate-700 dark:text-slate-300",
  rejected: "text-red-700 dark:text-red-300",
  skipped: "text-slate-700 dark:text-slate-300",
};

/** What the dry run found: counts, dates, accounts, effects, the first rows and the rejected ones. */
export function PreviewReport({ preview: p, locale, timeZone, messages: m, measureLabels }: Props) {
  const int = (n: number) => formatInteger(n, locale);
  const zh = locale === "zh-CN";
  const c = p.counts;
  const hasContent = c.contentInserted + c.contentUpdated + c.contentUnchanged > 0;

  return (
    <div className="flex flex-col gap-5" data-testid="preview-report">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6" data-testid="preview-counts">
        {COUNT_KEYS.map((key) => {
          const value = c[key];
          const alarm = key === "rejected" && value > 0;
          return (
            <div
              key={key}
              data-testid={`count-${key}`}
              data-value={value}
              className={`flex flex-col gap-0.5 rounded-lg border px-3 py-2 ${
                alarm ? "border-red-300 bg-red-50 dark:border-red-900 dark:bg-red-950/60" : "border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-950/40"
              }`}
            >
              <dt className="text-xs font-medium text-slate-600 dark:text-slate-300">{m.counts[key]}</dt>
              <dd className={`text-xl font-semibold tabular-nums ${value === 0 ? "text-slate-500" : TONE[key]}`}>{int(value)}</dd>
              <dd className="text-[0.7rem] leading-tight text-slate-600 dark:text-slate-400">{m.countsHelp[key]}</dd>
            </div>
          );
        })}
      </dl>
      {hasContent && (
        <p className="text-sm" data-testid="content-counts">
          {fill(m.content, { inserted: int(c.contentInserted), updated: int(c.contentUpdated), unchanged: int(c.contentUnchanged) })}
        </p>
      )}

      <div className="grid gap-4 md:grid-cols-3">
        <section aria-labelledby="preview-dates" className="flex min-w-0 flex-col gap-1">
          <h4 id="preview-dates" className="text-sm font-semibold">
            {m.dates}
          </h4>
          {p.firstDay && p.lastDay ? (
            <p className="text-sm" data-testid="preview-dates" data-from={p.firstDay} data-to={p.lastDay}>
              {p.firstDay === p.lastDay ? formatDay(p.firstDay, locale, true) : formatDayRange(p.firstDay, p.lastDay, locale)}
              <span className="text-slate-500 dark:text-slate-400"> · {fillCount(m.days, daysBetween(p.firstDay, p.lastDay), locale)}</span>
            </p>
          ) : (
            <p className={CAPTION}>{m.noDates}</p>
          )}
        </section>

        <section aria-labelledby="preview-accounts" className="flex min-w-0 flex-col gap-1">
          <h4 id="preview-accounts" className="text-sm font-semibold">
            {m.accounts} <span className="font-normal text-slate-500 dark:text-slate-400">({int(p.accountsTotal)})</span>
          </h4>
          <ul className="flex flex-col gap-1 text-sm" data-testid="preview-accounts">
            {p.accounts.slice(0, 8).map((a) => (
              <li key={`${a.platformKey}-${a.handle}`} className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-0.5" data-testid="preview-account" data-new={!a.exists}>
                <span className="text-slate-500 dark:text-slate-400">{platformName(a.platformKey, locale)}</span>
                <span className="min-w-0 truncate font-medium">{a.handle}</span>
                {!a.exists && (
                  <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-[0.7rem] font-medium text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200">
                    {m.accountNew}
                  </span>
                )}
                <span className="text-xs text-slate-500 dark:text-slate-400">{fillCount(m.accountRows, a.rows, locale)}</span>
              </li>
            ))}
          </ul>
          {p.accountsTotal > Math.min(8, p.accounts.length) && <p className={CAPTION}>{fillCount(m.accountsMore, p.accountsTotal - Math.min(8, p.accounts.length), locale)}</p>}
        </section>

        <section aria-labelledby="preview-effects" className="flex min-w-0 flex-col gap-1">
          <h4 id="preview-effects" className="text-sm font-semibold">
            {m.effects}
          </h4>
          <ul className="flex list-disc flex-col gap-1 pl-4 text-sm" data-testid="preview-notes">
            <li data-code={p.rollup.code}>{rollupText(p, locale, m, measureLabels)}</li>
            {/* How year-less dates were read is shown above the report (YearlessDates), built from the preview's codes. */}
            {p.notes
              .filter((n) => !(p.dates && YEARLESS_NOTE_CODES.includes(n.code)))
              .map((n) => (
                <li key={n.code} data-code={n.code}>
                  {zh ? n.zh : n.en}
                </li>
              ))}
          </ul>
        </section>
      </div>

      {p.previousImport && (
        <p className={NOTICE_INFO} data-testid="previous-import">
          {fill(m.previousImport, {
            id: p.previousImport.batchId,
            when: p.previousImport.committedAt ? formatInstant(p.previousImport.committedAt, locale, timeZone) : "—",
          })}
        </p>
      )}

      <SampleTables preview={p} locale={locale} messages={m} measureLabels={measureLabels} />
      {p.errorsTotal > 0 && <RejectedRows preview={p} locale={locale} messages={m} />}
      {p.skipped.length > 0 && (
        <details className="text-sm" data-testid="preview-skipped">
          <summary className="cursor-pointer rounded font-medium focus-visible:outline-2 focus-visible:outline-indigo-500">
            {m.skipped} ({int(c.skipped)})
          </summary>
          <ul className="mt-2 flex flex-col gap-0.5 text-xs text-slate-600 dark:text-slate-300">
            {p.skipped.slice(0, 20).map((s) => (
              <li key={s.line}>
                {m.line} {s.line}: {zh ? s.reasonZh : s.reason}
              </li>
            ))}
          </ul>
          {c.skipped > 20 && <p className={`${CAPTION} mt-1`}>{fillCount(m.skippedMore, c.skipped - 20, locale)}</p>}
        </details>
      )}
    </div>
  );
}

function SampleTables({ preview: p, locale, messages: m, measureLabels }: Omit<Props, "timeZone">) {
  const daily = p.sample.daily;
  const posts = p.sample.posts;
  const dailyMeasures = MEASURE_ORDER.filter((k) => daily.some((r) => r.measures[k] !== undefined && r.measures[k] !== null));
  const postMeasures = MEASURE_ORDER.filter((k) => posts.some((r) => r.measures[k] !== undefined && r.measures[k] !== null));
  const label = (k: keyof typeof MEASURE_COLUMN) => measureLabels[MEASURE_COLUMN[k]];
  return (
    <>
      {daily.length > 0 && (
        <section className="flex flex-col gap-2">
          <h4 id="sample-title" className="text-sm font-semibold">
            {m.sample}
          </h4>
          {/* The named region is the scroll box, focusable so a keyboard can scroll it sideways on a phone (the table has nothing else to focus). */}
          <div className={TABLE_WRAP} tabIndex={0} role="region" aria-labelledby="sample-title">
            <table className={TABLE} data-testid="sample-table">
              <thead className="bg-slate-50 dark:bg-slate-950/40">
                <tr>
                  <th scope="col" className={`${TH} text-right`}>
                    {m.line}
                  </th>
                  <th scope="col" className={TH}>
                    {m.date}
                  </th>
                  <th scope="col" className={TH}>
                    {m.platform}
                  </th>
                  <th scope="col" className={TH}>
                    {m.account}
                  </th>
                  {dailyMeasures.map((k) => (
                    <th key={k} scope="col" className={`${TH} text-right`}>
                      {label(k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {daily.map((r) => (
                  <tr key={`${r.line}-${r.account}-${r.day}`}>
                    <td className={`${TD} text-right tabular-nums text-slate-500 dark:text-slate-400`}>{r.line}</td>
                    <td className={`${TD} whitespace-nowrap tabular-nums`}>{r.day}</td>
                    <td className={`${TD} whitespace-nowrap`}>{platformName(r.platformKey, locale)}</td>
                    <td className={`${TD} max-w-48 truncate`} title={r.account}>
                      {r.account}
                    </td>
                    {dailyMeasures.map((k) => (
                      <td key={k} className={`${TD} whitespace-nowrap text-right tabular-nums`}>
                        {formatMeasure(k, r.measures[k], locale)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {posts.length > 0 && (
        <section className="flex flex-col gap-2">
          <h4 id="sample-posts-title" className="text-sm font-semibold">
            {m.samplePosts}
          </h4>
          <div className={TABLE_WRAP} tabIndex={0} role="region" aria-labelledby="sample-posts-title">
            <table className={TABLE} data-testid="sample-posts-table">
              <thead className="bg-slate-50 dark:bg-slate-950/40">
                <tr>
                  <th scope="col" className={`${TH} text-right`}>
                    {m.line}
                  </th>
                  <th scope="col" className={TH}>
                    {m.postTitle}
                  </th>
                  <th scope="col" className={TH}>
                    {m.published}
                  </th>
                  <th scope="col" className={TH}>
                    {m.account}
                  </th>
                  {postMeasures.map((k) => (
                    <th key={k} scope="col" className={`${TH} text-right`}>
                      {label(k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {posts.map((r) => (
                  <tr key={`${r.line}-${r.externalId}`}>
                    <td className={`${TD} text-right tabular-nums text-slate-500 dark:text-slate-400`}>{r.line}</td>
                    <td className={`${TD} max-w-64 truncate`} title={r.title ?? r.externalId}>
                      {r.title || r.externalId}
                    </td>
                    <td className={`${TD} whitespace-nowrap tabular-nums`}>{r.publishedAt ? r.publishedAt.slice(0, 16).replace("T", " ") : "—"}</td>
                    <td className={`${TD} whitespace-nowrap`}>
                      {platformName(r.platformKey, locale)} · {r.account}
                    </td>
                    {postMeasures.map((k) => (
                      <td key={k} className={`${TD} whitespace-nowrap text-right tabular-nums`}>
                        {formatMeasure(k, r.measures[k], locale)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}

function RejectedRows({ preview: p, locale, messages: m }: Pick<Props, "preview" | "locale" | "messages">) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(p.errors.length / ERRORS_PER_PAGE));
  const current = Math.min(page, pages - 1);
  const shown = p.errors.slice(current * ERRORS_PER_PAGE, (current + 1) * ERRORS_PER_PAGE);
  const unlisted = p.errorsTotal - p.errors.length;
  const zh = locale === "zh-CN";
  const pager = "inline-flex h-8 items-center rounded-md border border-slate-300 px-2.5 text-xs font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <section aria-labelledby="rejected-title" className="flex flex-col gap-2" data-testid="rejected-rows">
      <h4 id="rejected-title" className="text-sm font-semibold text-red-800 dark:text-red-300">
        {m.rejected} <span className="font-normal">({formatInteger(p.counts.rejected, locale)})</span>
      </h4>
      {p.header && <p className={CAPTION}>{fill(m.rejectedCaption, { header: p.header.line })}</p>}
      <div className={TABLE_WRAP}>
        {/* Below md each rejected row is two lines: where (line, column, value), then why. */}
        <table className={`${TABLE} max-md:block`} data-testid="rejected-table">
          <thead className="bg-red-50/60 max-md:hidden dark:bg-red-950/30">
            <tr>
              <th scope="col" className={`${TH} text-right`}>
                {m.row}
              </th>
              <th scope="col" className={TH}>
                {m.column}
              </th>
              <th scope="col" className={TH}>
                {m.value}
              </th>
              <th scope="col" className={TH}>
                {m.reason}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 max-md:block dark:divide-slate-800">
            {shown.map((e, i) => (
              <tr
                key={`${e.row}-${e.column}-${i}`}
                data-testid="rejected-row"
                data-row={e.row}
                data-column={e.column}
                className="[&>td]:align-baseline max-md:grid max-md:grid-cols-[auto_auto_minmax(0,1fr)] max-md:items-baseline max-md:gap-x-3 max-md:gap-y-0.5 max-md:px-3 max-md:py-2"
              >
                <td className={`${TD} text-right tabular-nums max-md:p-0 max-md:text-left`}>
                  <span className="text-slate-500 md:hidden dark:text-slate-400">{m.row} </span>
                  {e.row}
                </td>
                <td className={`${TD} whitespace-nowrap font-medium max-md:p-0`}>{e.column}</td>
                <td className={`${TD} max-w-40 truncate font-mono text-[0.8rem] leading-5 max-md:max-w-none max-md:p-0`} title={e.value}>
                  {e.value === "" ? <span className="font-sans text-slate-500 dark:text-slate-400">{m.empty}</span> : e.value}
                </td>
                <td className={`${TD} min-w-48 max-md:col-span-3 max-md:min-w-0 max-md:p-0`} data-testid="rejected-reason">
                  {zh ? e.reasonZh : e.reason}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(pages > 1 || unlisted > 0) && (
        <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-300">
          {pages > 1 ? (
            <nav className="flex items-center gap-2" aria-label={m.rejected}>
              <button type="button" className={pager} disabled={current === 0} onClick={() => setPage(current - 1)}>
                ‹ {m.previousPage}
              </button>
              <span aria-live="polite">{fill(m.page, { page: current + 1, pages })}</span>
              <button type="button" className={pager} disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                {m.nextPage} ›
              </button>
            </nav>
          ) : (
            <span />
          )}
          {unlisted > 0 && <span data-testid="errors-unlisted">{fillCount(m.moreErrors, unlisted, locale)}</span>}
        </div>
      )}
    </section>
  );
}

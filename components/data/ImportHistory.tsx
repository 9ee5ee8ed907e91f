"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { DataMessages } from "@/lib/i18n/messages/data";
import type { ImportStatus } from "@/lib/schemas/enums";
import { describeAnswer, describeFailure } from "./describe";
import { Prose } from "./Prose";
import { errorInfo, requestParsed, UndoAnswerSchema } from "./http";
import { BUTTON_DANGER, BUTTON_SECONDARY, CAPTION, NOTICE_ERROR, NOTICE_OK, TABLE, TABLE_WRAP, TD, TH } from "./ui";

/** One batch, every text already formatted by the server page. */
export interface HistoryRow {
  id: number;
  time: string;
  fileName: string;
  hashPrefix: string;
  preset: string;
  source: string;
  status: ImportStatus;
  statusLabel: string;
  counts: string;
  rejected: string | null;
  skippedRejected: boolean;
  content: string | null;
  dates: string | null;
  who: string;
  canUndo: boolean;
}

const STATUS_CHIP: Record<ImportStatus, string> = {
  committed: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200",
  undone: "bg-slate-200 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  failed: "bg-red-100 text-red-800 dark:bg-red-900/60 dark:text-red-200",
  previewed: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
};

interface Props {
  rows: HistoryRow[];
  locale: Locale;
  messages: DataMessages;
}

/** The batches, newest first, each committed one with an Undo that asks first. */
export function ImportHistory({ rows, locale, messages }: Props) {
  const m = messages.history;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [working, setWorking] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const undo = async (row: HistoryRow) => {
    setWorking(row.id);
    setOutcome(null);
    const reply = await requestParsed(`/api/v1/imports/${row.id}/undo?lang=${locale}`, "POST", UndoAnswerSchema);
    setWorking(null);
    setConfirming(null);
    if (reply.kind === "ok") {
      const { deleted, restored } = reply.data.undo;
      setOutcome({ ok: true, text: fill(m.undone, { id: row.id, deleted, restored }) });
    } else if (reply.kind === "malformed") {
      setOutcome({ ok: false, text: describeFailure(reply, messages, locale) });
    } else {
      const answer = reply.answer;
      const info = errorInfo(answer.body);
      const later = info.laterBatchIds;
      // The server's sentence in the page's language; ours when it sent none in this language.
      const own =
        info.code === "later_imports" && later
          ? fill(m.laterImports, { ids: later.map((i) => `#${i}`).join(locale === "zh-CN" ? "、" : ", ") })
          : info.code === "not_committed"
            ? m.notCommitted
            : null;
      const server = locale === "zh-CN" ? info.messageZh : info.message;
      const text = server ?? own ?? describeAnswer(answer, messages, locale);
      setOutcome({ ok: false, text: fill(m.refused, { id: row.id, message: text }) });
    }
    startTransition(() => router.refresh());
  };

  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400" data-testid="history-empty">
        <Prose text={m.empty} />
      </p>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      {outcome && (
        <p className={outcome.ok ? NOTICE_OK : NOTICE_ERROR} role={outcome.ok ? "status" : "alert"} data-testid="undo-outcome">
          {outcome.text}
        </p>
      )}
      {/* A table from md up; below, each batch is a small card (the same cells, laid out as a grid). */}
      <div className={`${TABLE_WRAP} max-md:overflow-visible max-md:border-0`}>
        <table className={`${TABLE} max-md:block`} data-testid="history-table">
          <thead className="bg-slate-50 max-md:hidden dark:bg-slate-950/40">
            <tr>
              <th scope="col" className={TH}>
                {m.time}
              </th>
              <th scope="col" className={TH}>
                {m.file}
              </th>
              <th scope="col" className={TH}>
                {m.source}
              </th>
              <th scope="col" className={TH}>
                {m.rows}
              </th>
              <th scope="col" className={TH}>
                {m.status}
              </th>
              <th scope="col" className={TH}>
                {m.who}
              </th>
              <th scope="col" className={TH}>
                <span className="sr-only">{m.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 max-md:flex max-md:flex-col max-md:gap-2 max-md:divide-y-0 dark:divide-slate-800">
            {rows.map((r) => (
              <tr
                key={r.id}
                data-testid="history-row"
                data-batch={r.id}
                data-status={r.status}
                className="max-md:grid max-md:grid-cols-[minmax(0,1fr)_auto] max-md:gap-x-3 max-md:gap-y-1.5 max-md:rounded-lg max-md:border max-md:border-slate-200 max-md:p-3 max-md:dark:border-slate-800"
              >
                <td className={`${TD} whitespace-nowrap max-md:p-0`}>
                  <span className="tabular-nums">{r.time}</span>
                  <span className={`${CAPTION} block max-md:ml-1 max-md:inline`}>#{r.id}</span>
                </td>
                <td className={`${TD} min-w-40 max-w-64 max-md:col-span-2 max-md:row-start-2 max-md:max-w-none max-md:min-w-0 max-md:p-0`}>
                  <span className="block truncate font-medium" title={r.fileName}>
                    {r.fileName}
                  </span>
                  <span className={`${CAPTION} block truncate`} title={r.preset}>
                    {r.preset}
                    <span className="md:hidden"> · {r.source}</span>
                  </span>
                  {r.dates && <span className={`${CAPTION} block`}>{r.dates}</span>}
                </td>
                <td className={`${TD} whitespace-nowrap max-md:hidden`}>{r.source}</td>
                <td className={`${TD} max-md:col-span-2 max-md:row-start-3 max-md:p-0`} data-testid="history-counts">
                  <span className="block whitespace-nowrap tabular-nums max-md:whitespace-normal">{r.counts}</span>
                  {r.rejected && (
                    <span className="block text-xs text-red-700 dark:text-red-300">
                      {r.rejected}
                      {r.skippedRejected ? ` · ${m.skippedRejected}` : ""}
                    </span>
                  )}
                  {r.content && <span className={`${CAPTION} block`}>{r.content}</span>}
                </td>
                <td className={`${TD} whitespace-nowrap max-md:col-start-2 max-md:row-start-1 max-md:p-0 max-md:text-right`}>
                  <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_CHIP[r.status]}`} data-testid="history-status">
                    {r.statusLabel}
                  </span>
                </td>
                <td className={`${TD} max-w-40 max-md:row-start-4 max-md:max-w-none max-md:min-w-0 max-md:self-center max-md:p-0 max-md:text-xs max-md:text-slate-500 max-md:dark:text-slate-400`}>
                  <span className="block truncate" title={r.who}>
                    <span className="md:hidden">{m.who}: </span>
                    {r.who}
                  </span>
                </td>
                <td className={`${TD} min-w-28 text-right max-md:col-start-2 max-md:row-start-4 max-md:min-w-0 max-md:p-0 ${confirming === r.id ? "max-md:col-span-2 max-md:col-start-1 max-md:row-start-5" : ""}`}>
                  {r.canUndo &&
                    (confirming === r.id ? (
                      <div className="ml-auto flex w-56 flex-col items-end gap-2 text-left max-md:w-full" role="group" aria-label={fill(m.undoLabel, { id: r.id, file: r.fileName })}>
                        <p className="text-xs">{fill(m.confirmUndo, { id: r.id })}</p>
                        <div className="flex gap-2">
                          <button type="button" className={`${BUTTON_SECONDARY} h-8 text-xs`} onClick={() => setConfirming(null)} disabled={working !== null}>
                            {m.keep}
                          </button>
                          <button type="button" className={BUTTON_DANGER} onClick={() => void undo(r)} disabled={working !== null} data-testid="undo-confirm" autoFocus>
                            {working === r.id ? m.undoing : m.confirm}
                          </button>
                        </div>
                      </div>
                    ) : (
                      <button
                        type="button"
                        className={BUTTON_DANGER}
                        onClick={() => {
                          setOutcome(null);
                          setConfirming(r.id);
                        }}
                        aria-label={fill(m.undoLabel, { id: r.id, file: r.fileName })}
                        data-testid="undo-button"
                      >
                        {m.undo}
                      </button>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

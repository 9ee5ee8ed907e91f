import type { ReactNode } from "react";
import type { BenchmarksMessages } from "@/lib/i18n/messages/benchmarks";
import type { FigureView } from "./types";

const BADGE = "inline-flex items-center rounded px-1.5 py-0.5 text-[0.7rem] font-medium ring-1 ring-inset";

/**
 * One figure of a set: what it measures, the report's words and page, how it
 * is judged, and its value — shown as text, or as the edit field `value` when
 * the set is being edited. An ambiguous figure carries its note, always shown.
 */
export function FigureRow({ figure, value, messages }: { figure: FigureView; value?: ReactNode; messages: BenchmarksMessages }) {
  const m = messages;
  return (
    <li className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6" data-testid={`figure-${figure.key}`} data-ambiguous={figure.ambiguous || undefined}>
      <div className="flex min-w-0 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-medium">{figure.label}</span>
          {figure.ambiguous && (
            <span className={`${BADGE} bg-amber-50 text-amber-800 ring-amber-600/30 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/30`} data-testid="figure-ambiguous">
              {m.ambiguous}
            </span>
          )}
          {figure.platformText && <span className={`${BADGE} bg-slate-50 text-slate-700 ring-slate-500/20 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-400/30`}>{figure.platformText}</span>}
        </div>
        <p className="text-sm break-words text-slate-600 dark:text-slate-300">{figure.detail}</p>
        {figure.note && (
          <p className="rounded-md bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-950/60 dark:text-amber-100" data-testid="figure-note">
            {figure.note}
          </p>
        )}
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {figure.directionText}
          {figure.pageText && (
            <>
              {" · "}
              <span data-testid="figure-page">{figure.pageText}</span>
            </>
          )}
        </p>
      </div>
      <div className="shrink-0 sm:text-right">
        {value ?? (
          <span className="text-lg font-semibold tabular-nums" data-testid="figure-value">
            {figure.valueText}
          </span>
        )}
      </div>
    </li>
  );
}

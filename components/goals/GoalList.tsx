// The goals as cards (they read the same at 1280 px and on a phone): what,
// for whom and when; target, figure so far and projected end value; the
// status in words and colour; edit and delete for those who may. Every text
// arrives formatted from the page; nothing here computes a figure.
import Link from "next/link";
import { StatusChip } from "@/components/kpi/StatusChip";
import type { Locale } from "@/lib/i18n/locale";
import type { GoalsMessages } from "@/lib/i18n/messages/goals";
import type { BenchmarkStatus } from "@/lib/metrics/benchmarks";
import type { GoalJson } from "@/lib/schemas/api/goals";
import { DeleteGoalButton } from "./DeleteGoalButton";

export interface GoalCardView {
  id: number;
  /** "CTR · Douyin": the KPI and whom it is for */
  name: string;
  period: string;
  dates: string;
  phase: GoalJson["phase"];
  phaseText: string;
  target: string;
  soFar: string;
  projected: string;
  status: BenchmarkStatus | null;
  statusText: string;
  /** the API's progress (figure so far ÷ target), for the bar; null: no bar */
  progress: number | null;
  progressText: string | null;
  expectedText: string | null;
  /** the API's numbers, for the browser test to compare with */
  raw: { target: number; valueSoFar: number | null; projected: number | null };
  editHref: string | null;
  /** the goal is the one open in the form */
  editing: boolean;
}

const BAR: Record<BenchmarkStatus, string> = { above: "bg-emerald-500", near: "bg-amber-500", below: "bg-red-500" };

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="flex min-w-0 flex-col">
      <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="truncate text-base font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

export function GoalList({ goals, canEdit, locale, messages }: { goals: GoalCardView[]; canEdit: boolean; locale: Locale; messages: GoalsMessages }) {
  const m = messages.list;
  return (
    <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3" data-testid="goal-list">
      {goals.map((g) => (
        <li
          key={g.id}
          id={`goal-${g.id}`}
          className={`flex min-w-0 scroll-mt-20 flex-col gap-3 rounded-xl border bg-white p-4 shadow-sm dark:bg-slate-900 ${g.editing ? "border-indigo-500 ring-2 ring-indigo-500/30" : "border-slate-200 dark:border-slate-800"}`}
          data-testid="goal-row"
          data-goal-id={g.id}
          data-phase={g.phase}
          data-status={g.status ?? ""}
          data-target={g.raw.target}
          data-value-so-far={g.raw.valueSoFar ?? ""}
          data-projected={g.raw.projected ?? ""}
        >
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="flex min-w-0 flex-col">
              <h3 className="text-sm font-semibold break-words" data-testid="goal-name">
                {g.name}
              </h3>
              <p className="text-xs text-slate-600 dark:text-slate-300">
                <span className="font-medium" data-testid="goal-period-label">
                  {g.period}
                </span>{" "}
                · <span className="tabular-nums">{g.dates}</span>
              </p>
            </div>
            <span data-testid="goal-status">
              {g.status ? (
                <StatusChip status={g.status} label={g.statusText} />
              ) : (
                <span className="inline-flex rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-inset ring-slate-500/20 dark:bg-slate-800 dark:text-slate-200">
                  {g.statusText}
                </span>
              )}
            </span>
          </div>
          <dl className="grid grid-cols-3 gap-2">
            <Figure label={m.target} value={g.target} testId="goal-target-value" />
            <Figure label={m.soFar} value={g.soFar} testId="goal-so-far" />
            <Figure label={m.projected} value={g.projected} testId="goal-projected" />
          </dl>
          <div className="flex flex-col gap-1">
            {g.progress !== null && (
              <div className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700" aria-hidden>
                <div className={`h-full rounded-full ${g.status ? BAR[g.status] : "bg-slate-400"}`} style={{ width: `${Math.min(100, Math.max(0, g.progress * 100))}%` }} />
              </div>
            )}
            <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="goal-pace-text">
              {g.phaseText}
              {g.progressText && ` · ${g.progressText}`}
              {g.expectedText && ` · ${g.expectedText}`}
            </p>
          </div>
          {canEdit && g.editHref && (
            <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3 dark:border-slate-800">
              <Link
                href={g.editHref}
                scroll={false}
                aria-label={`${m.edit}: #${g.id} ${g.name}`}
                className="inline-flex h-8 items-center justify-center rounded-md border border-slate-300 px-2.5 text-xs font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:border-slate-700 dark:text-slate-100 dark:hover:bg-slate-800"
                data-testid="goal-edit"
              >
                {m.edit}
              </Link>
              <DeleteGoalButton id={g.id} name={g.name} locale={locale} messages={messages} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

import { Sparkline } from "@/components/charts/Sparkline";
import { StatusChip } from "@/components/kpi/StatusChip";

export interface BoardKpiCardProps {
  metricKey: string;
  label: string;
  value: string;
  change: { text: string; good: boolean | null; significance: string | null; label: string } | null;
  status: { status: "above" | "near" | "below"; label: string; title: string } | null;
  goal: { text: string; status: "above" | "near" | "below" | null; paceLabel: string | null; progress: number | null } | null;
  unusual: string | null;
  sparkline: { values: (number | null)[]; benchmark: number | null; label: string };
  definition: string;
}

const PACE_TEXT = { above: "text-emerald-700 dark:text-emerald-400", near: "text-amber-700 dark:text-amber-300", below: "text-red-600 dark:text-red-400" } as const;
const PACE_BAR = { above: "bg-emerald-500", near: "bg-amber-500", below: "bg-red-500" } as const;

/** One board KPI: value, change on last week with its significance, benchmark status, goal progress, 12-week line. */
export function BoardKpiCard(p: BoardKpiCardProps) {
  const changeColor =
    p.change?.good == null ? "text-slate-500 dark:text-slate-400" : p.change.good ? "text-emerald-700 dark:text-emerald-400" : "text-red-600 dark:text-red-400";
  return (
    <section
      aria-label={p.label}
      data-testid={`kpi-card-${p.metricKey}`}
      className="flex min-h-52 flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-sm font-medium text-slate-500 dark:text-slate-400" title={p.definition}>
          {p.label}
        </h2>
        {p.unusual && (
          <span className="rounded bg-violet-50 px-1.5 py-0.5 text-[0.7rem] font-medium text-violet-700 ring-1 ring-violet-600/20 ring-inset dark:bg-violet-950 dark:text-violet-300">
            {p.unusual}
          </span>
        )}
      </div>
      <p className="text-2xl font-semibold tracking-tight tabular-nums" data-testid="kpi-value">
        {p.value}
      </p>
      <div className="flex min-h-5 flex-wrap items-center gap-x-2 gap-y-1 text-xs">
        {p.change && (
          <span className={`font-medium tabular-nums ${changeColor}`} data-testid="kpi-change">
            {p.change.text}{" "}
            <span className="font-normal text-slate-500 dark:text-slate-400">
              {p.change.label}
              {p.change.significance ? ` · ${p.change.significance}` : ""}
            </span>
          </span>
        )}
      </div>
      <div className="flex min-h-6 flex-wrap items-center gap-2 text-xs">
        {p.status && <StatusChip {...p.status} />}
        {p.goal && (
          <span className="text-slate-600 dark:text-slate-300" data-testid="kpi-goal">
            {p.goal.text}
            {p.goal.paceLabel && (
              <span className={PACE_TEXT[p.goal.status ?? "below"]} data-goal-status={p.goal.status ?? ""}>
                {" "}
                · {p.goal.paceLabel}
              </span>
            )}
          </span>
        )}
      </div>
      {p.goal?.progress != null && (
        <div className="h-1.5 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden>
          <div
            className={`h-full rounded-full ${p.goal.status ? PACE_BAR[p.goal.status] : "bg-slate-400"}`}
            style={{ width: `${Math.min(100, Math.max(0, p.goal.progress * 100))}%` }}
          />
        </div>
      )}
      <div className="mt-auto">
        <Sparkline {...p.sparkline} />
      </div>
    </section>
  );
}

import type { BenchmarkStatus } from "@/lib/metrics/benchmarks";
import { StatusChip } from "./StatusChip";

export interface KpiSummaryCardProps {
  label: string;
  value: string;
  /** formatted change, e.g. "+0.30 pp" */
  change: string | null;
  /** whether the change is good news, for its colour; null = neutral */
  changeIsGood: boolean | null;
  changeLabel: string;
  status: { status: BenchmarkStatus; label: string; title: string } | null;
  definition: string;
}

export function KpiSummaryCard(props: KpiSummaryCardProps) {
  const changeColor =
    props.changeIsGood === null
      ? "text-slate-500 dark:text-slate-400"
      : props.changeIsGood
        ? "text-emerald-600 dark:text-emerald-400"
        : "text-red-600 dark:text-red-400";
  return (
    <section
      aria-label={props.label}
      title={props.definition}
      className="flex min-h-32 flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h3 className="text-sm font-medium text-slate-500 dark:text-slate-400">{props.label}</h3>
      <p className="text-2xl font-semibold tracking-tight tabular-nums">{props.value}</p>
      <div className="mt-auto flex flex-wrap items-center gap-2 text-xs">
        {props.change !== null && (
          <span className={`font-medium tabular-nums ${changeColor}`}>
            {props.change} <span className="font-normal text-slate-500 dark:text-slate-400">{props.changeLabel}</span>
          </span>
        )}
        {props.status && <StatusChip {...props.status} />}
      </div>
    </section>
  );
}

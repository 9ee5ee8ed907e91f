import type { BenchmarkStatus } from "@/lib/metrics/benchmarks";

const STYLES: Record<BenchmarkStatus, string> = {
  above: "bg-emerald-50 text-emerald-700 ring-emerald-600/20 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-400/30",
  near: "bg-amber-50 text-amber-700 ring-amber-600/20 dark:bg-amber-950 dark:text-amber-300 dark:ring-amber-400/30",
  below: "bg-red-50 text-red-700 ring-red-600/20 dark:bg-red-950 dark:text-red-300 dark:ring-red-400/30",
};

const ICONS: Record<BenchmarkStatus, string> = { above: "▲", near: "●", below: "▼" };

/** A benchmark status; `title` carries the benchmark figure and its source for hover. */
export function StatusChip({ status, label, title }: { status: BenchmarkStatus; label: string; title?: string }) {
  return (
    <span
      title={title}
      data-status={status}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}
    >
      <span aria-hidden className="text-[0.6rem]">{ICONS[status]}</span>
      {label}
    </span>
  );
}

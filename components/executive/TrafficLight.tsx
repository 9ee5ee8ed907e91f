import type { BenchmarkStatus } from "@/lib/metrics/benchmarks";

// Green / amber / red with an icon and a text label, so the status never
// rests on colour alone. The print: classes keep paper light even when the
// screen is dark (dark: rules would otherwise still match while printing).
const STYLES: Record<BenchmarkStatus, string> = {
  above:
    "bg-emerald-50 text-emerald-800 ring-emerald-600/30 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-400/30 print:bg-emerald-50 print:text-emerald-800 print:ring-emerald-600/40",
  near: "bg-amber-50 text-amber-800 ring-amber-600/30 dark:bg-amber-950 dark:text-amber-300 dark:ring-amber-400/30 print:bg-amber-50 print:text-amber-800 print:ring-amber-600/40",
  below:
    "bg-red-50 text-red-800 ring-red-600/30 dark:bg-red-950 dark:text-red-300 dark:ring-red-400/30 print:bg-red-50 print:text-red-800 print:ring-red-600/40",
};

const ICONS: Record<BenchmarkStatus, string> = { above: "▲", near: "●", below: "▼" };

export function TrafficLight({ status, label, title, testId }: { status: BenchmarkStatus; label: string; title?: string; testId?: string }) {
  return (
    <span
      title={title}
      data-status={status}
      data-testid={testId}
      className={`inline-flex shrink-0 items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${STYLES[status]}`}
    >
      <span aria-hidden className="text-[0.6rem]">
        {ICONS[status]}
      </span>
      {label}
      {title && <span className="sr-only"> ({title})</span>}
    </span>
  );
}

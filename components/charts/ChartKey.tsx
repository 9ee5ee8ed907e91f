// The key under a trend chart: the benchmark's dashed line and the partial
// bucket's dashed segment with a hollow dot, each with its label.
export function ChartKey({ benchmark, partial, testId }: { benchmark: { label: string } | null; partial: string | null; testId: string }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
      {benchmark && (
        <span className="inline-flex items-center gap-1.5" data-testid={`${testId}-benchmark`}>
          <svg aria-hidden width="24" height="6">
            <line x1="0" y1="3" x2="24" y2="3" stroke="var(--chart-benchmark)" strokeWidth="1.5" strokeDasharray="6 4" />
          </svg>
          {benchmark.label}
        </span>
      )}
      {partial !== null && (
        <span className="inline-flex items-center gap-1.5">
          <svg aria-hidden width="30" height="10">
            <line x1="0" y1="5" x2="22" y2="5" stroke="var(--chart-axis)" strokeWidth="2" strokeDasharray="5 4" />
            <circle cx="25" cy="5" r="3.5" fill="var(--chart-tooltip-bg)" stroke="var(--chart-axis)" strokeWidth="1.5" />
          </svg>
          {partial}
        </span>
      )}
    </div>
  );
}

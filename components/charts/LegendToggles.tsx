// A chart legend of toggle buttons, one per line, with "show all" and "hide
// all": which lines are hidden is the caller's (a Recharts chart re-renders
// without them, a server-drawn one hides their elements).
export interface LegendLine {
  id: string;
  name: string;
  color: string;
}

export function LegendToggles({
  lines,
  hidden,
  onChange,
  labels,
  testId,
}: {
  lines: readonly LegendLine[];
  hidden: ReadonlySet<string>;
  onChange: (hidden: ReadonlySet<string>) => void;
  labels: { legend: string; showAll: string; hideAll: string };
  testId: string;
}) {
  const toggle = (id: string) => {
    const next = new Set(hidden);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <div role="group" aria-label={labels.legend} className="flex flex-wrap items-center gap-1.5 text-xs" data-testid={testId}>
      {lines.map((l) => {
        const on = !hidden.has(l.id);
        return (
          <button
            key={l.id}
            type="button"
            aria-pressed={on}
            data-series={l.id}
            onClick={() => toggle(l.id)}
            className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-500 ${
              on
                ? "border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
                : "border-dashed border-slate-300 bg-transparent text-slate-400 line-through hover:text-slate-600 dark:border-slate-700 dark:text-slate-500 dark:hover:text-slate-300"
            }`}
          >
            <span
              aria-hidden
              className="inline-block h-2.5 w-2.5 rounded-full"
              style={{ background: on ? l.color : "transparent", boxShadow: `inset 0 0 0 2px ${l.color}` }}
            />
            {l.name}
          </button>
        );
      })}
      <span className="mx-1 h-4 w-px bg-slate-200 dark:bg-slate-700" aria-hidden />
      <button
        type="button"
        onClick={() => onChange(new Set())}
        disabled={hidden.size === 0}
        className="rounded-md px-2 py-1 font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:text-slate-400 disabled:no-underline dark:text-indigo-300 dark:disabled:text-slate-600"
      >
        {labels.showAll}
      </button>
      <button
        type="button"
        onClick={() => onChange(new Set(lines.map((l) => l.id)))}
        disabled={hidden.size === lines.length}
        className="rounded-md px-2 py-1 font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:text-slate-400 disabled:no-underline dark:text-indigo-300 dark:disabled:text-slate-600"
      >
        {labels.hideAll}
      </button>
    </div>
  );
}

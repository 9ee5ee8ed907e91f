"use client";

// Toggle buttons that hide and show a server-drawn chart's lines: they flip
// `display` on every element of the chart marked `data-line="<id>"` (the
// line, its dots and its row in each tooltip), with no re-render of the chart.
import { useEffect, useRef, useState } from "react";

export function SeriesLegend({
  chartId,
  lines,
  labels,
  testId,
}: {
  /** data-testid of the chart these buttons act on */
  chartId: string;
  lines: { id: string; name: string; color: string }[];
  labels: { legend: string; showAll: string; hideAll: string };
  testId: string;
}) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = ref.current?.ownerDocument.querySelector(`[data-testid="${CSS.escape(chartId)}"]`);
    chart?.querySelectorAll<SVGElement | HTMLElement>("[data-line]").forEach((el) => {
      el.style.display = hidden.has(el.dataset.line ?? "") ? "none" : "";
    });
  }, [hidden, chartId]);

  const toggle = (id: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div ref={ref} role="group" aria-label={labels.legend} className="flex flex-wrap items-center gap-1.5 text-xs" data-testid={testId}>
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
        onClick={() => setHidden(new Set())}
        disabled={hidden.size === 0}
        className="rounded-md px-2 py-1 font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:text-slate-400 disabled:no-underline dark:text-indigo-300 dark:disabled:text-slate-600"
      >
        {labels.showAll}
      </button>
      <button
        type="button"
        onClick={() => setHidden(new Set(lines.map((l) => l.id)))}
        disabled={hidden.size === lines.length}
        className="rounded-md px-2 py-1 font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:text-slate-400 disabled:no-underline dark:text-indigo-300 dark:disabled:text-slate-600"
      >
        {labels.hideAll}
      </button>
    </div>
  );
}

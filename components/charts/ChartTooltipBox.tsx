import type { ReactNode } from "react";

/** The box every chart tooltip of the app is drawn in: the series' colour, a title, then lines. */
export function ChartTooltipBox({ title, color, children }: { title: string; color?: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs text-slate-700 shadow-md dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200">
      <p className="mb-1 flex items-center gap-1.5 font-semibold text-slate-900 dark:text-slate-100">
        {color && <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: color }} />}
        {title}
      </p>
      {children}
    </div>
  );
}

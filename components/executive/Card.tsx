import type { ReactNode } from "react";

/** The page's card: the home page's look, light on paper, never split across printed pages. */
export function Card({ title, caption, children, testId, className = "" }: { title: string; caption?: ReactNode; children: ReactNode; testId?: string; className?: string }) {
  const id = testId ? `${testId}-title` : undefined;
  return (
    <section
      aria-labelledby={id}
      data-testid={testId}
      className={`exec-card flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900 ${className}`}
    >
      <div>
        <h2 id={id} className="text-base font-semibold">
          {title}
        </h2>
        {caption && <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{caption}</p>}
      </div>
      {children}
    </section>
  );
}

/** A chart legend entry drawn in HTML, so it wraps and prints like text. */
export function LegendItem({ label, swatch }: { label: string; swatch: "line" | "dashed" | "band" | "bar" | "benchmark" }) {
  const shapes = {
    line: <span className="inline-block h-0.5 w-5 bg-indigo-600 dark:bg-indigo-400 print:bg-indigo-600" />,
    dashed: <span className="inline-block w-5 border-t-2 border-dashed border-indigo-600 dark:border-indigo-400 print:border-indigo-600" />,
    band: <span className="inline-block h-3 w-5 rounded-sm bg-indigo-600/15 dark:bg-indigo-400/20 print:bg-indigo-600/15" />,
    bar: <span className="inline-block h-3 w-3 rounded-sm bg-slate-400/60" />,
    benchmark: <span className="inline-block w-5 border-t-2 border-dashed border-slate-900 dark:border-slate-100 print:border-slate-900" />,
  };
  return (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden className="inline-flex items-center">
        {shapes[swatch]}
      </span>
      {label}
    </span>
  );
}

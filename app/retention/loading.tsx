import { CURVES_CHART_HEIGHT } from "@/components/retention/RetentionCurves";

const BLOCK = "rounded bg-slate-200 dark:bg-slate-800";
const CARD = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900";

/** /retention while its figures load: header, choices, the figure cards, the curves and the triangle at the page's sizes. */
export default function Loading() {
  return (
    <div aria-busy="true" data-testid="retention-loading" className="flex animate-pulse flex-col gap-6">
      <div className="flex flex-col gap-1">
        <div className={`h-8 w-40 ${BLOCK}`} />
        <div className={`h-10 w-full max-w-3xl ${BLOCK}`} />
        <div className={`h-4 w-64 max-w-full ${BLOCK}`} />
      </div>
      <div className={`${CARD} h-32`} />
      <div className={`${CARD} flex flex-col gap-3`}>
        <div className={`h-6 w-56 ${BLOCK}`} />
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {Array.from({ length: 3 }, (_, i) => (
            <div key={i} className={`h-28 ${BLOCK}`} />
          ))}
        </div>
      </div>
      <div className={`${CARD} flex flex-col gap-3`}>
        <div className={`h-6 w-56 ${BLOCK}`} />
        <div className={BLOCK} style={{ height: CURVES_CHART_HEIGHT }} />
      </div>
      <div className={`${CARD} h-96`} />
    </div>
  );
}

import { LoadingLabel } from "@/components/platforms/LoadingLabel";
import { BAR_CHART_HEIGHT, SCATTER_CHART_HEIGHT, TREND_CHART_HEIGHT } from "@/components/platforms/layout";

const BLOCK = "rounded bg-slate-200 dark:bg-slate-800";
const CARD = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900";

function ChartCardSkeleton({ height, lines = 2, footer = 1, below }: { height: number; lines?: number; footer?: number; below?: string }) {
  return (
    <div className={`${CARD} flex flex-col gap-1`}>
      <div className={`h-6 w-48 ${BLOCK}`} />
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className={`h-4 ${i === 0 ? "w-full" : "w-2/3"} ${BLOCK}`} />
      ))}
      <div className={`mt-1 ${BLOCK}`} style={{ height }} />
      {below && <div className={`mt-2 ${below} ${BLOCK}`} />}
      {Array.from({ length: footer }, (_, i) => (
        <div key={i} className={`mt-1 h-4 ${i === 0 ? "w-3/4" : "w-1/2"} ${BLOCK}`} />
      ))}
    </div>
  );
}

/**
 * The platform comparison while its data loads: the same blocks at the same
 * sizes as the page (header, pickers, two chart cards side by side, the
 * trend, the table), so nothing jumps when the figures arrive.
 */
export default function Loading() {
  return (
    <div aria-busy="true" data-testid="platforms-loading" className="flex animate-pulse flex-col gap-6">
      <LoadingLabel />
      <div className="flex flex-col gap-1">
        <div className={`h-8 w-56 ${BLOCK}`} />
        <div className={`h-5 w-96 max-w-full ${BLOCK}`} />
        <div className={`h-4 w-40 sm:hidden ${BLOCK}`} />
        <div className={`h-5 w-80 max-w-full ${BLOCK}`} />
        <div className={`h-4 w-32 sm:hidden ${BLOCK}`} />
      </div>
      <div className={`${CARD} flex flex-col gap-3`}>
        <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
          <div className={`h-[3.375rem] w-full sm:w-64 ${BLOCK}`} />
          <div className={`h-[3.375rem] w-[9.5rem] ${BLOCK}`} />
          <div className={`h-[3.375rem] w-[9.5rem] ${BLOCK}`} />
          <div className={`h-9 w-16 ${BLOCK}`} />
        </div>
        <div className={`h-[3.75rem] w-full max-w-2xl sm:h-6 ${BLOCK}`} />
        <div className="flex flex-wrap gap-x-6 gap-y-3">
          <div className={`h-[3.75rem] w-28 sm:w-44 ${BLOCK}`} />
          <div className={`h-[3.75rem] w-44 sm:w-64 ${BLOCK}`} />
          <div className={`mt-5 h-9 w-full sm:w-48 ${BLOCK}`} />
        </div>
      </div>
      <div className={`h-9 w-full max-w-xl sm:h-5 ${BLOCK}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartCardSkeleton height={BAR_CHART_HEIGHT - 12} lines={3} footer={2} />
        <ChartCardSkeleton height={SCATTER_CHART_HEIGHT} footer={2} />
      </div>
      <ChartCardSkeleton height={TREND_CHART_HEIGHT} below="h-[4.5rem] max-sm:h-[11.25rem]" />
      <div className="flex flex-col gap-2">
        <div className="flex justify-between">
          <div className={`h-6 w-32 ${BLOCK}`} />
          <div className={`h-8 w-32 ${BLOCK}`} />
        </div>
        <div className={`h-4 w-full max-w-2xl ${BLOCK}`} />
        <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <div className="h-10 border-b border-slate-200 dark:border-slate-800" />
          {Array.from({ length: 14 }, (_, i) => (
            <div key={i} className="flex h-10 items-center px-3">
              <div className={`h-5 w-full ${BLOCK}`} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

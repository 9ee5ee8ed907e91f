import { DataLoadingLabel } from "@/components/data/DataLoadingLabel";

const BLOCK = "rounded bg-slate-200 dark:bg-slate-800";
const CARD = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900";

/** /data while its history and presets load: the same cards at the same sizes, so nothing jumps. */
export default function Loading() {
  return (
    <div aria-busy="true" data-testid="data-loading" className="flex animate-pulse flex-col gap-6">
      <DataLoadingLabel />
      <div className="flex flex-col gap-3">
        <div className={`h-8 w-32 ${BLOCK}`} />
        <div className={`h-5 w-[36rem] max-w-full ${BLOCK}`} />
        <div className="flex gap-1">
          {[16, 16, 14].map((w, i) => (
            <div key={i} className={`h-6 ${BLOCK}`} style={{ width: `${w * 0.25}rem` }} />
          ))}
        </div>
      </div>
      <div className={`${CARD} flex flex-col gap-3`}>
        <div className={`h-6 w-40 ${BLOCK}`} />
        <div className={`h-4 w-full max-w-3xl ${BLOCK}`} />
        <div className="h-40 rounded-xl border-2 border-dashed border-slate-200 dark:border-slate-800" />
      </div>
      <div className={`${CARD} flex flex-col gap-3`}>
        <div className={`h-6 w-36 ${BLOCK}`} />
        <div className={`h-4 w-full max-w-xl ${BLOCK}`} />
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className={`h-10 w-full ${BLOCK}`} />
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-5">
        <div className={`${CARD} flex flex-col gap-3 lg:col-span-2`}>
          <div className={`h-6 w-24 ${BLOCK}`} />
          <div className={`h-16 w-full ${BLOCK}`} />
          <div className={`h-9 w-40 ${BLOCK}`} />
          <div className={`h-28 w-full ${BLOCK}`} />
        </div>
        <div className={`${CARD} flex flex-col gap-3 lg:col-span-3`}>
          <div className={`h-6 w-28 ${BLOCK}`} />
          <div className={`h-4 w-full ${BLOCK}`} />
          <div className={`h-9 w-80 max-w-full ${BLOCK}`} />
          <div className={`h-32 w-full ${BLOCK}`} />
        </div>
      </div>
    </div>
  );
}

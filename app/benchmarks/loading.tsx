import { LoadingLabel } from "@/components/benchmarks/LoadingLabel";

const BLOCK = "rounded bg-slate-200 dark:bg-slate-800";

/** The registry while it loads: header, the list of sets beside one set's figures, as the page lays them out. */
export default function Loading() {
  return (
    <div aria-busy="true" data-testid="benchmarks-loading" className="flex animate-pulse flex-col gap-6">
      <LoadingLabel />
      <div className="flex flex-col gap-2">
        <div className={`h-8 w-40 ${BLOCK}`} />
        <div className={`h-5 w-96 max-w-full ${BLOCK}`} />
        <div className={`h-5 w-80 max-w-full ${BLOCK}`} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <div className="flex flex-col gap-2">
          {[0, 1, 2].map((i) => (
            <div key={i} className={`h-16 ${BLOCK}`} />
          ))}
        </div>
        <div className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <div className={`h-7 w-64 max-w-full ${BLOCK}`} />
          <div className={`h-4 w-48 ${BLOCK}`} />
          {Array.from({ length: 10 }, (_, i) => (
            <div key={i} className={`h-14 ${BLOCK}`} />
          ))}
        </div>
      </div>
    </div>
  );
}

// Shown while the summary's figures load; laid out like the page (header,
// six headline cards, two rows of two cards) so nothing jumps.
export default function Loading() {
  const block = "rounded-xl bg-slate-200 dark:bg-slate-800";
  return (
    <div aria-busy="true" aria-live="polite" data-testid="executive-loading" className="flex animate-pulse flex-col gap-6">
      <div className="flex flex-col gap-4 lg:flex-row lg:justify-between">
        <div className="flex flex-col gap-2">
          <div className="h-8 w-56 rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-4 w-80 max-w-full rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-4 w-64 max-w-full rounded bg-slate-200 dark:bg-slate-800" />
        </div>
        <div className="h-8 w-72 max-w-full rounded bg-slate-200 dark:bg-slate-800" />
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <div key={i} className={`h-44 ${block}`} />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className={`h-96 ${block}`} />
        <div className={`h-96 ${block}`} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className={`h-[32rem] ${block}`} />
        <div className={`h-[32rem] ${block}`} />
      </div>
    </div>
  );
}

// Shown while a page's server data loads; sized like the board so nothing jumps.
export default function Loading() {
  return (
    <div aria-busy="true" className="flex animate-pulse flex-col gap-6">
      <div className="h-8 w-64 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-32 rounded-xl bg-slate-200 dark:bg-slate-800" />
        ))}
      </div>
      <div className="h-[384px] rounded-xl bg-slate-200 dark:bg-slate-800" />
    </div>
  );
}

// Shown while the weekly board's data loads; laid out like the board so nothing jumps.
export default function Loading() {
  const block = "rounded-xl bg-slate-200 dark:bg-slate-800";
  return (
    <div aria-busy="true" className="flex animate-pulse flex-col gap-6">
      <div className="flex flex-col gap-3">
        <div className={`h-8 w-48 ${block}`} />
        <div className={`h-4 w-96 max-w-full ${block}`} />
        <div className={`h-9 w-full max-w-3xl ${block}`} />
      </div>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {Array.from({ length: 7 }, (_, i) => (
          <div key={i} className={`h-52 ${block}`} />
        ))}
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className={`h-96 lg:col-span-2 ${block}`} />
        <div className={`h-96 ${block}`} />
      </div>
      <div className={`h-[32rem] ${block}`} />
    </div>
  );
}

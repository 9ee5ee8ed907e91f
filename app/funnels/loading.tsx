// Shown while /funnels reads the journey; laid out like the page (controls, three figures, funnel, table, charts) so nothing jumps.
export default function Loading() {
  const block = "rounded-xl bg-slate-200 dark:bg-slate-800";
  return (
    <div aria-busy="true" className="flex animate-pulse flex-col gap-6">
      <div className="flex flex-col gap-3">
        <div className={`h-8 w-40 ${block}`} />
        <div className={`h-4 w-96 max-w-full ${block}`} />
        <div className={`h-9 w-full max-w-3xl ${block}`} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className={`h-20 ${block}`} />
        <div className={`h-20 ${block}`} />
        <div className={`h-20 ${block}`} />
      </div>
      <div className={`h-56 ${block}`} />
      <div className={`h-64 ${block}`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className={`h-56 ${block}`} />
        <div className={`h-56 ${block}`} />
      </div>
    </div>
  );
}

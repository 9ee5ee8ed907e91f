// Shown while /ai reads the scorecard; laid out like the page (ranking, weights, tools) so nothing jumps.
export default function Loading() {
  const block = "rounded-xl bg-slate-200 dark:bg-slate-800";
  return (
    <div aria-busy="true" className="flex animate-pulse flex-col gap-6">
      <div className="flex flex-col gap-3">
        <div className={`h-8 w-48 ${block}`} />
        <div className={`h-4 w-[36rem] max-w-full ${block}`} />
      </div>
      <div className={`h-96 ${block}`} />
      <div className={`h-40 ${block}`} />
      <div className={`h-96 ${block}`} />
    </div>
  );
}

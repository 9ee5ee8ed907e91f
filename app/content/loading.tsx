// Shown while /content's test, origins and top posts load; laid out like the page so nothing jumps.
export default function Loading() {
  const block = "rounded-xl bg-slate-200 dark:bg-slate-800";
  return (
    <div aria-busy="true" className="flex animate-pulse flex-col gap-6">
      <div className="flex flex-col gap-3">
        <div className={`h-8 w-40 ${block}`} />
        <div className={`h-4 w-96 max-w-full ${block}`} />
        <div className={`h-9 w-full max-w-3xl ${block}`} />
      </div>
      <div className={`h-80 ${block}`} />
      <div className={`h-72 ${block}`} />
      <div className={`h-96 ${block}`} />
    </div>
  );
}

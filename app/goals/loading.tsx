import { goals } from "@/lib/i18n/messages/goals";
import { getLocale } from "@/lib/i18n/server";

// Shown while the goals and their pacing load; laid out like the page (header, form, cards) so nothing jumps.
export default async function Loading() {
  const m = goals[await getLocale()];
  const block = "rounded-xl bg-slate-200 dark:bg-slate-800";
  return (
    <div aria-busy="true" aria-live="polite" data-testid="goals-loading" className="flex flex-col gap-6">
      <p className="sr-only">{m.loading}</p>
      <div className="flex animate-pulse flex-col gap-6">
        <div className="flex flex-col gap-2">
          <div className="h-8 w-40 rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-4 w-[36rem] max-w-full rounded bg-slate-200 dark:bg-slate-800" />
        </div>
        <div className={`h-56 ${block}`} />
        <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <div key={i} className={`h-48 ${block}`} />
          ))}
        </div>
      </div>
    </div>
  );
}

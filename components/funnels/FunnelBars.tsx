import { CAPTION } from "@/components/data/ui";
import { formatCount, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { FunnelsMessages } from "@/lib/i18n/messages/funnels";
import { PLATFORMS } from "@/lib/reference/platforms";
import type { JourneyFunnelResponse } from "@/lib/schemas/api/journeys";

/**
 * The funnel as bars in the step platforms' colours, each as long as its
 * share of the people who entered (the service's overall conversion), with
 * who went on and who dropped off between them.
 */
export function FunnelBars({ funnel, locale, messages: m }: { funnel: JourneyFunnelResponse; locale: Locale; messages: FunnelsMessages }) {
  return (
    <ol className="flex flex-col gap-1" data-testid="funnel-bars">
      {funnel.steps.map((s) => {
        const name = locale === "zh-CN" ? s.nameZh : s.nameEn;
        const width = Math.max(0, Math.min(1, s.overallConversion ?? 0));
        return (
          <li key={s.position} className="flex flex-col gap-1" data-testid="funnel-step" data-position={s.position}>
            {s.position > 1 && (
              <p className={`${CAPTION} flex flex-wrap gap-x-3 pl-2`} data-testid="funnel-between">
                <span aria-hidden>↓</span>
                <span>{fill(m.funnel.wentOn, { rate: formatPercent(s.stepConversion, locale, 1) })}</span>
                <span className="text-red-700 dark:text-red-300">{fill(m.funnel.droppedOff, { people: formatCount(s.dropped, locale), rate: formatPercent(s.dropOff, locale, 1) })}</span>
              </p>
            )}
            <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
              <p className="text-sm font-medium sm:w-56 sm:shrink-0">
                {s.position}. {name}
              </p>
              <div className="h-7 min-w-0 flex-1 rounded-md bg-slate-100 dark:bg-slate-800">
                <div className="h-7 rounded-md" style={{ width: `${width * 100}%`, minWidth: s.reached > 0 ? 4 : 0, backgroundColor: PLATFORMS[s.platformKey].color }} />
              </div>
              <p className="text-sm tabular-nums sm:w-52 sm:shrink-0 sm:text-right" data-testid="funnel-reached">
                {fill(m.funnel.reachedOf, { reached: formatCount(s.reached, locale), overall: formatPercent(s.overallConversion, locale, 1) })}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

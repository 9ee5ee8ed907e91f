import { CAPTION, TABLE, TABLE_WRAP, TD, TH } from "@/components/data/ui";
import { formatPercent, formatRoi } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/en";
import { platformName } from "@/lib/reference/platforms";
import type { SegmentsResponse } from "@/lib/schemas/api/segments";

type Segment = SegmentsResponse["segments"][number];
type Kpis = Pick<Segment, "ctr" | "interactionRate" | "conversionRate" | "roi">;

function KpiCells({ k, locale }: { k: Kpis; locale: Locale }) {
  const cell = `${TD} whitespace-nowrap text-right tabular-nums`;
  return (
    <>
      <td className={cell} data-testid="segment-ctr">
        {formatPercent(k.ctr, locale)}
      </td>
      <td className={cell} data-testid="segment-interaction-rate">
        {formatPercent(k.interactionRate, locale)}
      </td>
      <td className={cell} data-testid="segment-conversion-rate">
        {formatPercent(k.conversionRate, locale)}
      </td>
      <td className={cell} data-testid="segment-roi">
        {formatRoi(k.roi)}
      </td>
    </>
  );
}

/** Segment KPIs over the chosen platforms, grouped by what they split (age, gender, city tier, interest), then per platform beneath each segment; never summed (segments overlap). */
export function SegmentTable({ segments, locale, messages: m }: { segments: Segment[]; locale: Locale; messages: Messages["audience"] }) {
  return (
    <div className={`${TABLE_WRAP} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500`} tabIndex={0} role="region" aria-label={m.segments.title}>
      <table className={TABLE} data-testid="segment-table">
        <thead className="bg-slate-50 dark:bg-slate-800/60">
          <tr>
            <th scope="col" className={TH}>
              {m.segments.segment}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {m.segments.accounts}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {m.segments.ctr}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {m.segments.interactionRate}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {m.segments.conversionRate}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {m.segments.roi}
            </th>
          </tr>
        </thead>
        {segments.map((s, i) => (
          <tbody key={s.segment} className="border-t border-slate-200 dark:border-slate-800">
            {s.dimension !== segments[i - 1]?.dimension && (
              <tr data-testid="segment-dimension" data-dimension={s.dimension}>
                <th scope="colgroup" colSpan={6} className={`${TH} bg-slate-50/60 dark:bg-slate-800/40`}>
                  {m.segments.dimensions[s.dimension]}
                </th>
              </tr>
            )}
            <tr data-testid="segment-row" data-segment={s.segment}>
              <th scope="row" className={`${TD} whitespace-nowrap text-left font-medium`}>
                {m.segments.names[s.segment]}
                {s.named && (
                  <span className="ml-2 rounded bg-indigo-50 px-1.5 py-0.5 text-xs font-normal text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300">
                    {m.segments.named}
                  </span>
                )}
              </th>
              <td className={`${TD} whitespace-nowrap text-right tabular-nums`}>{s.accounts}</td>
              <KpiCells k={s} locale={locale} />
            </tr>
            {s.byPlatform.length > 1 &&
              s.byPlatform.map((p) => (
                <tr key={p.platformKey} data-testid="segment-platform-row" data-segment={s.segment} data-platform={p.platformKey} className={CAPTION}>
                  <th scope="row" className={`${TD} whitespace-nowrap pl-6 text-left font-normal`}>
                    {platformName(p.platformKey, locale)}
                  </th>
                  <td className={`${TD} whitespace-nowrap text-right tabular-nums`}>{p.accounts}</td>
                  <KpiCells k={p} locale={locale} />
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

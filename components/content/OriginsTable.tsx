import { TABLE, TABLE_WRAP, TD, TH } from "@/components/data/ui";
import { StatusChip } from "@/components/kpi/StatusChip";
import { formatCount, formatPercent, formatSeconds } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { ContentMessages } from "@/lib/i18n/messages/content";
import type { ContentOriginsResponse } from "@/lib/schemas/api/content-origins";
import { CAPTION } from "@/components/data/ui";
import { formatRateInterval } from "./figures";

/** Each origin's figures as the service gives them, with the total of all posts. */
export function OriginsTable({ origins, locale, messages: m }: { origins: ContentOriginsResponse; locale: Locale; messages: ContentMessages }) {
  const t = m.test;
  const num = `${TD} whitespace-nowrap text-right tabular-nums`;
  const rows = [...origins.origins.map((o) => ({ key: o.origin as string, name: m.originNames[o.origin], ...o })), { key: "total", name: m.origins.total, ...origins.total, dwell: null }];
  return (
    <div className={`${TABLE_WRAP} focus-visible:outline-2 focus-visible:outline-indigo-500`} tabIndex={0} role="region" aria-label={m.origins.tableLabel}>
      <table className={TABLE} data-testid="origins-table">
        <caption className="sr-only">{m.origins.title}</caption>
        <thead className="bg-slate-50 dark:bg-slate-800/60">
          <tr>
            <th scope="col" className={TH}>{m.origins.origin}</th>
            <th scope="col" className={`${TH} text-right`}>{t.items}</th>
            <th scope="col" className={`${TH} text-right`}>{t.impressions}</th>
            <th scope="col" className={`${TH} text-right`}>{t.ctr}</th>
            <th scope="col" className={`${TH} text-right`}>{t.interactionRate}</th>
            <th scope="col" className={`${TH} text-right`}>{t.dwell}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((o) => {
            const ctr = formatRateInterval(o.ctr, o.ctrInterval, locale);
            return (
              <tr key={o.key} data-testid="origin-row" data-origin={o.key} className={o.key === "total" ? "font-medium" : undefined}>
                <th scope="row" className={`${TD} whitespace-nowrap text-left font-medium`}>{o.name}</th>
                <td className={num} data-column="items">{formatCount(o.items, locale)}</td>
                <td className={num} data-column="impressions">{formatCount(o.impressions, locale)}</td>
                <td className={num}>
                  <span className="block" data-column="ctr">{ctr.value}</span>
                  {ctr.interval && <span className={`${CAPTION} whitespace-nowrap`}>{ctr.interval}</span>}
                </td>
                <td className={num} data-column="interactionRate">{formatPercent(o.interactionRate, locale)}</td>
                <td className={num}>
                  <span className="block" data-column="dwell">{formatSeconds(o.avgDwell, locale)}</span>
                  {o.dwell?.status && (
                    <StatusChip
                      status={o.dwell.status}
                      label={t.dwellStatus[o.dwell.status]}
                      title={fill(t.benchmarkTitle, { value: o.dwell.benchmark.value, source: o.dwell.benchmark.page ? fill(t.sourcePage, { page: o.dwell.benchmark.page }) : o.dwell.benchmark.key })}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

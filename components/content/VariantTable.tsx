import { CAPTION, TABLE, TABLE_WRAP, TD, TH } from "@/components/data/ui";
import { StatusChip } from "@/components/kpi/StatusChip";
import { formatCount, formatPercent, formatPp, formatSeconds } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { ContentMessages } from "@/lib/i18n/messages/content";
import type { ContentTestResponse } from "@/lib/schemas/api/content-tests";
import { formatPpInterval, formatProbability, formatPValue, formatRateInterval } from "./figures";

/** Every variant's figures as the service gives them, each against the control. */
export function VariantTable({ report, locale, messages: m }: { report: ContentTestResponse; locale: Locale; messages: ContentMessages }) {
  const t = m.test;
  const num = `${TD} whitespace-nowrap text-right tabular-nums`;
  return (
    <div className={`${TABLE_WRAP} focus-visible:outline-2 focus-visible:outline-indigo-500`} tabIndex={0} role="region" aria-label={t.tableLabel}>
      <table className={TABLE} data-testid="variant-table">
        <caption className="sr-only">{t.title}</caption>
        <thead className="bg-slate-50 dark:bg-slate-800/60">
          <tr>
            <th scope="col" className={TH}>{t.variant}</th>
            <th scope="col" className={`${TH} text-right`}>{t.items}</th>
            <th scope="col" className={`${TH} text-right`}>{t.impressions}</th>
            <th scope="col" className={`${TH} text-right`}>{t.ctr}</th>
            <th scope="col" className={`${TH} text-right`}>{t.diff}</th>
            <th scope="col" className={`${TH} text-right`}>{t.pValue}</th>
            <th scope="col" className={`${TH} text-right`}>{t.probability}</th>
            <th scope="col" className={`${TH} text-right`}>{t.interactionRate}</th>
            <th scope="col" className={`${TH} text-right`}>{t.dwell}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {report.variants.map((v) => {
            const ctr = formatRateInterval(v.ctr, v.ctrInterval, locale);
            const vs = v.vsControl;
            const diffInterval = formatPpInterval(vs?.ctrDiffIntervalPp ?? null, locale);
            return (
              <tr key={v.variant} data-testid="variant-row" data-variant={v.variant}>
                <th scope="row" className={`${TD} text-left font-medium`}>
                  <span className="block whitespace-nowrap">{v.variant}</span>
                  <span className="flex flex-wrap gap-1">
                    {v.isControl && <span className={CAPTION}>{t.control}</span>}
                    {report.winner === v.variant && (
                      <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-600/20 ring-inset dark:bg-emerald-950 dark:text-emerald-200" data-testid="winner-badge">
                        {t.winnerBadge}
                      </span>
                    )}
                  </span>
                </th>
                <td className={num} data-column="items">{formatCount(v.items, locale)}</td>
                <td className={num} data-column="impressions">{formatCount(v.impressions, locale)}</td>
                <td className={num}>
                  <span className="block" data-column="ctr">{ctr.value}</span>
                  {ctr.interval && <span className={`${CAPTION} whitespace-nowrap`} data-column="ctrInterval">{ctr.interval}</span>}
                </td>
                <td className={num}>
                  <span className="block whitespace-nowrap" data-column="diff">{vs ? formatPp(vs.ctrDiffPp, locale) : "—"}</span>
                  {diffInterval && <span className={`${CAPTION} whitespace-nowrap`}>{diffInterval}</span>}
                </td>
                <td className={num}>
                  <span className="block" data-column="pValue">{vs ? formatPValue(vs.test?.pValue ?? null) : "—"}</span>
                  {vs && <span className={`${CAPTION} whitespace-nowrap`} data-column="significance">{t.significance[vs.test?.significance ?? "too_little_data"]}</span>}
                </td>
                <td className={num} data-column="probability">{vs ? formatProbability(vs.probabilityToBeatControl, locale) : "—"}</td>
                <td className={num} data-column="interactionRate">{formatPercent(v.interactionRate, locale)}</td>
                <td className={num}>
                  <span className="block" data-column="dwell">{v.avgDwell === null ? t.noDwell : formatSeconds(v.avgDwell, locale)}</span>
                  {v.dwell?.status && (
                    <StatusChip
                      status={v.dwell.status}
                      label={t.dwellStatus[v.dwell.status]}
                      title={fill(t.benchmarkTitle, { value: v.dwell.benchmark.value, source: v.dwell.benchmark.page ? fill(t.sourcePage, { page: v.dwell.benchmark.page }) : v.dwell.benchmark.key })}
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

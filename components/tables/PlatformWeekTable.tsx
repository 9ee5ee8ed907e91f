import { formatChange, formatCount, formatMoney, formatPercent, formatRoi } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/en";
import type { BenchmarkStatus } from "@/lib/metrics/benchmarks";
import { PLATFORMS, platformName } from "@/lib/reference/platforms";
import type { KpiCell, PlatformWeekRow } from "@/lib/services/platform-week-overview";

const STATUS_CELL: Record<BenchmarkStatus, string> = {
  above: "text-emerald-700 dark:text-emerald-300",
  near: "text-amber-700 dark:text-amber-300",
  below: "text-red-700 dark:text-red-300",
};

function statusText(status: BenchmarkStatus | null, m: Messages["home"]): string | undefined {
  if (status === null) return undefined;
  return { above: m.statusAbove, near: m.statusNear, below: m.statusBelow }[status];
}

function KpiTd({ cell, text, m }: { cell: KpiCell; text: string; m: Messages["home"] }) {
  const label = statusText(cell.status, m);
  return (
    <td className={`px-3 py-2 text-right tabular-nums ${cell.status ? STATUS_CELL[cell.status] : ""}`} title={label}>
      {text}
      {label && <span className="sr-only"> ({label})</span>}
    </td>
  );
}

interface Props {
  rows: PlatformWeekRow[];
  total: Omit<PlatformWeekRow, "platformKey">;
  locale: Locale;
  currency: string;
  messages: Messages["home"];
  caption: string;
}

export function PlatformWeekTable({ rows, total, locale, currency, messages: m, caption }: Props) {
  const headers = [m.impressions, m.vsPreviousWeek, m.clicks, m.ctr, m.interactionRate, m.conversionRate, m.roi, m.spend, m.revenue];
  const cells = (r: Omit<PlatformWeekRow, "platformKey">) => (
    <>
      <td className="px-3 py-2 text-right tabular-nums">{formatCount(r.impressions, locale)}</td>
      <td className="px-3 py-2 text-right tabular-nums text-slate-500 dark:text-slate-400">{formatChange(r.impressionsChange, locale)}</td>
      <td className="px-3 py-2 text-right tabular-nums">{formatCount(r.clicks, locale)}</td>
      <KpiTd cell={r.kpis.ctr} text={formatPercent(r.kpis.ctr.value, locale)} m={m} />
      <KpiTd cell={r.kpis.interactionRate} text={formatPercent(r.kpis.interactionRate.value, locale)} m={m} />
      <KpiTd cell={r.kpis.conversionRate} text={formatPercent(r.kpis.conversionRate.value, locale)} m={m} />
      <KpiTd cell={r.kpis.roi} text={formatRoi(r.kpis.roi.value)} m={m} />
      <td className="px-3 py-2 text-right tabular-nums">{formatMoney(r.spendMinor, currency, locale)}</td>
      <td className="px-3 py-2 text-right tabular-nums">{formatMoney(r.revenueMinor, currency, locale)}</td>
    </>
  );
  return (
    <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <table data-testid="platform-week-table" className="min-w-full text-sm">
        <caption className="px-4 pt-3 text-left text-xs text-slate-500 dark:text-slate-400">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:text-slate-400">
            <th scope="col" className="sticky left-0 bg-white px-3 py-2 text-left font-medium dark:bg-slate-900">
              {m.platform}
            </th>
            {headers.map((h) => (
              <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 text-right font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((r) => (
            <tr key={r.platformKey} data-platform={r.platformKey} className="hover:bg-slate-50 dark:hover:bg-slate-800/50">
              <th scope="row" className="sticky left-0 whitespace-nowrap bg-white px-3 py-2 text-left font-medium dark:bg-slate-900">
                <span aria-hidden className="mr-2 inline-block h-2.5 w-2.5 rounded-full" style={{ background: PLATFORMS[r.platformKey].color }} />
                {platformName(r.platformKey, locale)}
              </th>
              {cells(r)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-200 font-semibold dark:border-slate-700">
            <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left dark:bg-slate-900">
              {m.allPlatforms}
            </th>
            {cells(total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

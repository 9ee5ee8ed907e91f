import { DomainMarginChart } from "@/components/charts/DomainMarginChart";
import { RankedBars } from "@/components/charts/RankedBars";
import { formatMoney, formatPercent, formatRoi } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/en";
import type { DomainFigures } from "@/lib/services/executive-summary";
import { Card, LegendItem } from "./Card";
import { TrafficLight } from "./TrafficLight";

/** One colour per side, distinct from each other on light and dark backgrounds. */
export const DOMAIN_COLORS = { public: "#0ea5e9", private: "#10b981" } as const satisfies Record<DomainFigures["domain"], string>;

type M = Messages["executive"];

function status(s: DomainFigures["roiBenchmark"], m: M) {
  if (!s?.status) return null;
  const label = { above: m.statusAbove, near: m.statusNear, below: m.statusBelow }[s.status];
  const title = { above: m.statusAboveLong, near: m.statusNearLong, below: m.statusBelowLong }[s.status];
  return <TrafficLight status={s.status} label={label} title={title} />;
}

/** Public vs private domain: margin against each side's report figure, ROI against 1:18, and the numbers. */
export function DomainSplitCard({ domains, locale, currency, messages: m }: { domains: DomainFigures[]; locale: Locale; currency: string; messages: M }) {
  const sides = (["public", "private"] as const).flatMap((d) => domains.filter((x) => x.domain === d));
  const name = (d: DomainFigures["domain"]) => (d === "public" ? m.publicShort : m.privateShort);
  const hasData = sides.some((s) => s.revenueMinor !== null || s.spendMinor !== null);
  const roiBenchmark = sides.find((s) => s.roiBenchmark)?.roiBenchmark ?? null;
  const roiBenchmarkLabel = roiBenchmark ? `${m.benchmark} ${formatRoi(roiBenchmark.value, 0)}` : null;
  const pct = (v: number | null) => formatPercent(v, locale);
  const side = (d: DomainFigures["domain"]) => sides.find((s) => s.domain === d);
  const summary = fill(m.domainsSummary, {
    publicMargin: pct(side("public")?.profitMargin ?? null),
    publicBenchmark: pct(side("public")?.profitMarginBenchmark?.value ?? null),
    privateMargin: pct(side("private")?.profitMargin ?? null),
    privateBenchmark: pct(side("private")?.profitMarginBenchmark?.value ?? null),
    publicRoi: formatRoi(side("public")?.roi ?? null),
    privateRoi: formatRoi(side("private")?.roi ?? null),
    roiBenchmark: roiBenchmark ? formatRoi(roiBenchmark.value, 0) : "—",
  });

  return (
    <Card title={m.domainsTitle} caption={m.domainsCaption} testId="executive-domains">
      {!hasData ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{m.noDomainData}</p>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-2 print:grid-cols-2">
            <figure className="flex min-w-0 flex-col gap-1">
              <figcaption className="text-xs font-medium text-slate-700 dark:text-slate-200">{m.marginChartTitle}</figcaption>
              <DomainMarginChart
                testId="domain-margin-chart"
                title={m.marginChartTitle}
                desc={summary}
                locale={locale}
                labels={{ value: m.profitMargin, benchmark: m.reportFigure }}
                data={sides.map((s) => ({
                  key: s.domain,
                  name: name(s.domain),
                  value: s.profitMargin,
                  benchmark: s.profitMarginBenchmark?.value ?? null,
                  color: DOMAIN_COLORS[s.domain],
                }))}
              />
              <div className="flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-300">
                {sides.map((s) => (
                  <span key={s.domain} className="inline-flex items-center gap-1.5">
                    <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: DOMAIN_COLORS[s.domain] }} />
                    {name(s.domain)}
                  </span>
                ))}
                <LegendItem swatch="bar" label={m.reportFigure} />
              </div>
            </figure>
            <figure className="flex min-w-0 flex-col gap-1">
              <figcaption className="text-xs font-medium text-slate-700 dark:text-slate-200">{m.roiChartTitle}</figcaption>
              <RankedBars
                testId="domain-roi-chart"
                title={m.roiChartTitle}
                desc={summary}
                locale={locale}
                unit="roi"
                valueLabel={m.roi}
                rowHeight={44}
                benchmark={roiBenchmark && roiBenchmarkLabel ? { value: roiBenchmark.value, label: roiBenchmarkLabel } : null}
                data={sides.map((s) => ({ key: s.domain, name: name(s.domain), value: s.roi, color: DOMAIN_COLORS[s.domain] }))}
              />
            </figure>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="domain-table">
              <caption className="sr-only">{m.domainsTitle}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
                  <th scope="col" className="py-1.5 pr-3 font-medium">
                    {m.metric}
                  </th>
                  {sides.map((s) => (
                    <th key={s.domain} scope="col" className="py-1.5 pr-3 text-right font-medium">
                      {s.domain === "public" ? m.public : m.private}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="tabular-nums">
                <tr className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {m.conversionRate}
                  </th>
                  {sides.map((s) => (
                    <td key={s.domain} className="py-1.5 pr-3 text-right" data-testid={`domain-${s.domain}-conversion`}>
                      {pct(s.conversionRate)}
                    </td>
                  ))}
                </tr>
                <tr className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {m.profitMargin}
                  </th>
                  {sides.map((s) => (
                    <td key={s.domain} className="py-1.5 pr-3 text-right" data-testid={`domain-${s.domain}-margin`}>
                      <div className="flex flex-wrap items-center justify-end gap-x-2 gap-y-1">
                        <span>{pct(s.profitMargin)}</span>
                        {status(s.profitMarginBenchmark, m)}
                      </div>
                      {s.profitMarginBenchmark && (
                        <div className="text-xs text-slate-500 dark:text-slate-400">
                          {m.reportFigure} {formatPercent(s.profitMarginBenchmark.value, locale, 0)}
                        </div>
                      )}
                    </td>
                  ))}
                </tr>
                <tr className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {m.roi}
                  </th>
                  {sides.map((s) => (
                    <td key={s.domain} className="py-1.5 pr-3 text-right" data-testid={`domain-${s.domain}-roi`}>
                      <div className="flex flex-wrap items-center justify-end gap-x-2 gap-y-1">
                        <span>{formatRoi(s.roi)}</span>
                        {status(s.roiBenchmark, m)}
                      </div>
                      {s.roiBenchmark && (
                        <div className="text-xs text-slate-500 dark:text-slate-400">
                          {m.benchmark} {formatRoi(s.roiBenchmark.value, 0)}
                        </div>
                      )}
                    </td>
                  ))}
                </tr>
                <tr className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {m.revenue}
                  </th>
                  {sides.map((s) => (
                    <td key={s.domain} className="py-1.5 pr-3 text-right">
                      {formatMoney(s.revenueMinor, currency, locale)}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {m.spend}
                  </th>
                  {sides.map((s) => (
                    <td key={s.domain} className="py-1.5 pr-3 text-right">
                      {formatMoney(s.spendMinor, currency, locale)}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
}

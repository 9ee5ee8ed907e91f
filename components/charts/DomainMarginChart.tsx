import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { ChartTooltipBox } from "./ChartTooltipBox";
import { HBarChart } from "./svg/HBarChart";

export interface DomainMarginDatum {
  /** public | private */
  key: string;
  name: string;
  value: number | null;
  /** the report's figure for this side */
  benchmark: number | null;
  color: string;
}

export interface DomainMarginChartProps {
  data: DomainMarginDatum[];
  locale: Locale;
  labels: { value: string; benchmark: string };
  testId: string;
  /** the chart's accessible name and description (the caller also shows the numbers as text) */
  title: string;
  desc: string;
}

/**
 * Each domain's profit margin beside the report's figure for that side
 * (12% public, 28% private): two bars per row, the report's in grey, since
 * each side has its own benchmark. Drawn on the server.
 */
export function DomainMarginChart({ data, locale, labels, testId, title, desc }: DomainMarginChartProps) {
  const pct = (v: number | null) => formatPercent(v, locale);
  return (
    <HBarChart
      testId={testId}
      title={title}
      desc={desc}
      className="exec-chart"
      height={160}
      categoryWidth={locale === "zh-CN" ? 44 : 64}
      margin={{ top: 4, right: 24, bottom: 0 }}
      maxBarSize={16}
      fontSize={11}
      benchmark={null}
      formatTick={(v) => formatPercent(v, locale, 0)}
      rows={data.map((d) => ({
        key: d.key,
        name: d.name,
        bars: [
          { value: d.value, color: d.color },
          { value: d.benchmark, color: "var(--chart-axis)", opacity: 0.45, className: "benchmark-bar" },
        ],
        tip: (
          <ChartTooltipBox title={d.name} color={d.color}>
            <p className="tabular-nums">
              {labels.value}: <strong>{pct(d.value)}</strong>
            </p>
            <p className="tabular-nums">
              {labels.benchmark}: {pct(d.benchmark)}
            </p>
          </ChartTooltipBox>
        ),
      }))}
    />
  );
}

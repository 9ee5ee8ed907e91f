// The platform page's three charts. The page passes plain data (numbers,
// labels, the unit); these wrappers turn the unit into formatters and hand
// everything to the drawing components in components/charts, which draw on
// the server (no charting library reaches the browser).
import { BubbleScatterChart, type BubbleDatum } from "@/components/charts/BubbleScatterChart";
import { KpiBarChart, type KpiBarDatum } from "@/components/charts/KpiBarChart";
import { TrendLines } from "@/components/charts/TrendLines";
import type { TrendBucketDatum, TrendLineDatum } from "@/components/charts/TrendLinesChart";
import { formatMoney, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { formatKpiShort, formatKpiValue, type ValueFormat } from "./format";
import { BAR_CHART_HEIGHT, SCATTER_CHART_HEIGHT, TREND_CHART_HEIGHT } from "./layout";

type Benchmark = { value: number; label: string } | null;

export function PlatformKpiBars(props: {
  data: KpiBarDatum[];
  format: ValueFormat;
  valueLabel: string;
  definition: string;
  benchmark: Benchmark;
}) {
  const { format } = props;
  return (
    <KpiBarChart
      testId="platform-bar-chart"
      data={props.data}
      valueLabel={props.valueLabel}
      definition={props.definition}
      benchmark={props.benchmark}
      formatValue={(v) => formatKpiValue(v, format)}
      formatTick={(v) => formatKpiShort(v, format)}
      height={BAR_CHART_HEIGHT}
      categoryWidth={format.locale === "zh-CN" ? 88 : 150}
    />
  );
}

export function PlatformTrend(props: {
  buckets: TrendBucketDatum[];
  lines: TrendLineDatum[];
  format: ValueFormat;
  definition: string;
  benchmark: Benchmark;
  labels: { legend: string; showAll: string; hideAll: string; partial: string };
}) {
  const { format } = props;
  return (
    <TrendLines
      testId="platform-trend-chart"
      buckets={props.buckets}
      lines={props.lines}
      definition={props.definition}
      benchmark={props.benchmark}
      formatValue={(v) => formatKpiValue(v, format)}
      formatTick={(v) => formatKpiShort(v, format)}
      height={TREND_CHART_HEIGHT}
      labels={props.labels}
    />
  );
}

export function PlatformScatter(props: {
  points: BubbleDatum[];
  locale: Locale;
  currency: string;
  labels: { x: string; y: string; z: string };
  xBenchmark: Benchmark;
  yBenchmark: Benchmark;
}) {
  const { locale, currency } = props;
  return (
    <BubbleScatterChart
      testId="platform-scatter-chart"
      points={props.points}
      labels={props.labels}
      xBenchmark={props.xBenchmark}
      yBenchmark={props.yBenchmark}
      formatX={(v) => formatPercent(v, locale)}
      formatY={(v) => formatPercent(v, locale)}
      formatXTick={(v) => formatPercent(v, locale, 1)}
      formatYTick={(v) => formatPercent(v, locale, 1)}
      formatZ={(minor) => formatMoney(minor, currency, locale)}
      height={SCATTER_CHART_HEIGHT}
    />
  );
}

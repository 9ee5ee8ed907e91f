import { formatPercent, formatRoi, formatScore } from "@/lib/format";
import { ChartTooltipBox } from "./ChartTooltipBox";
import type { RankedBarChartProps } from "./RankedBarChart";
import { HBarChart } from "./svg/HBarChart";

/**
 * RankedBarChart drawn on the server (no charting library in the browser):
 * horizontal bars in the order given, one colour per row, the benchmark as a
 * dashed line. Same props; the pages that have moved to it use this one.
 */
export function RankedBars({ data, locale, unit, valueLabel, benchmark, testId, title, desc, rowHeight = 26 }: RankedBarChartProps) {
  const format = (v: number | null, axis = false) => {
    if (unit === "score") return formatScore(v, locale, axis ? 0 : 2);
    return unit === "roi" ? (v === null ? "—" : axis ? (v === 0 ? "0" : formatRoi(v, 0)) : formatRoi(v)) : formatPercent(v, locale, axis ? 0 : 2);
  };
  return (
    <HBarChart
      testId={testId}
      title={title}
      desc={desc}
      className="exec-chart"
      height={40 + data.length * rowHeight}
      categoryWidth={locale === "zh-CN" ? 84 : 132}
      margin={{ top: 20, right: 24, bottom: 0 }}
      maxBarSize={18}
      fontSize={11}
      domain={unit === "score" ? [0, 5] : undefined}
      benchmark={benchmark}
      formatTick={(v) => format(v, true)}
      rows={data.map((d) => ({
        key: d.key,
        name: d.name,
        bars: [{ value: d.value, color: d.color }],
        tip: (
          <ChartTooltipBox title={d.name} color={d.color}>
            <p className="tabular-nums">
              {valueLabel}: <strong>{format(d.value)}</strong>
            </p>
            {benchmark && <p>{benchmark.label}</p>}
          </ChartTooltipBox>
        ),
      }))}
    />
  );
}

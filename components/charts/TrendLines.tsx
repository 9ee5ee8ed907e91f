// TrendLinesChart drawn on the server (no charting library in the browser):
// one line per series over buckets, the benchmark as a dashed line, partial
// buckets dashed with hollow dots, tooltips through ChartTips, and a legend
// of toggle buttons (the only script) that hide and show lines.
import { ChartKey } from "./ChartKey";
import { ChartTooltipBox } from "./ChartTooltipBox";
import type { TrendLinesChartProps } from "./TrendLinesChart";
import { LineChart, type LineSeries } from "./svg/LineChart";
import { SeriesLegend } from "./svg/SeriesLegend";

export function TrendLines(props: TrendLinesChartProps) {
  const { buckets, lines, formatValue, formatTick, benchmark, height, testId, labels } = props;
  const hasPartial = buckets.some((b) => b.partial);
  const touches = (i: number) => buckets[i]?.partial === true || buckets[i - 1]?.partial === true || buckets[i + 1]?.partial === true;
  const partialIdx = buckets.flatMap((b, i) => (b.partial ? [i] : []));
  const series: LineSeries[] = lines.flatMap((l) => [
    { id: l.id, color: l.color, values: l.values.map((v, i) => (buckets[i]?.partial ? null : (v ?? null))), className: `trend-line trend-line-${l.id}` },
    ...(hasPartial
      ? [
          {
            id: l.id,
            color: l.color,
            values: l.values.map((v, i) => (touches(i) ? (v ?? null) : null)),
            dashed: "5 4",
            hollowDots: partialIdx,
            className: `trend-line-partial trend-line-${l.id}`,
          },
        ]
      : []),
  ]);

  return (
    <div className="flex flex-col gap-3">
      <LineChart
        testId={testId}
        title={labels.legend}
        height={height}
        margin={{ top: 16, right: benchmark ? 48 : 16, bottom: 4, left: 68 }}
        xs={buckets.map((b) => ({ key: b.key, label: b.label }))}
        series={series}
        zero={false}
        formatTick={formatTick}
        benchmark={benchmark ? { value: benchmark.value, label: formatTick(benchmark.value), position: "right" } : null}
        tips={buckets.map((b, i) => (
          <ChartTooltipBox key={b.key} title={`${b.longLabel}${b.partial ? ` (${labels.partial})` : ""}`}>
            <ul className="grid grid-cols-[auto_auto] gap-x-3 tabular-nums">
              {lines.map((l) => (
                <li key={l.id} className="contents" data-line={l.id}>
                  <span className="flex items-center gap-1.5">
                    <span aria-hidden className="inline-block h-2 w-2 rounded-full" style={{ background: l.color }} />
                    {l.name}
                  </span>
                  <span className="text-right font-medium">
                    {formatValue(l.values[i] ?? null)}
                  </span>
                </li>
              ))}
            </ul>
            {benchmark && <p className="mt-1">{benchmark.label}</p>}
            <p className="mt-1 max-w-64 text-slate-500 dark:text-slate-400">{props.definition}</p>
          </ChartTooltipBox>
        ))}
      />
      <ChartKey benchmark={benchmark} partial={hasPartial ? labels.partial : null} testId={testId} />
      <SeriesLegend chartId={testId} testId={`${testId}-legend`} lines={lines.map((l) => ({ id: l.id, name: l.name, color: l.color }))} labels={labels} />
    </div>
  );
}

import { ChartTooltipBox } from "./ChartTooltipBox";
import { HBarChart } from "./svg/HBarChart";

export interface KpiBarDatum {
  /** stable key (platform key); the axis shows `name` */
  id: string;
  name: string;
  value: number | null;
  color: string;
  /** a benchmark that applies to this bar only (e.g. Douyin's 8 s dwell), drawn as a ◆ marker */
  marker: { value: number; label: string } | null;
}

export interface KpiBarChartProps {
  /** drawn top to bottom in this order (the caller sorts best-first) */
  data: KpiBarDatum[];
  valueLabel: string;
  /** formula and denominator, shown in the tooltip */
  definition: string;
  formatValue: (value: number | null) => string;
  formatTick: (value: number) => string;
  benchmark: { value: number; label: string } | null;
  height: number;
  /** width of the category axis (platform names) */
  categoryWidth: number;
  testId: string;
}

/**
 * Horizontal bars of one KPI per platform with the general benchmark as a
 * dashed line and platform-specific benchmarks as ◆ markers on their bars.
 * Draws only (on the server): values, order and benchmarks come from the caller.
 */
export function KpiBarChart(props: KpiBarChartProps) {
  const { data, formatValue, benchmark } = props;
  return (
    <HBarChart
      testId={props.testId}
      title={props.valueLabel}
      height={props.height}
      categoryWidth={props.categoryWidth}
      margin={{ top: 28, right: 56, bottom: 4 }}
      maxBarSize={22}
      benchmark={benchmark}
      formatTick={props.formatTick}
      formatValue={(v) => formatValue(v)}
      rows={data.map((d) => ({
        key: d.id,
        name: d.name,
        bars: [{ value: d.value, color: d.color }],
        marker: d.marker?.value ?? null,
        tip: (
          <ChartTooltipBox title={d.name} color={d.color}>
            <p className="tabular-nums">
              {props.valueLabel}: <strong>{formatValue(d.value)}</strong>
            </p>
            {d.marker && <p>◆ {d.marker.label}</p>}
            {!d.marker && benchmark && <p>{benchmark.label}</p>}
            <p className="mt-1 max-w-64 text-slate-500 dark:text-slate-400">{props.definition}</p>
          </ChartTooltipBox>
        ),
      }))}
    />
  );
}

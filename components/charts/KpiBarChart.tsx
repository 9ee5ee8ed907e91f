"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltipBox } from "./ChartTooltipBox";

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

/** Rough width of a label at 12 px: CJK characters are square, Latin ones about half as wide. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 12 : 6.4;
  return w;
}

/** A category label on one line, shortened with "…" when it would not fit (the full name is in its <title>, the tooltip and the table). */
function CategoryTick(props: { x?: number | string; y?: number | string; payload?: { value?: unknown }; names: Map<string, string>; width: number }) {
  const id = String(props.payload?.value ?? "");
  const full = props.names.get(id) ?? id;
  let shown = full;
  while (shown.length > 1 && textWidth(shown) > props.width - 10) shown = shown.slice(0, -1);
  if (shown !== full) shown = `${shown.slice(0, -1).trimEnd()}…`;
  return (
    <text className="bar-category" x={Number(props.x)} y={Number(props.y)} dy={4} textAnchor="end" fill="var(--chart-axis)" fontSize={12}>
      <title>{full}</title>
      {shown}
    </text>
  );
}

function Diamond({ cx, cy }: { cx?: number; cy?: number }) {
  if (cx === undefined || cy === undefined) return <g />;
  const r = 6;
  return (
    <path
      className="benchmark-marker"
      d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`}
      fill="var(--chart-tooltip-bg)"
      stroke="var(--chart-benchmark)"
      strokeWidth={1.5}
    />
  );
}

/**
 * Horizontal bars of one KPI per platform with the general benchmark as a
 * dashed line and platform-specific benchmarks as ◆ markers on their bars.
 * Draws only: values, order and benchmarks come from the caller.
 */
export function KpiBarChart(props: KpiBarChartProps) {
  const { data, formatValue, formatTick, benchmark, height, categoryWidth, testId } = props;
  const names = new Map(data.map((d) => [d.id, d.name]));
  const hasNegative = data.some((d) => d.value !== null && d.value < 0);
  return (
    <div data-testid={testId} style={{ height }} className="w-full">
      <BarChart
        responsive
        layout="vertical"
        data={data}
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 28, right: 56, bottom: 4, left: 0 }}
        accessibilityLayer
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={hasNegative ? ["auto", "auto"] : [0, "auto"]}
          tickFormatter={formatTick}
          tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
          tickLine={false}
          axisLine={false}
        />
        <YAxis
          type="category"
          dataKey="id"
          width={categoryWidth}
          interval={0}
          tick={(tick: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => (
            <CategoryTick {...tick} names={names} width={categoryWidth} />
          )}
          tickLine={false}
          axisLine={{ stroke: "var(--chart-grid)" }}
        />
        <Tooltip
          cursor={{ fill: "var(--chart-grid)", opacity: 0.5 }}
          content={({ active, payload }) => {
            const d = active ? (payload?.[0]?.payload as KpiBarDatum | undefined) : undefined;
            if (!d) return null;
            return (
              <ChartTooltipBox title={d.name} color={d.color}>
                <p className="tabular-nums">
                  {props.valueLabel}: <strong>{formatValue(d.value)}</strong>
                </p>
                {d.marker && <p>◆ {d.marker.label}</p>}
                {!d.marker && benchmark && <p>{benchmark.label}</p>}
                <p className="mt-1 max-w-64 text-slate-500 dark:text-slate-400">{props.definition}</p>
              </ChartTooltipBox>
            );
          }}
        />
        <Bar dataKey="value" name={props.valueLabel} radius={[0, 4, 4, 0]} maxBarSize={22} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.id} fill={d.color} />
          ))}
          <LabelList
            dataKey="value"
            position="right"
            formatter={(v) => (typeof v === "number" ? formatValue(v) : "")}
            // a halo in the card's colour keeps the value readable where the benchmark line crosses it
            style={{ fill: "var(--chart-axis)", fontSize: 11, paintOrder: "stroke", stroke: "var(--chart-tooltip-bg)", strokeWidth: 3 }}
          />
        </Bar>
        {benchmark && (
          <ReferenceLine
            x={benchmark.value}
            stroke="var(--chart-benchmark)"
            strokeDasharray="6 4"
            strokeWidth={1.5}
            ifOverflow="extendDomain"
            className="benchmark-line"
            label={{ value: benchmark.label, position: "top", fill: "var(--chart-axis)", fontSize: 12 }}
          />
        )}
        {data.map((d) =>
          d.marker ? (
            <ReferenceDot key={`marker-${d.id}`} x={d.marker.value} y={d.id} ifOverflow="extendDomain" shape={Diamond} />
          ) : null,
        )}
      </BarChart>
    </div>
  );
}

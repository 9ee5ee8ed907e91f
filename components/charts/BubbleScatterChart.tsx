"use client";

import { CartesianGrid, Cell, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import { ChartTooltipBox } from "./ChartTooltipBox";

export interface BubbleDatum {
  /** stable key (platform key) */
  id: string;
  name: string;
  color: string;
  x: number;
  y: number;
  /** bubble size; null draws the smallest bubble */
  z: number | null;
}

export interface BubbleScatterChartProps {
  points: BubbleDatum[];
  labels: { x: string; y: string; z: string };
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  formatZ: (value: number | null) => string;
  formatXTick: (value: number) => string;
  formatYTick: (value: number) => string;
  xBenchmark: { value: number; label: string } | null;
  yBenchmark: { value: number; label: string } | null;
  height: number;
  testId: string;
}

/**
 * x × y per series with bubble size z, and benchmark lines on both axes
 * that split the plane into quadrants. Draws only.
 */
export function BubbleScatterChart(props: BubbleScatterChartProps) {
  const { points, labels, xBenchmark, yBenchmark, height, testId } = props;
  const data = points.map((p) => ({ ...p, size: p.z ?? 0 }));
  return (
    <div data-testid={testId} style={{ height }} className="w-full">
      <ScatterChart
        responsive
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 24, right: 24, bottom: 24, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          dataKey="x"
          name={labels.x}
          domain={[0, "auto"]}
          tickFormatter={props.formatXTick}
          tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
          tickLine={false}
          axisLine={{ stroke: "var(--chart-grid)" }}
          label={{ value: labels.x, position: "insideBottom", offset: -16, fill: "var(--chart-axis)", fontSize: 12 }}
        />
        <YAxis
          type="number"
          dataKey="y"
          name={labels.y}
          domain={[0, "auto"]}
          tickFormatter={props.formatYTick}
          tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
          tickLine={false}
          axisLine={{ stroke: "var(--chart-grid)" }}
          width={64}
          label={{ value: labels.y, angle: -90, position: "insideLeft", offset: 4, fill: "var(--chart-axis)", fontSize: 12, style: { textAnchor: "middle" } }}
        />
        <ZAxis type="number" dataKey="size" range={[60, 1400]} name={labels.z} />
        <Tooltip
          cursor={{ strokeDasharray: "3 3", stroke: "var(--chart-axis)" }}
          content={({ active, payload }) => {
            const d = active ? (payload?.[0]?.payload as BubbleDatum | undefined) : undefined;
            if (!d) return null;
            return (
              <ChartTooltipBox title={d.name} color={d.color}>
                <dl className="grid grid-cols-[auto_auto] gap-x-3 tabular-nums">
                  <dt>{labels.x}</dt>
                  <dd className="text-right font-medium">{props.formatX(d.x)}</dd>
                  <dt>{labels.y}</dt>
                  <dd className="text-right font-medium">{props.formatY(d.y)}</dd>
                  <dt>{labels.z}</dt>
                  <dd className="text-right font-medium">{props.formatZ(d.z)}</dd>
                </dl>
              </ChartTooltipBox>
            );
          }}
        />
        {xBenchmark && (
          <ReferenceLine
            x={xBenchmark.value}
            stroke="var(--chart-benchmark)"
            strokeDasharray="6 4"
            strokeWidth={1.5}
            ifOverflow="extendDomain"
            className="benchmark-line"
            label={{ value: xBenchmark.label, position: "insideTopLeft", fill: "var(--chart-axis)", fontSize: 11 }}
          />
        )}
        {yBenchmark && (
          <ReferenceLine
            y={yBenchmark.value}
            stroke="var(--chart-benchmark)"
            strokeDasharray="6 4"
            strokeWidth={1.5}
            ifOverflow="extendDomain"
            className="benchmark-line"
            label={{ value: yBenchmark.label, position: "insideBottomRight", fill: "var(--chart-axis)", fontSize: 11 }}
          />
        )}
        <Scatter data={data} isAnimationActive={false} fillOpacity={0.75}>
          {data.map((d) => (
            <Cell key={d.id} fill={d.color} stroke={d.color} strokeWidth={1.5} />
          ))}
        </Scatter>
      </ScatterChart>
    </div>
  );
}

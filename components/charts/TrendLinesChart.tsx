"use client";

import { useState } from "react";
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartKey } from "./ChartKey";
import { ChartTooltipBox } from "./ChartTooltipBox";
import { LegendToggles } from "./LegendToggles";

export interface TrendBucketDatum {
  key: string;
  /** short axis label */
  label: string;
  /** full label for the tooltip */
  longLabel: string;
  partial: boolean;
}

export interface TrendLineDatum {
  /** stable key (platform key) */
  id: string;
  name: string;
  color: string;
  /** aligned with `buckets` */
  values: (number | null)[];
}

export interface TrendLinesChartProps {
  buckets: TrendBucketDatum[];
  lines: TrendLineDatum[];
  formatValue: (value: number | null) => string;
  formatTick: (value: number) => string;
  benchmark: { value: number; label: string } | null;
  definition: string;
  height: number;
  testId: string;
  labels: { legend: string; showAll: string; hideAll: string; partial: string };
}

const PARTIAL_SUFFIX = "__partial";

type Row = Record<string, string | number | boolean | null>;

/**
 * Each line is drawn solid over complete buckets and dashed into and across
 * partial ones: the dashed copy holds the partial buckets' values and those
 * of their complete neighbours, so the two meet.
 */
function rowsOf(buckets: TrendBucketDatum[], lines: TrendLineDatum[]): Row[] {
  return buckets.map((bucket, i) => {
    const row: Row = { key: bucket.key, partial: bucket.partial };
    const touchesPartial = bucket.partial || buckets[i - 1]?.partial === true || buckets[i + 1]?.partial === true;
    for (const line of lines) {
      const value = line.values[i] ?? null;
      row[line.id] = bucket.partial ? null : value;
      row[line.id + PARTIAL_SUFFIX] = touchesPartial ? value : null;
    }
    return row;
  });
}

function PartialDot(props: { cx?: number; cy?: number; stroke?: string; payload?: Row; value?: unknown }) {
  const { cx, cy, stroke, payload, value } = props;
  if (cx === undefined || cy === undefined || !payload?.partial || value === null || value === undefined) return <g />;
  return <circle className="partial-dot" cx={cx} cy={cy} r={4} fill="var(--chart-tooltip-bg)" stroke={stroke} strokeWidth={2} />;
}

/**
 * One line per series over buckets, the benchmark as a dashed reference
 * line, partial buckets dashed with hollow dots, and a legend of toggle
 * buttons (keyboard-operable) that hide and show lines.
 */
export function TrendLinesChart(props: TrendLinesChartProps) {
  const { buckets, lines, formatValue, formatTick, benchmark, height, testId, labels } = props;
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const data = rowsOf(buckets, lines);
  const byKey = new Map(buckets.map((b, i) => [b.key, { bucket: b, index: i }]));
  const hasPartial = buckets.some((b) => b.partial);

  return (
    <div data-testid={testId} className="flex flex-col gap-3">
      <div style={{ height }} className="w-full">
        <LineChart
          responsive
          data={data}
          style={{ width: "100%", height: "100%" }}
          margin={{ top: 16, right: benchmark ? 48 : 16, bottom: 4, left: 4 }}
          accessibilityLayer
        >
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis
            dataKey="key"
            tickFormatter={(key: string) => byKey.get(key)?.bucket.label ?? key}
            tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
            tickLine={false}
            axisLine={{ stroke: "var(--chart-grid)" }}
            minTickGap={16}
          />
          <YAxis
            tickFormatter={formatTick}
            tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
            tickLine={false}
            axisLine={false}
            width={64}
            domain={["auto", "auto"]}
          />
          <Tooltip
            content={({ active, label }) => {
              const found = active && typeof label === "string" ? byKey.get(label) : undefined;
              if (!found) return null;
              const shown = lines.filter((l) => !hidden.has(l.id));
              return (
                <ChartTooltipBox title={`${found.bucket.longLabel}${found.bucket.partial ? ` (${labels.partial})` : ""}`}>
                  <ul className="grid grid-cols-[auto_auto] gap-x-3 tabular-nums">
                    {shown.map((l) => (
                      <li key={l.id} className="contents">
                        <span className="flex items-center gap-1.5">
                          <span aria-hidden className="inline-block h-2 w-2 rounded-full" style={{ background: l.color }} />
                          {l.name}
                        </span>
                        <span className="text-right font-medium">{formatValue(l.values[found.index] ?? null)}</span>
                      </li>
                    ))}
                  </ul>
                  {benchmark && <p className="mt-1">{benchmark.label}</p>}
                  <p className="mt-1 max-w-64 text-slate-500 dark:text-slate-400">{props.definition}</p>
                </ChartTooltipBox>
              );
            }}
          />
          {benchmark && (
            <ReferenceLine
              y={benchmark.value}
              stroke="var(--chart-benchmark)"
              strokeDasharray="6 4"
              strokeWidth={1.5}
              ifOverflow="extendDomain"
              className="benchmark-line"
              label={{ value: formatTick(benchmark.value), position: "right", fill: "var(--chart-axis)", fontSize: 12 }}
            />
          )}
          {lines.flatMap((l) => [
            <Line
              key={l.id}
              dataKey={l.id}
              name={l.name}
              stroke={l.color}
              strokeWidth={2}
              dot={false}
              activeDot={{ r: 4 }}
              hide={hidden.has(l.id)}
              isAnimationActive={false}
              className={`trend-line trend-line-${l.id}`}
            />,
            hasPartial ? (
              <Line
                key={l.id + PARTIAL_SUFFIX}
                dataKey={l.id + PARTIAL_SUFFIX}
                name={l.name}
                stroke={l.color}
                strokeWidth={2}
                strokeDasharray="5 4"
                dot={PartialDot}
                activeDot={false}
                legendType="none"
                hide={hidden.has(l.id)}
                isAnimationActive={false}
                className={`trend-line-partial trend-line-${l.id}`}
              />
            ) : null,
          ])}
        </LineChart>
      </div>
      <ChartKey benchmark={benchmark} partial={hasPartial ? labels.partial : null} testId={testId} />
      <LegendToggles lines={lines} hidden={hidden} onChange={setHidden} labels={labels} testId={`${testId}-legend`} />
    </div>
  );
}

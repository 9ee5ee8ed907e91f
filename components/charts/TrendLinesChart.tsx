"use client";

import { useState } from "react";
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltipBox } from "./ChartTooltipBox";

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

  const toggle = (id: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

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
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
        {benchmark && (
          <span className="inline-flex items-center gap-1.5" data-testid={`${testId}-benchmark`}>
            <svg aria-hidden width="24" height="6">
              <line x1="0" y1="3" x2="24" y2="3" stroke="var(--chart-benchmark)" strokeWidth="1.5" strokeDasharray="6 4" />
            </svg>
            {benchmark.label}
          </span>
        )}
        {hasPartial && (
          <span className="inline-flex items-center gap-1.5">
            <svg aria-hidden width="30" height="10">
              <line x1="0" y1="5" x2="22" y2="5" stroke="var(--chart-axis)" strokeWidth="2" strokeDasharray="5 4" />
              <circle cx="25" cy="5" r="3.5" fill="var(--chart-tooltip-bg)" stroke="var(--chart-axis)" strokeWidth="1.5" />
            </svg>
            {labels.partial}
          </span>
        )}
      </div>
      <div role="group" aria-label={labels.legend} className="flex flex-wrap items-center gap-1.5 text-xs" data-testid={`${testId}-legend`}>
        {lines.map((l) => {
          const on = !hidden.has(l.id);
          return (
            <button
              key={l.id}
              type="button"
              aria-pressed={on}
              data-series={l.id}
              onClick={() => toggle(l.id)}
              className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-500 ${
                on
                  ? "border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
                  : "border-dashed border-slate-300 bg-transparent text-slate-400 line-through hover:text-slate-600 dark:border-slate-700 dark:text-slate-500 dark:hover:text-slate-300"
              }`}
            >
              <span
                aria-hidden
                className="inline-block h-2.5 w-2.5 rounded-full"
                style={{ background: on ? l.color : "transparent", boxShadow: `inset 0 0 0 2px ${l.color}` }}
              />
              {l.name}
            </button>
          );
        })}
        <span className="mx-1 h-4 w-px bg-slate-200 dark:bg-slate-700" aria-hidden />
        <button
          type="button"
          onClick={() => setHidden(new Set())}
          disabled={hidden.size === 0}
          className="rounded-md px-2 py-1 font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:text-slate-400 disabled:no-underline dark:text-indigo-300 dark:disabled:text-slate-600"
        >
          {labels.showAll}
        </button>
        <button
          type="button"
          onClick={() => setHidden(new Set(lines.map((l) => l.id)))}
          disabled={hidden.size === lines.length}
          className="rounded-md px-2 py-1 font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:text-slate-400 disabled:no-underline dark:text-indigo-300 dark:disabled:text-slate-600"
        >
          {labels.hideAll}
        </button>
      </div>
    </div>
  );
}

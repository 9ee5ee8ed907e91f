"use client";

import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";

export interface ForecastChartPoint {
  /** stable key: the ISO week label */
  key: string;
  /** axis label, already in the page's language */
  label: string;
  actual: number | null;
  forecast: number | null;
  /** [lower, upper] of the interval */
  band: [number, number] | null;
}

export interface ForecastChartProps {
  data: ForecastChartPoint[];
  locale: Locale;
  labels: { actual: string; forecast: string; interval: string };
  benchmark: { value: number; label: string } | null;
  testId: string;
  /** the chart's accessible name and description (the caller also gives a table) */
  title: string;
  desc: string;
}

/**
 * A weekly rate (as %): actual weeks solid, forecast weeks dashed with the
 * interval as a shaded band, the benchmark as a dashed horizontal line.
 * Draws only; the caller gives the numbers and the text alternative.
 */
/** Round axis steps (0.5%, 1%, 2.5% …) around every value drawn, the benchmark included. */
function niceTicks(values: number[]): number[] | undefined {
  if (!values.length) return undefined;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const raw = (max - min || Math.abs(max) || 0.01) / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * pow >= raw) ?? 10) * pow;
  const ticks: number[] = [];
  for (let t = Math.floor(min / step) * step; t <= max + step * 1e-9 || ticks.length < 2; t += step) ticks.push(Number(t.toFixed(10)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toFixed(10)));
  return ticks;
}

export function ForecastChart({ data, locale, labels, benchmark, testId, title, desc }: ForecastChartProps) {
  const values = data.flatMap((d) => [d.actual, d.forecast, ...(d.band ?? [])]).filter((v): v is number => v !== null);
  const ticks = niceTicks(benchmark ? [...values, benchmark.value] : values);
  const fine = ticks && ticks.length > 1 && (ticks[1]! - ticks[0]!) * 100 < 1;
  const pct = (v: number) => formatPercent(v, locale, fine ? 1 : 0);
  return (
    <div
      data-testid={testId}
      className="exec-chart h-64 w-full lg:h-80 [--exec-series:#4f46e5] dark:[--exec-series:#818cf8] print:[--exec-series:#4f46e5] [&_svg:focus-visible]:outline-2 [&_svg:focus-visible]:outline-offset-2 [&_svg:focus-visible]:outline-indigo-500"
    >
      <ComposedChart responsive title={title} desc={desc} data={data} style={{ width: "100%", height: "100%" }} margin={{ top: 20, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis
          dataKey="label"
          tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
          tickLine={false}
          axisLine={{ stroke: "var(--chart-grid)" }}
          interval="preserveStartEnd"
          minTickGap={12}
        />
        <YAxis
          width={48}
          domain={ticks ? [ticks[0]!, ticks[ticks.length - 1]!] : ["auto", "auto"]}
          ticks={ticks}
          tickFormatter={pct}
          tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
          tickLine={false}
          axisLine={false}
        />
        <Tooltip
          formatter={(v, name) => [
            Array.isArray(v)
              ? `${formatPercent(Number(v[0]), locale)} – ${formatPercent(Number(v[1]), locale)}`
              : formatPercent(typeof v === "number" ? v : null, locale),
            name,
          ]}
          contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", borderRadius: 8, fontSize: 12 }}
        />
        <Area
          dataKey="band"
          name={labels.interval}
          stroke="none"
          fill="var(--exec-series)"
          fillOpacity={0.15}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          dataKey="actual"
          name={labels.actual}
          stroke="var(--exec-series)"
          strokeWidth={2}
          dot={{ r: 2.5, fill: "var(--exec-series)", strokeWidth: 0 }}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          dataKey="forecast"
          name={labels.forecast}
          stroke="var(--exec-series)"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        {benchmark && (
          <ReferenceLine
            y={benchmark.value}
            stroke="var(--chart-benchmark)"
            strokeDasharray="4 4"
            strokeWidth={1.5}
            ifOverflow="extendDomain"
            className="benchmark-line"
            label={{ value: benchmark.label, position: "insideTopLeft", fill: "var(--chart-axis)", fontSize: 11 }}
          />
        )}
      </ComposedChart>
    </div>
  );
}

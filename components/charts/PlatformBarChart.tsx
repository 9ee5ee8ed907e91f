"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";

export interface PlatformBarDatum {
  platformKey: string;
  name: string;
  value: number | null;
  color: string;
}

export interface PlatformBarChartProps {
  data: PlatformBarDatum[];
  locale: Locale;
  valueLabel: string;
  benchmark: { value: number; label: string } | null;
  testId: string;
  height?: number;
}

/** Bars per platform (a rate, shown as %) with the benchmark as a dashed reference line. */
export function PlatformBarChart({ data, locale, valueLabel, benchmark, testId, height = 320 }: PlatformBarChartProps) {
  const max = Math.max(benchmark?.value ?? 0, ...data.map((d) => d.value ?? 0));
  return (
    <div data-testid={testId} style={{ height }} className="w-full">
      <BarChart
        responsive
        data={data}
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 24, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer
      >
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis
          dataKey="name"
          interval={0}
          angle={-35}
          textAnchor="end"
          height={64}
          tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
          tickLine={false}
          axisLine={{ stroke: "var(--chart-grid)" }}
        />
        <YAxis
          domain={[0, max * 1.15]}
          tickFormatter={(v: number) => formatPercent(v, locale, 1)}
          tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
          tickLine={false}
          axisLine={false}
          width={56}
        />
        <Tooltip
          cursor={{ fill: "var(--chart-grid)", opacity: 0.5 }}
          formatter={(v) => [formatPercent(typeof v === "number" ? v : null, locale), valueLabel]}
          contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", borderRadius: 8 }}
        />
        <Bar dataKey="value" name={valueLabel} radius={[4, 4, 0, 0]} maxBarSize={48} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.platformKey} fill={d.color} />
          ))}
        </Bar>
        {benchmark && (
          <ReferenceLine
            y={benchmark.value}
            stroke="var(--chart-benchmark)"
            strokeDasharray="6 4"
            strokeWidth={1.5}
            ifOverflow="extendDomain"
            className="benchmark-line"
            label={{ value: benchmark.label, position: "insideTopRight", fill: "var(--chart-axis)", fontSize: 12 }}
          />
        )}
      </BarChart>
    </div>
  );
}

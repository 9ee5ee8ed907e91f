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
}

/**
 * Horizontal bars per platform (a rate, shown as %), best first, with the
 * benchmark as a dashed reference line. Horizontal so that fourteen platform
 * names stay readable on a phone as on a desktop.
 */
export function PlatformBarChart({ data, locale, valueLabel, benchmark, testId }: PlatformBarChartProps) {
  const rows = [...data].sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  const height = 48 + rows.length * 28;
  return (
    <div data-testid={testId} style={{ height }} className="w-full">
      <BarChart
        responsive
        layout="vertical"
        data={rows}
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 24, right: 24, bottom: 0, left: 0 }}
        accessibilityLayer
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={[0, "auto"]}
          tickFormatter={(v: number) => formatPercent(v, locale, 1)}
          tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
          tickLine={false}
          axisLine={false}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={locale === "zh-CN" ? 88 : 128}
          interval={0}
          tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
          tickLine={false}
          axisLine={{ stroke: "var(--chart-grid)" }}
        />
        <Tooltip
          cursor={{ fill: "var(--chart-grid)", opacity: 0.5 }}
          formatter={(v) => [formatPercent(typeof v === "number" ? v : null, locale), valueLabel]}
          contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", borderRadius: 8 }}
        />
        <Bar dataKey="value" name={valueLabel} radius={[0, 4, 4, 0]} maxBarSize={20} isAnimationActive={false}>
          {rows.map((d) => (
            <Cell key={d.platformKey} fill={d.color} />
          ))}
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
      </BarChart>
    </div>
  );
}

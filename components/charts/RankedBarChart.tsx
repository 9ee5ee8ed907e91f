"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent, formatRoi, formatScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";

export interface RankedBarDatum {
  /** stable key (platform or domain key), never a display label */
  key: string;
  name: string;
  value: number | null;
  color: string;
}

export interface RankedBarChartProps {
  data: RankedBarDatum[];
  locale: Locale;
  unit: "percent" | "roi" | "score";
  valueLabel: string;
  benchmark: { value: number; label: string } | null;
  testId: string;
  /** the chart's accessible name and description (the caller also shows the numbers as text) */
  title: string;
  desc: string;
  /** bar thickness budget per row, px */
  rowHeight?: number;
}

/**
 * Horizontal bars in the order given (the caller ranks), one colour per row,
 * the benchmark as a dashed reference line. Horizontal so that long platform
 * names stay readable on a phone.
 */
export function RankedBarChart({ data, locale, unit, valueLabel, benchmark, testId, title, desc, rowHeight = 26 }: RankedBarChartProps) {
  const format = (v: number | null, axis = false) => {
    if (unit === "score") return formatScore(v, locale, axis ? 0 : 2);
    return unit === "roi" ? (v === null ? "—" : axis ? (v === 0 ? "0" : formatRoi(v, 0)) : formatRoi(v)) : formatPercent(v, locale, axis ? 0 : 2);
  };
  const height = 40 + data.length * rowHeight;
  return (
    <div data-testid={testId} style={{ height }} className="exec-chart w-full [&_svg:focus-visible]:outline-2 [&_svg:focus-visible]:outline-offset-2 [&_svg:focus-visible]:outline-indigo-500">
      <BarChart
        responsive
        title={title}
        desc={desc}
        layout="vertical"
        data={data}
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 20, right: 24, bottom: 0, left: 0 }}
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={unit === "score" ? [0, 5] : [0, "auto"]}
          tickFormatter={(v: number) => format(v, true)}
          tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
          tickLine={false}
          axisLine={false}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={locale === "zh-CN" ? 84 : 132}
          interval={0}
          tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
          tickLine={false}
          axisLine={{ stroke: "var(--chart-grid)" }}
        />
        <Tooltip
          cursor={{ fill: "var(--chart-grid)", opacity: 0.5 }}
          formatter={(v) => [format(typeof v === "number" ? v : null), valueLabel]}
          contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", borderRadius: 8, fontSize: 12 }}
        />
        <Bar dataKey="value" name={valueLabel} radius={[0, 4, 4, 0]} maxBarSize={18} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.key} fill={d.color} />
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
            label={{ value: benchmark.label, position: "top", fill: "var(--chart-axis)", fontSize: 11 }}
          />
        )}
      </BarChart>
    </div>
  );
}

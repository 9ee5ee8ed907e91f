"use client";

import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";

export interface DomainMarginDatum {
  /** public | private */
  key: string;
  name: string;
  value: number | null;
  /** the report's figure for this side */
  benchmark: number | null;
  color: string;
}

export interface DomainMarginChartProps {
  data: DomainMarginDatum[];
  locale: Locale;
  labels: { value: string; benchmark: string };
  testId: string;
  /** the chart's accessible name and description (the caller also shows the numbers as text) */
  title: string;
  desc: string;
}

/**
 * Each domain's profit margin beside the report's figure for that side
 * (12% public, 28% private): two bars per row, the report's in grey, since
 * each side has its own benchmark.
 */
export function DomainMarginChart({ data, locale, labels, testId, title, desc }: DomainMarginChartProps) {
  return (
    <div data-testid={testId} className="exec-chart h-40 w-full [&_svg:focus-visible]:outline-2 [&_svg:focus-visible]:outline-offset-2 [&_svg:focus-visible]:outline-indigo-500">
      <BarChart
        responsive
        title={title}
        desc={desc}
        layout="vertical"
        data={data}
        barGap={2}
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 4, right: 24, bottom: 0, left: 0 }}
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={[0, "auto"]}
          tickFormatter={(v: number) => formatPercent(v, locale, 0)}
          tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
          tickLine={false}
          axisLine={false}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={locale === "zh-CN" ? 44 : 64}
          interval={0}
          tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
          tickLine={false}
          axisLine={{ stroke: "var(--chart-grid)" }}
        />
        <Tooltip
          cursor={{ fill: "var(--chart-grid)", opacity: 0.5 }}
          formatter={(v, name) => [formatPercent(typeof v === "number" ? v : null, locale), name]}
          contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", borderRadius: 8, fontSize: 12 }}
        />
        <Bar dataKey="value" name={labels.value} radius={[0, 4, 4, 0]} maxBarSize={16} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.key} fill={d.color} />
          ))}
        </Bar>
        <Bar
          dataKey="benchmark"
          name={labels.benchmark}
          radius={[0, 4, 4, 0]}
          maxBarSize={16}
          isAnimationActive={false}
          fill="var(--chart-axis)"
          fillOpacity={0.45}
          className="benchmark-bar"
        />
      </BarChart>
    </div>
  );
}

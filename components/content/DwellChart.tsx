"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatSeconds } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";

export interface DwellDatum {
  /** the origin key, never a display label */
  key: string;
  name: string;
  seconds: number | null;
  color: string;
}

/** Average dwell per origin as horizontal bars, with Douyin's hot-content dwell as a dashed line. */
export function DwellChart(p: { data: DwellDatum[]; locale: Locale; benchmark: { value: number; label: string } | null; valueLabel: string; title: string; desc: string; testId: string }) {
  const max = Math.max(p.benchmark?.value ?? 0, ...p.data.map((d) => d.seconds ?? 0));
  return (
    <div data-testid={p.testId} style={{ height: 40 + p.data.length * 34 }} className="w-full [&_svg:focus-visible]:outline-2 [&_svg:focus-visible]:outline-indigo-500">
      <BarChart responsive title={p.title} desc={p.desc} layout="vertical" data={p.data} style={{ width: "100%", height: "100%" }} margin={{ top: 20, right: 24, bottom: 0, left: 0 }}>
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis type="number" domain={[0, Math.ceil(max * 1.1)]} tickFormatter={(v: number) => formatSeconds(v, p.locale, 0)} tick={{ fill: "var(--chart-axis)", fontSize: 11 }} tickLine={false} axisLine={false} />
        <YAxis type="category" dataKey="name" width={84} tick={{ fill: "var(--chart-axis)", fontSize: 12 }} tickLine={false} axisLine={false} />
        <Tooltip
          cursor={{ fill: "var(--chart-grid)", opacity: 0.5 }}
          formatter={(v) => [formatSeconds(typeof v === "number" ? v : null, p.locale), p.valueLabel]}
          contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", borderRadius: 8, fontSize: 12 }}
        />
        <Bar dataKey="seconds" name={p.valueLabel} radius={[0, 3, 3, 0]} maxBarSize={22} isAnimationActive={false}>
          {p.data.map((d) => (
            <Cell key={d.key} fill={d.color} />
          ))}
        </Bar>
        {p.benchmark && (
          <ReferenceLine
            x={p.benchmark.value}
            stroke="var(--chart-benchmark)"
            strokeDasharray="6 4"
            strokeWidth={1.5}
            className="benchmark-line"
            label={{ value: p.benchmark.label, position: "top", fill: "var(--chart-axis)", fontSize: 11 }}
          />
        )}
      </BarChart>
    </div>
  );
}

"use client";

import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";

export interface TimeToConvertDatum {
  days: number;
  share: number | null;
}

/**
 * Share of a step's people by days after entering step 1, with the step
 * platform's time benchmark as a dashed line. Every day from 0 to the last
 * one is on the axis (a day nobody took shows as an empty slot).
 */
export function TimeToConvertChart(p: {
  data: TimeToConvertDatum[];
  color: string;
  locale: Locale;
  benchmark: { days: number; label: string } | null;
  daysLabel: string;
  shareLabel: string;
  title: string;
  desc: string;
  testId: string;
}) {
  const last = Math.max(p.benchmark?.days ?? 0, ...p.data.map((d) => d.days));
  const byDay = new Map(p.data.map((d) => [d.days, d.share]));
  const rows = Array.from({ length: last + 1 }, (_, days) => ({ days, share: byDay.get(days) ?? 0 }));
  return (
    <div data-testid={p.testId} className="h-48 w-full [&_svg:focus-visible]:outline-2 [&_svg:focus-visible]:outline-indigo-500">
      <BarChart responsive title={p.title} desc={p.desc} data={rows} style={{ width: "100%", height: "100%" }} margin={{ top: 16, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis dataKey="days" tick={{ fill: "var(--chart-axis)", fontSize: 11 }} tickLine={false} axisLine={{ stroke: "var(--chart-grid)" }} />
        <YAxis width={44} tickFormatter={(v: number) => formatPercent(v, p.locale, 0)} tick={{ fill: "var(--chart-axis)", fontSize: 11 }} tickLine={false} axisLine={false} />
        <Tooltip
          cursor={{ fill: "var(--chart-grid)", opacity: 0.5 }}
          labelFormatter={(d) => `${p.daysLabel}: ${String(d)}`}
          formatter={(v) => [formatPercent(typeof v === "number" ? v : null, p.locale, 1), p.shareLabel]}
          contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", borderRadius: 8, fontSize: 12 }}
        />
        <Bar dataKey="share" name={p.shareLabel} fill={p.color} radius={[3, 3, 0, 0]} maxBarSize={28} isAnimationActive={false} />
        {p.benchmark && (
          <ReferenceLine
            x={p.benchmark.days}
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

"use client";

import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatValue, type DisplayUnit } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";

export interface TrendChartProps {
  points: { week: string; label: string; value: number | null }[];
  benchmark: { value: number; label: string } | null;
  /** one marker per week that has annotations; `mark` is the number shown in the list below the chart */
  annotations: { week: string; mark: number }[];
  unit: DisplayUnit;
  locale: Locale;
  currency: string;
  valueLabel: string;
  color?: string;
  testId: string;
}

/** A weekly line with the benchmark as a dashed line and numbered annotation markers. */
export function TrendChart({ points, benchmark, annotations, unit, locale, currency, valueLabel, color = "#4f46e5", testId }: TrendChartProps) {
  const format = (v: number | null) => formatValue(unit, v, locale, currency);
  const known = points.map((p) => p.value).filter((v): v is number => v !== null);
  const top = Math.max(...known, benchmark?.value ?? -Infinity);
  return (
    <div data-testid={testId} className="h-72 w-full">
      <LineChart responsive data={points} style={{ width: "100%", height: "100%" }} margin={{ top: 20, right: 24, bottom: 0, left: 0 }} accessibilityLayer>
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis dataKey="label" tick={{ fill: "var(--chart-axis)", fontSize: 12 }} tickLine={false} axisLine={{ stroke: "var(--chart-grid)" }} interval="preserveStartEnd" />
        <YAxis
          domain={[0, "auto"]}
          tickFormatter={(v: number) => format(v)}
          tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
          tickLine={false}
          axisLine={false}
          width={72}
        />
        <Tooltip
          formatter={(v) => [format(typeof v === "number" ? v : null), valueLabel]}
          contentStyle={{ background: "var(--chart-tooltip-bg)", borderColor: "var(--chart-grid)", borderRadius: 8 }}
        />
        {benchmark && (
          <ReferenceLine
            y={benchmark.value}
            stroke="var(--chart-benchmark)"
            strokeDasharray="6 4"
            className="benchmark-line"
            ifOverflow="extendDomain"
            label={{ value: benchmark.label, position: "insideTopRight", fill: "var(--chart-axis)", fontSize: 12 }}
          />
        )}
        {annotations.map((a) => {
          const label = points.find((p) => p.week === a.week)?.label;
          return label ? (
            <ReferenceDot
              key={a.week}
              x={label}
              y={Number.isFinite(top) ? top : 0}
              r={9}
              fill="var(--chart-tooltip-bg)"
              stroke="var(--chart-annotation)"
              className="annotation-marker"
              label={{ value: String(a.mark), fill: "var(--chart-annotation)", fontSize: 11, fontWeight: 600 }}
              ifOverflow="extendDomain"
            />
          ) : null;
        })}
        <Line type="monotone" dataKey="value" name={valueLabel} stroke={color} strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}

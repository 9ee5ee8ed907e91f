"use client";

import { Line, LineChart, ReferenceLine, YAxis } from "recharts";

export interface SparklineProps {
  values: (number | null)[];
  benchmark: number | null;
  color?: string;
  /** text alternative: the values in words */
  label: string;
}

/** A 12-week line without axes, with the benchmark as a dashed line; sized by its box so nothing jumps. */
export function Sparkline({ values, benchmark, color = "#4f46e5", label }: SparklineProps) {
  const data = values.map((value, i) => ({ i, value }));
  const known = values.filter((v): v is number => v !== null);
  const lo = Math.min(...known, benchmark ?? Infinity);
  const hi = Math.max(...known, benchmark ?? -Infinity);
  const pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.1 || 1;
  return (
    <div role="img" aria-label={label} className="h-10 w-full" data-testid="sparkline">
      <LineChart responsive data={data} style={{ width: "100%", height: "100%" }} margin={{ top: 4, right: 2, bottom: 4, left: 2 }}>
        <YAxis hide domain={known.length ? [lo - pad, hi + pad] : [0, 1]} />
        {benchmark !== null && (
          <ReferenceLine y={benchmark} stroke="var(--chart-benchmark)" strokeDasharray="3 3" strokeOpacity={0.6} className="benchmark-line" />
        )}
        <Line type="monotone" dataKey="value" stroke={color} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}

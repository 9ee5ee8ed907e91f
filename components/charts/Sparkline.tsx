import { r2 } from "./svg/scale";

export interface SparklineProps {
  values: (number | null)[];
  benchmark: number | null;
  color?: string;
  /** text alternative: the values in words */
  label: string;
}

const HEIGHT = 40;
const PAD_Y = 4;

/**
 * A 12-week line without axes, with the benchmark as a dashed line; drawn on
 * the server into a box of fixed height that stretches to its width, so
 * nothing jumps and no script is needed.
 */
export function Sparkline({ values, benchmark, color = "#4f46e5", label }: SparklineProps) {
  const known = values.filter((v): v is number => v !== null);
  const lo = Math.min(...known, benchmark ?? Infinity);
  const hi = Math.max(...known, benchmark ?? -Infinity);
  const pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.1 || 1;
  const [bottom, top] = known.length ? [lo - pad, hi + pad] : [0, 1];
  const inner = HEIGHT - 2 * PAD_Y;
  const y = (v: number) => r2(PAD_Y + inner - ((v - bottom) / (top - bottom)) * inner);
  const x = (i: number) => r2(values.length <= 1 ? 50 : (i / (values.length - 1)) * 100);
  let d = "";
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) return void (pen = false);
    d += `${pen ? "L" : "M"}${x(i)},${y(v)}`;
    pen = true;
  });
  return (
    <div role="img" aria-label={label} className="h-10 w-full" data-testid="sparkline">
      <svg className="chart-surface block h-full w-full" viewBox={`0 0 100 ${HEIGHT}`} preserveAspectRatio="none" aria-hidden>
        {benchmark !== null && (
          <line
            className="benchmark-line"
            x1={0}
            x2={100}
            y1={y(benchmark)}
            y2={y(benchmark)}
            stroke="var(--chart-benchmark)"
            strokeDasharray="3 3"
            strokeOpacity={0.6}
            vectorEffect="non-scaling-stroke"
          />
        )}
        <path d={d} fill="none" stroke={color} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
      </svg>
    </div>
  );
}

// Lines over categories (weeks, months) drawn on the server as SVG. Points
// sit at percentages of the plot's width and the line paths are stretched
// to it (non-scaling strokes), so the chart fills any width without being
// measured in the browser: no layout jump and no charting library shipped.
// Draws only: values, labels and formats come from the caller.
import type { ReactNode } from "react";
import { ChartTips } from "./ChartTips";
import { niceTicks, r2 } from "./scale";

export interface LineSeries {
  id: string;
  color: string;
  values: (number | null)[];
  width?: number;
  dashed?: string;
  /** dot radius on every known value (0: none) */
  dot?: number;
  /** indices that get a hollow dot (partial buckets) */
  hollowDots?: number[];
  className?: string;
}

export interface LineChartProps {
  /** one per category, left to right */
  xs: { key: string; label: string }[];
  series: LineSeries[];
  /** a shaded interval (e.g. a forecast's), aligned with `xs` */
  band?: { values: ([number, number] | null)[]; color: string; opacity: number };
  formatTick: (value: number) => string;
  /** y axis from 0 (rates, counts) or around the values */
  zero: boolean;
  /** fixed y ticks; otherwise round ones around the values */
  ticks?: number[];
  benchmark: { value: number; label: string; position: "insideTopRight" | "insideTopLeft" | "right" } | null;
  /** numbered markers above categories (annotations) */
  markers?: { index: number; text: string }[];
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  fontSize?: number;
  /** per category, the tooltip; none: no tooltips */
  tips?: ReactNode[];
  testId: string;
  title: string;
  desc?: string;
  className?: string;
  /** on narrow charts, every other x label is hidden */
  thinLabels?: boolean;
  /** at most this many x labels (counted back from the last), for charts whose width allows few */
  maxLabels?: number;
}

const AXIS = 22;

/** Path through the known values; a null breaks the line. Coordinates in the 0–100 × height viewBox. */
function linePath(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = "";
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${r2(x(i))},${r2(y(v))}`;
    pen = true;
  });
  return d;
}

function bandPath(values: ([number, number] | null)[], x: (i: number) => number, y: (v: number) => number): string {
  const runs: number[][] = [];
  let run: number[] = [];
  values.forEach((v, i) => {
    if (v) run.push(i);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  return runs
    .map((idx) => {
      const top = idx.map((i) => `${r2(x(i))},${r2(y(values[i]![1]))}`);
      const bottom = [...idx].reverse().map((i) => `${r2(x(i))},${r2(y(values[i]![0]))}`);
      return `M${top.join("L")}L${bottom.join("L")}Z`;
    })
    .join("");
}

export function LineChart(props: LineChartProps) {
  const { xs, series, band, benchmark, height, margin, testId, fontSize = 12, markers = [] } = props;
  const n = xs.length;
  const plotHeight = height - margin.top - margin.bottom - AXIS;
  const known = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const all = [...known, ...(band?.values.flatMap((b) => b ?? []) ?? []), ...(benchmark ? [benchmark.value] : [])];
  const lo = all.length ? Math.min(...all, ...(props.zero ? [0] : [])) : 0;
  const hi = all.length ? Math.max(...all, ...(props.zero ? [0] : [])) : 1;
  const ticks = props.ticks ?? niceTicks(lo, hi);
  const bottom = ticks[0]!;
  const top = ticks[ticks.length - 1]!;
  const y = (v: number) => (top === bottom ? plotHeight / 2 : plotHeight - ((v - bottom) / (top - bottom)) * plotHeight);
  const xp = (i: number) => (n <= 1 ? 50 : (i / (n - 1)) * 100);
  const step = n <= 1 ? 100 : 100 / (n - 1);
  const every = Math.max(1, Math.ceil(n / (props.maxLabels ?? 13)));
  const tipId = (i: number) => `${testId}-tip-${i}`;
  const highest = known.length ? Math.max(...known, ...(benchmark ? [benchmark.value] : [])) : 0;

  return (
    <ChartTips label={props.title} testId={testId} tips={Object.fromEntries((props.tips ?? []).map((tip, i) => [tipId(i), tip]))} style={{ height }} className={`@container ${props.className ?? ""}`}>
      <svg
        className="chart-surface pointer-events-none absolute overflow-visible"
        style={{ left: margin.left, top: margin.top, height: plotHeight, width: `calc(100% - ${margin.left + margin.right}px)` }}
        height={plotHeight}
        aria-hidden
        fontSize={fontSize}
      >
        {props.desc && <desc>{props.desc}</desc>}
        {/* hit areas first, under the lines; only they take the pointer (the SVG has pointer-events: none) */}
        {props.tips &&
          xs.map((c, i) => (
            <g key={c.key} data-tip={tipId(i)}>
              <rect
                pointerEvents="all"
                className="tip-bg"
                x={`${r2(Math.max(0, xp(i) - step / 2))}%`}
                width={`${r2(Math.min(100, xp(i) + step / 2) - Math.max(0, xp(i) - step / 2))}%`}
                y={0}
                height={r2(plotHeight)}
                fill="transparent"
              />
            </g>
          ))}
        {ticks.map((t) => (
          <g key={t}>
            <line x1="0" x2="100%" y1={r2(y(t))} y2={r2(y(t))} stroke="var(--chart-grid)" />
            <text x={-8} y={r2(y(t))} dy={4} textAnchor="end" fill="var(--chart-axis)">
              {props.formatTick(t)}
            </text>
          </g>
        ))}
        {xs.map((c, i) => {
          const shown = (n - 1 - i) % every === 0;
          if (!shown) return null;
          // counted from the last label: on a narrow chart every other one, on a very narrow one every fourth
          const k = (n - 1 - i) / every;
          const thin = props.thinLabels === false ? undefined : k % 2 === 1 ? "@max-lg:hidden" : k % 4 !== 0 ? "@max-sm:hidden" : undefined;
          return (
            <text
              key={c.key}
              x={`${r2(xp(i))}%`}
              y={plotHeight + 16}
              // centred on their point, the first and last too (they reach into the margins), so neighbours never collide
              textAnchor="middle"
              fill="var(--chart-axis)"
              className={thin}
            >
              {c.label}
            </text>
          );
        })}
        <svg width="100%" height={plotHeight} viewBox={`0 0 100 ${r2(plotHeight)}`} preserveAspectRatio="none" overflow="visible">
          {band && <path d={bandPath(band.values, xp, y)} fill={band.color} fillOpacity={band.opacity} stroke="none" />}
          {series.map((s) => (
            <path
              key={s.id}
              data-line={s.id}
              className={s.className}
              d={linePath(s.values, xp, y)}
              fill="none"
              stroke={s.color}
              strokeWidth={s.width ?? 2}
              strokeDasharray={s.dashed}
              strokeLinejoin="round"
              strokeLinecap="round"
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </svg>
        {series.map((s) =>
          s.dot || s.hollowDots?.length ? (
            <g key={`dots-${s.id}`} data-line={s.id}>
              {s.values.map((v, i) => {
                if (v === null) return null;
                const hollow = s.hollowDots?.includes(i);
                if (!hollow && !s.dot) return null;
                return hollow ? (
                  <circle key={i} className="partial-dot" cx={`${r2(xp(i))}%`} cy={r2(y(v))} r={4} fill="var(--chart-tooltip-bg)" stroke={s.color} strokeWidth={2} />
                ) : (
                  <circle key={i} cx={`${r2(xp(i))}%`} cy={r2(y(v))} r={s.dot} fill={s.color} />
                );
              })}
            </g>
          ) : null,
        )}
        {benchmark && (
          <g className="benchmark-line">
            <line x1="0" x2="100%" y1={r2(y(benchmark.value))} y2={r2(y(benchmark.value))} stroke="var(--chart-benchmark)" strokeDasharray="6 4" strokeWidth={1.5} />
            {benchmark.position === "right" ? (
              <text x="100%" dx={6} y={r2(y(benchmark.value))} dy={4} fill="var(--chart-axis)">
                {benchmark.label}
              </text>
            ) : (
              <text
                x={benchmark.position === "insideTopRight" ? "100%" : "0"}
                dx={benchmark.position === "insideTopRight" ? -4 : 4}
                y={r2(y(benchmark.value))}
                dy={-6}
                textAnchor={benchmark.position === "insideTopRight" ? "end" : "start"}
                fill="var(--chart-axis)"
              >
                {benchmark.label}
              </text>
            )}
          </g>
        )}
        {markers.map((m) => (
          <g key={m.index} className="annotation-marker">
            <circle cx={`${r2(xp(m.index))}%`} cy={r2(y(highest))} r={9} fill="var(--chart-tooltip-bg)" stroke="var(--chart-annotation)" />
            <text x={`${r2(xp(m.index))}%`} y={r2(y(highest))} dy={4} textAnchor="middle" fontSize={11} fontWeight={600} fill="var(--chart-annotation)">
              {m.text}
            </text>
          </g>
        ))}
      </svg>
    </ChartTips>
  );
}

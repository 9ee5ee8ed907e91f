// Horizontal bars drawn on the server as SVG: the bars' lengths are
// percentages of the plot's width, so the chart fills any width without
// measuring it in the browser (no layout jump, no script to draw it). Rows in
// the order given; a benchmark as a dashed line; per-row ◆ markers; tooltips
// through ChartTips. Draws only: values, order and labels come from the caller.
import type { ReactNode } from "react";
import { ChartTips } from "./ChartTips";
import { domainTicks, niceTicks, percentOf, r2 } from "./scale";

export interface HBarRow {
  key: string;
  /** category label (shortened with … when it does not fit; the full name is its <title>) */
  name: string;
  bars: { value: number | null; color: string; className?: string; opacity?: number }[];
  /** a benchmark for this row only, drawn as a ◆ */
  marker?: number | null;
  tip: ReactNode;
}

export interface HBarChartProps {
  rows: HBarRow[];
  formatTick: (value: number) => string;
  /** printed after the first bar of each row */
  formatValue?: (value: number) => string;
  benchmark: { value: number; label: string } | null;
  /** fixed axis, e.g. [0, 5] for scores */
  domain?: [number, number];
  height: number;
  categoryWidth: number;
  margin?: { top: number; right: number; bottom: number };
  maxBarSize: number;
  fontSize?: number;
  testId: string;
  /** accessible name; `desc` the longer text alternative */
  title: string;
  desc?: string;
  className?: string;
}

const AXIS = 20;

/** Rough width of a label: CJK characters are square, Latin ones about half as wide. */
function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? fontSize : fontSize * 0.53;
  return w;
}

function shorten(full: string, width: number, fontSize: number): string {
  let shown = full;
  while (shown.length > 1 && textWidth(shown, fontSize) > width - 10) shown = shown.slice(0, -1);
  return shown === full ? full : `${shown.slice(0, -1).trimEnd()}…`;
}

export function HBarChart(props: HBarChartProps) {
  const { rows, benchmark, height, categoryWidth, maxBarSize, testId, fontSize = 12 } = props;
  const margin = props.margin ?? { top: 24, right: 48, bottom: 4 };
  const values = rows.flatMap((r) => [...r.bars.map((b) => b.value), r.marker ?? null]).filter((v): v is number => v !== null);
  if (benchmark) values.push(benchmark.value);
  const hasNegative = values.some((v) => v < 0);
  const ticks = props.domain ? niceTicks(props.domain[0], props.domain[1]) : domainTicks(values, { zero: !hasNegative });
  const x = (v: number) => `${r2(percentOf(v, ticks))}%`;
  const zero = hasNegative ? Math.max(ticks[0]!, Math.min(0, ticks[ticks.length - 1]!)) : ticks[0]!;
  const plotHeight = height - margin.top - margin.bottom - AXIS;
  const band = plotHeight / Math.max(1, rows.length);
  const barsPerRow = Math.max(1, ...rows.map((r) => r.bars.length));
  const gap = 2;
  const thickness = Math.min(maxBarSize, (band * 0.8 - gap * (barsPerRow - 1)) / barsPerRow);
  const tipId = (i: number) => `${testId}-tip-${i}`;

  return (
    <ChartTips label={props.title} testId={testId} tips={Object.fromEntries(rows.map((row, i) => [tipId(i), row.tip]))} style={{ height }} className={`@container ${props.className ?? ""}`}>
      <svg
        className="chart-surface pointer-events-none absolute overflow-visible"
        style={{ left: categoryWidth, top: margin.top, height: plotHeight, width: `calc(100% - ${categoryWidth + margin.right}px)` }}
        height={plotHeight}
        aria-hidden
        fontSize={fontSize}
      >
        {props.desc && <desc>{props.desc}</desc>}
        {ticks.map((t, i) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={plotHeight} stroke="var(--chart-grid)" />
            {/* on a narrow chart every other label, so they do not run into each other */}
            <text x={x(t)} y={plotHeight + 15} textAnchor="middle" fill="var(--chart-axis)" className={i % 2 ? "@max-md:hidden" : undefined}>
              {props.formatTick(t)}
            </text>
          </g>
        ))}
        <line x1={x(zero)} x2={x(zero)} y1={0} y2={plotHeight} stroke="var(--chart-grid)" />
        {rows.map((row, i) => {
          const top = band * i;
          const first = row.bars[0]?.value ?? null;
          const barsTop = top + (band - (thickness * barsPerRow + gap * (barsPerRow - 1))) / 2;
          return (
            <g key={row.key} data-tip={tipId(i)} data-row={row.key}>
              <rect pointerEvents="all" className="tip-bg" x={0} y={r2(top)} width="100%" height={r2(band)} fill="transparent" />
              <text className="bar-category" x={-8} y={r2(top + band / 2)} dy={4} textAnchor="end" fill="var(--chart-axis)">
                <title>{row.name}</title>
                {shorten(row.name, categoryWidth, fontSize)}
              </text>
              {row.bars.map((bar, j) =>
                bar.value === null ? null : (
                  <rect
                    key={j}
                    className={`bar-rect ${bar.className ?? ""}`}
                    x={x(Math.min(bar.value, zero))}
                    y={r2(barsTop + j * (thickness + gap))}
                    width={`${r2(Math.abs(percentOf(bar.value, ticks) - percentOf(zero, ticks)))}%`}
                    height={r2(thickness)}
                    rx={3}
                    fill={bar.color}
                    fillOpacity={bar.opacity}
                  />
                ),
              )}
              {props.formatValue && first !== null && (
                <text
                  x={x(Math.max(first, zero))}
                  dx={6}
                  y={r2(top + band / 2)}
                  dy={4}
                  fontSize={11}
                  fill="var(--chart-axis)"
                  style={{ paintOrder: "stroke", stroke: "var(--chart-tooltip-bg)", strokeWidth: 3 }}
                >
                  {props.formatValue(first)}
                </text>
              )}
              {row.marker != null && (
                <svg x={x(row.marker)} y={r2(top + band / 2)} overflow="visible">
                  <path className="benchmark-marker" d="M0,-6L6,0L0,6L-6,0Z" fill="var(--chart-tooltip-bg)" stroke="var(--chart-benchmark)" strokeWidth={1.5} />
                </svg>
              )}
            </g>
          );
        })}
        {benchmark && (
          <g className="benchmark-line">
            <line x1={x(benchmark.value)} x2={x(benchmark.value)} y1={0} y2={plotHeight} stroke="var(--chart-benchmark)" strokeDasharray="6 4" strokeWidth={1.5} />
            <text x={x(benchmark.value)} y={-8} textAnchor="middle" fill="var(--chart-axis)">
              {benchmark.label}
            </text>
          </g>
        )}
      </svg>
    </ChartTips>
  );
}

import { ChartTooltipBox } from "./ChartTooltipBox";
import { ChartTips } from "./svg/ChartTips";
import { domainTicks, percentOf, r2 } from "./svg/scale";

export interface BubbleDatum {
  /** stable key (platform key) */
  id: string;
  name: string;
  color: string;
  x: number;
  y: number;
  /** bubble size; null draws the smallest bubble */
  z: number | null;
}

export interface BubbleScatterChartProps {
  points: BubbleDatum[];
  labels: { x: string; y: string; z: string };
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  formatZ: (value: number | null) => string;
  formatXTick: (value: number) => string;
  formatYTick: (value: number) => string;
  xBenchmark: { value: number; label: string } | null;
  yBenchmark: { value: number; label: string } | null;
  height: number;
  testId: string;
}

const MARGIN = { top: 24, right: 24, bottom: 48, left: 72 };
/** bubble areas, px², smallest to largest z */
const AREA = [60, 1400] as const;

/**
 * x × y per series with bubble size z, and benchmark lines on both axes
 * that split the plane into quadrants. Draws only, on the server.
 */
export function BubbleScatterChart(props: BubbleScatterChartProps) {
  const { points, labels, xBenchmark, yBenchmark, height, testId } = props;
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const xTicks = domainTicks([...points.map((p) => p.x), ...(xBenchmark ? [xBenchmark.value] : [])]);
  const yTicks = domainTicks([...points.map((p) => p.y), ...(yBenchmark ? [yBenchmark.value] : [])]);
  const x = (v: number) => `${r2(percentOf(v, xTicks))}%`;
  const y = (v: number) => r2(plotHeight - (percentOf(v, yTicks) / 100) * plotHeight);
  const sizes = points.map((p) => p.z ?? 0);
  const zLo = Math.min(0, ...sizes);
  const zHi = Math.max(...sizes, 0);
  const radius = (z: number | null) => {
    const t = zHi === zLo ? 0 : ((z ?? 0) - zLo) / (zHi - zLo);
    return r2(Math.sqrt((AREA[0] + t * (AREA[1] - AREA[0])) / Math.PI));
  };
  // the biggest bubbles first, so the small ones stay on top and reachable
  const order = [...points].sort((a, b) => (b.z ?? 0) - (a.z ?? 0));
  const tipId = (id: string) => `${testId}-tip-${id}`;

  return (
    <ChartTips
      label={`${labels.x} × ${labels.y}`}
      testId={testId}
      style={{ height }}
      tips={Object.fromEntries(
        order.map((p) => [
          tipId(p.id),
          <ChartTooltipBox key={p.id} title={p.name} color={p.color}>
            <dl className="grid grid-cols-[auto_auto] gap-x-3 tabular-nums">
              <dt>{labels.x}</dt>
              <dd className="text-right font-medium">{props.formatX(p.x)}</dd>
              <dt>{labels.y}</dt>
              <dd className="text-right font-medium">{props.formatY(p.y)}</dd>
              <dt>{labels.z}</dt>
              <dd className="text-right font-medium">{props.formatZ(p.z)}</dd>
            </dl>
          </ChartTooltipBox>,
        ]),
      )}
    >
      <svg
        className="chart-surface pointer-events-none absolute overflow-visible"
        style={{ left: MARGIN.left, top: MARGIN.top, height: plotHeight, width: `calc(100% - ${MARGIN.left + MARGIN.right}px)` }}
        height={plotHeight}
        aria-hidden
        fontSize={12}
      >
        {xTicks.map((t) => (
          <g key={`x${t}`}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={plotHeight} stroke="var(--chart-grid)" />
            <text x={x(t)} y={plotHeight + 16} textAnchor="middle" fill="var(--chart-axis)">
              {props.formatXTick(t)}
            </text>
          </g>
        ))}
        {yTicks.map((t) => (
          <g key={`y${t}`}>
            <line x1="0" x2="100%" y1={y(t)} y2={y(t)} stroke="var(--chart-grid)" />
            <text x={-8} y={y(t)} dy={4} textAnchor="end" fill="var(--chart-axis)">
              {props.formatYTick(t)}
            </text>
          </g>
        ))}
        <text x="50%" y={plotHeight + 38} textAnchor="middle" fill="var(--chart-axis)">
          {labels.x}
        </text>
        <text transform={`translate(${-MARGIN.left + 12}, ${r2(plotHeight / 2)}) rotate(-90)`} textAnchor="middle" fill="var(--chart-axis)">
          {labels.y}
        </text>
        {xBenchmark && (
          <g className="benchmark-line">
            <line x1={x(xBenchmark.value)} x2={x(xBenchmark.value)} y1={0} y2={plotHeight} stroke="var(--chart-benchmark)" strokeDasharray="6 4" strokeWidth={1.5} />
            <text x={x(xBenchmark.value)} dx={4} y={14} fontSize={11} fill="var(--chart-axis)">
              {xBenchmark.label}
            </text>
          </g>
        )}
        {yBenchmark && (
          <g className="benchmark-line">
            <line x1="0" x2="100%" y1={y(yBenchmark.value)} y2={y(yBenchmark.value)} stroke="var(--chart-benchmark)" strokeDasharray="6 4" strokeWidth={1.5} />
            <text x="100%" dx={-4} y={y(yBenchmark.value)} dy={-6} textAnchor="end" fontSize={11} fill="var(--chart-axis)">
              {yBenchmark.label}
            </text>
          </g>
        )}
        {order.map((p) => (
          <g key={p.id} data-tip={tipId(p.id)} data-point={p.id}>
            <circle
              pointerEvents="all"
              className="tip-bg bubble"
              cx={x(p.x)}
              cy={y(p.y)}
              r={radius(p.z)}
              fill={p.color}
              fillOpacity={0.75}
              stroke={p.color}
              strokeWidth={1.5}
            />
          </g>
        ))}
      </svg>
    </ChartTips>
  );
}

import { ChartTooltipBox } from "./ChartTooltipBox";
import { LineChart } from "./svg/LineChart";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";

export interface ForecastChartPoint {
  /** stable key: the ISO week label */
  key: string;
  /** axis label, already in the page's language */
  label: string;
  actual: number | null;
  forecast: number | null;
  /** [lower, upper] of the interval */
  band: [number, number] | null;
}

export interface ForecastChartProps {
  data: ForecastChartPoint[];
  locale: Locale;
  labels: { actual: string; forecast: string; interval: string };
  benchmark: { value: number; label: string } | null;
  testId: string;
  /** the chart's accessible name and description (the caller also gives a table) */
  title: string;
  desc: string;
}

/**
 * A weekly rate (as %): actual weeks solid, forecast weeks dashed with the
 * interval as a shaded band, the benchmark as a dashed horizontal line.
 * Draws only; the caller gives the numbers and the text alternative.
 */
/** Round axis steps (0.5%, 1%, 2.5% …) around every value drawn, the benchmark included. */
function niceTicks(values: number[]): number[] | undefined {
  if (!values.length) return undefined;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const raw = (max - min || Math.abs(max) || 0.01) / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * pow >= raw) ?? 10) * pow;
  const ticks: number[] = [];
  for (let t = Math.floor(min / step) * step; t <= max + step * 1e-9 || ticks.length < 2; t += step) ticks.push(Number(t.toFixed(10)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toFixed(10)));
  return ticks;
}

export function ForecastChart({ data, locale, labels, benchmark, testId, title, desc }: ForecastChartProps) {
  const values = data.flatMap((d) => [d.actual, d.forecast, ...(d.band ?? [])]).filter((v): v is number => v !== null);
  const ticks = niceTicks(benchmark ? [...values, benchmark.value] : values);
  const fine = ticks && ticks.length > 1 && (ticks[1]! - ticks[0]!) * 100 < 1;
  const pct = (v: number) => formatPercent(v, locale, fine ? 1 : 0);
  return (
    <LineChart
      testId={testId}
      title={title}
      desc={desc}
      className="exec-chart [--exec-series:#4f46e5] dark:[--exec-series:#818cf8] print:[--exec-series:#4f46e5]"
      height={256}
      margin={{ top: 20, right: 16, bottom: 0, left: 48 }}
      fontSize={11}
      // half a card wide on a desktop and a phone's width: six dates fit both
      maxLabels={6}
      thinLabels={false}
      xs={data.map((d) => ({ key: d.key, label: d.label }))}
      zero={false}
      ticks={ticks}
      formatTick={pct}
      band={{ values: data.map((d) => d.band), color: "var(--exec-series)", opacity: 0.15 }}
      series={[
        { id: "actual", color: "var(--exec-series)", values: data.map((d) => d.actual), dot: 2.5 },
        { id: "forecast", color: "var(--exec-series)", values: data.map((d) => d.forecast), dashed: "6 4" },
      ]}
      benchmark={benchmark ? { ...benchmark, position: "insideTopLeft" } : null}
      tips={data.map((d) => (
        <ChartTooltipBox key={d.key} title={d.label}>
          {d.band && d.actual === null && (
            <p className="tabular-nums">
              {labels.interval}: {formatPercent(d.band[0], locale)} – {formatPercent(d.band[1], locale)}
            </p>
          )}
          {d.actual !== null && (
            <p className="tabular-nums">
              {labels.actual}: <strong>{formatPercent(d.actual, locale)}</strong>
            </p>
          )}
          {d.forecast !== null && d.actual === null && (
            <p className="tabular-nums">
              {labels.forecast}: <strong>{formatPercent(d.forecast, locale)}</strong>
            </p>
          )}
          {benchmark && <p>{benchmark.label}</p>}
        </ChartTooltipBox>
      ))}
    />
  );
}

import { formatValue, type DisplayUnit } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { ChartTooltipBox } from "./ChartTooltipBox";
import { LineChart } from "./svg/LineChart";

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

/** A weekly line with the benchmark as a dashed line and numbered annotation markers; drawn on the server. */
export function TrendChart({ points, benchmark, annotations, unit, locale, currency, valueLabel, color = "#4f46e5", testId }: TrendChartProps) {
  const format = (v: number | null) => formatValue(unit, v, locale, currency);
  return (
    <LineChart
      testId={testId}
      className="h-72"
      title={valueLabel}
      height={288}
      margin={{ top: 20, right: 24, bottom: 0, left: 72 }}
      xs={points.map((p) => ({ key: p.week, label: p.label }))}
      series={[{ id: "value", color, values: points.map((p) => p.value), width: 2.5, dot: 3 }]}
      zero
      formatTick={(v) => format(v)}
      benchmark={benchmark ? { ...benchmark, position: "insideTopRight" } : null}
      markers={annotations.flatMap((a) => {
        const index = points.findIndex((p) => p.week === a.week);
        return index < 0 ? [] : [{ index, text: String(a.mark) }];
      })}
      tips={points.map((p) => (
        <ChartTooltipBox key={p.week} title={p.label}>
          <p className="tabular-nums" style={{ color }}>
            {valueLabel} : {format(p.value)}
          </p>
        </ChartTooltipBox>
      ))}
    />
  );
}

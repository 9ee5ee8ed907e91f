"use client";

import { TrendLinesChart, type TrendBucketDatum, type TrendLineDatum } from "@/components/charts/TrendLinesChart";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";

export const CURVES_CHART_HEIGHT = 300;

/** The retention curves: one line per platform over period indices, the benchmark as a reference line. Rates arrive from the service. */
export function RetentionCurves(props: {
  locale: Locale;
  buckets: TrendBucketDatum[];
  lines: TrendLineDatum[];
  benchmark: { value: number; label: string } | null;
  definition: string;
  labels: { legend: string; showAll: string; hideAll: string; partial: string };
}) {
  const { locale } = props;
  return (
    <TrendLinesChart
      testId="retention-curves"
      buckets={props.buckets}
      lines={props.lines}
      definition={props.definition}
      benchmark={props.benchmark}
      formatValue={(v) => formatPercent(v, locale, 1)}
      formatTick={(v) => formatPercent(v, locale, 0)}
      height={CURVES_CHART_HEIGHT}
      labels={props.labels}
    />
  );
}

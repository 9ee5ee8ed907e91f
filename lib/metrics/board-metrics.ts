// The figures the weekly board shows per platform (PRODUCT.md `/`): five
// KPIs and two money totals, with how each is read, compared and paced.
import type { DisplayUnit } from "@/lib/format";
import type { TotalKey } from "./aggregate";
import type { Change, PeriodFigures } from "./compare";
import { compareKpi, compareMeasure } from "./compare";
import type { KpiDefinition } from "./definitions";
import type { KpiKey } from "./kpis";
import type { RatioKey } from "./ratios";

export const BOARD_METRIC_KEYS = ["ctr", "interactionRate", "conversionRate", "roi", "followerGrowthRate", "spend", "revenue"] as const;
export type BoardMetricKey = (typeof BOARD_METRIC_KEYS)[number];

interface KpiMetric {
  kind: "kpi";
  kpi: KpiKey;
  /**
   * How a goal on it is paced: "rate" projects numerator and denominator
   * (a ratio that does not grow with time), "cumulative" scales the value so
   * far (follower growth accumulates over the goal's period).
   */
  pacing: { kind: "rate"; pair: RatioKey | null } | { kind: "cumulative" };
}
interface MeasureMetric {
  kind: "measure";
  /** stored in minor units; goals on money use minor units too */
  measure: TotalKey;
}
export type BoardMetric = (KpiMetric | MeasureMetric) & {
  key: BoardMetricKey;
  direction: "higher" | "lower";
  unit: DisplayUnit;
};

export const BOARD_METRICS: Record<BoardMetricKey, BoardMetric> = {
  ctr: { key: "ctr", kind: "kpi", kpi: "ctr", direction: "higher", unit: "percent", pacing: { kind: "rate", pair: "clicksPerImpression" } },
  interactionRate: {
    key: "interactionRate", kind: "kpi", kpi: "interactionRate", direction: "higher", unit: "percent", pacing: { kind: "rate", pair: null },
  },
  conversionRate: {
    key: "conversionRate", kind: "kpi", kpi: "conversionRate", direction: "higher", unit: "percent",
    pacing: { kind: "rate", pair: "conversionsPerClick" },
  },
  roi: { key: "roi", kind: "kpi", kpi: "roi", direction: "higher", unit: "ratio", pacing: { kind: "rate", pair: "revenuePerSpend" } },
  followerGrowthRate: {
    key: "followerGrowthRate", kind: "kpi", kpi: "followerGrowthRate", direction: "higher", unit: "percent", pacing: { kind: "cumulative" },
  },
  spend: { key: "spend", kind: "measure", measure: "spendMinor", direction: "lower", unit: "money_minor" },
  revenue: { key: "revenue", kind: "measure", measure: "revenueMinor", direction: "higher", unit: "money_minor" },
};

export function boardValue(metric: BoardMetric, figures: PeriodFigures): number | null {
  return metric.kind === "kpi" ? figures.kpis[metric.kpi] : figures.sums.totals[metric.measure];
}

export function boardChange(
  metric: BoardMetric,
  definitions: Record<KpiKey, KpiDefinition>,
  current: PeriodFigures,
  previous: PeriodFigures,
): Change {
  return metric.kind === "kpi" ? compareKpi(definitions[metric.kpi], current, previous) : compareMeasure(metric.measure, current, previous);
}

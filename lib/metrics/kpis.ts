// KPIs of METRICS.md §2 that follow from paired sums. Money stays in minor
// units in the sums; KPIs in currency are converted to major units here.
import { ratio, type PairSums } from "./ratios";

export const KPI_KEYS = [
  "ctr",
  "interactionRate",
  "interactionRateByReach",
  "conversionRate",
  "roi",
  "netRoi",
  "cpm",
  "cpc",
  "cpa",
  "avgDwell",
  "profitMargin",
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];
export type Kpis = Record<KpiKey, number | null>;

function minus(x: number | null, y: number): number | null {
  return x === null ? null : x - y;
}
function times(x: number | null, k: number): number | null {
  return x === null ? null : x * k;
}

/** `minorPerMajor`: 100 for CNY and USD (fen, cents), 1 for JPY. */
export function kpisFromPairs(p: PairSums, minorPerMajor = 100): Kpis {
  const r = (k: keyof PairSums) => ratio(p[k].numerator, p[k].denominator);
  const roi = r("revenuePerSpend");
  const costShare = r("costPerRevenue");
  return {
    ctr: r("clicksPerImpression"),
    interactionRate: r("interactionsPerImpression"),
    interactionRateByReach: r("interactionsPerReach"),
    conversionRate: r("conversionsPerClick"),
    roi,
    netRoi: minus(roi, 1),
    cpm: times(r("spendPerImpression"), 1000 / minorPerMajor),
    cpc: times(r("spendPerClick"), 1 / minorPerMajor),
    cpa: times(r("spendPerConversion"), 1 / minorPerMajor),
    avgDwell: r("watchSecondsPerView"),
    // (revenue − cost) / revenue = 1 − cost/revenue, over rows that know both
    profitMargin: costShare === null ? null : 1 - costShare,
  };
}

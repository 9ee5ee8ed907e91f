// The KPIs of METRICS.md §2. Money stays in minor units in the sums; KPIs in
// currency are converted to major units here.
import type { InteractionDenominator } from "@/lib/schemas/enums";
import type { FollowerFigures } from "./follower-parts";
import { ratio, type PairSums } from "./ratios";

export const KPI_KEYS = [
  "ctr",
  "interactionRate",
  "interactionRateByImpressions",
  "interactionRateByReach",
  "interactionRateByFollowers",
  "conversionRate",
  "roi",
  "netRoi",
  "cpm",
  "cpc",
  "cpa",
  "followerGrowthRate",
  "avgDwell",
  "profitMargin",
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];
export type Kpis = Record<KpiKey, number | null>;

/** The KPIs that follow from paired sums alone (no follower totals). */
export type PairKpis = Omit<Kpis, "interactionRate" | "interactionRateByFollowers" | "followerGrowthRate">;

function minus(x: number | null, y: number): number | null {
  return x === null ? null : x - y;
}
function times(x: number | null, k: number): number | null {
  return x === null ? null : x * k;
}

/** The KPIs in currency: CPM, CPC, CPA. */
type MoneyKpi = "cpm" | "cpc" | "cpa";

/** The pair KPIs without a currency unit (rates, ROI, dwell, margin): the same in any currency. */
export function rateKpisFromPairs(p: PairSums): Omit<PairKpis, MoneyKpi> {
  const r = (k: keyof PairSums) => ratio(p[k].numerator, p[k].denominator);
  const roi = r("revenuePerSpend");
  const costShare = r("costPerRevenue");
  return {
    ctr: r("clicksPerImpression"),
    interactionRateByImpressions: r("interactionsPerImpression"),
    interactionRateByReach: r("interactionsPerReach"),
    conversionRate: r("conversionsPerClick"),
    roi,
    netRoi: minus(roi, 1),
    avgDwell: r("watchSecondsPerView"),
    // (revenue − cost) / revenue = 1 − cost/revenue, over rows that know both
    profitMargin: costShare === null ? null : 1 - costShare,
  };
}

/**
 * Every pair KPI. `minorPerMajor` is the workspace currency's
 * (lib/reference/currencies: 100 for CNY, 1 for JPY); there is no default,
 * so no caller can read yen as fen.
 */
export function kpisFromPairs(p: PairSums, minorPerMajor: number): PairKpis {
  const r = (k: keyof PairSums) => ratio(p[k].numerator, p[k].denominator);
  return {
    ...rateKpisFromPairs(p),
    cpm: times(r("spendPerImpression"), 1000 / minorPerMajor),
    cpc: times(r("spendPerClick"), 1 / minorPerMajor),
    cpa: times(r("spendPerConversion"), 1 / minorPerMajor),
  };
}

/**
 * Every KPI. `interactionRate` is the one the workspace reads, by its chosen
 * denominator; the three explicit variants are always there too.
 */
export function computeKpis(input: {
  pairs: PairSums;
  followers: Pick<FollowerFigures, "followerGrowthRate" | "interactionRateByFollowers"> | null;
  interactionDenominator: InteractionDenominator;
  /** of the workspace currency: lib/reference/currencies' minorPerMajor */
  minorPerMajor: number;
}): Kpis {
  const base = kpisFromPairs(input.pairs, input.minorPerMajor);
  const byFollowers = input.followers?.interactionRateByFollowers ?? null;
  const chosen = {
    impressions: base.interactionRateByImpressions,
    reach: base.interactionRateByReach,
    followers: byFollowers,
  }[input.interactionDenominator];
  return {
    ...base,
    interactionRate: chosen,
    interactionRateByFollowers: byFollowers,
    followerGrowthRate: input.followers?.followerGrowthRate ?? null,
  };
}

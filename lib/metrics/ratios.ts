// Ratios of sums (METRICS.md §2): a rate over any set of days, accounts or
// platforms is Σnumerator / Σdenominator over exactly the rows where both
// parts are known. Never an average of per-row rates.
import type { Measure, MeasureRow } from "./measures";

/**
 * A ratio's parts, each the sum of one or more measures of a row. A part made
 * of several measures (interactions = likes + comments + shares + saves) is
 * known when at least one of them is known; unknown components add nothing,
 * because exports differ in which interactions they report (TikTok's overview
 * has no saves) and the rate should use what the platform gives.
 */
export interface RatioParts {
  numerator: readonly Measure[];
  denominator: readonly Measure[];
}

export const INTERACTIONS = ["likes", "comments", "shares", "saves"] as const satisfies readonly Measure[];

/** The paired sums every KPI is computed from. */
export const RATIO_PARTS = {
  clicksPerImpression: { numerator: ["clicks"], denominator: ["impressions"] },
  interactionsPerImpression: { numerator: INTERACTIONS, denominator: ["impressions"] },
  interactionsPerReach: { numerator: INTERACTIONS, denominator: ["reach"] },
  conversionsPerClick: { numerator: ["conversions"], denominator: ["clicks"] },
  revenuePerSpend: { numerator: ["revenueMinor"], denominator: ["spendMinor"] },
  spendPerImpression: { numerator: ["spendMinor"], denominator: ["impressions"] },
  spendPerClick: { numerator: ["spendMinor"], denominator: ["clicks"] },
  spendPerConversion: { numerator: ["spendMinor"], denominator: ["conversions"] },
  watchSecondsPerView: { numerator: ["watchSeconds"], denominator: ["views"] },
  costPerRevenue: { numerator: ["costMinor"], denominator: ["revenueMinor"] },
} as const satisfies Record<string, RatioParts>;

export type RatioKey = keyof typeof RATIO_PARTS;
export const RATIO_KEYS = Object.keys(RATIO_PARTS) as RatioKey[];

export interface PairSum {
  numerator: number;
  denominator: number;
}
export type PairSums = Record<RatioKey, PairSum>;

/** The value of a part on one row, or null when the row does not know it. */
export function partValue(row: MeasureRow, measures: readonly Measure[]): number | null {
  let total: number | null = null;
  for (const m of measures) {
    const v = row[m];
    if (v !== null && v !== undefined) total = (total ?? 0) + v;
  }
  return total;
}

export function pairSum(rows: Iterable<MeasureRow>, parts: RatioParts): PairSum {
  let numerator = 0;
  let denominator = 0;
  for (const row of rows) {
    const n = partValue(row, parts.numerator);
    const d = partValue(row, parts.denominator);
    if (n === null || d === null) continue;
    numerator += n;
    denominator += d;
  }
  return { numerator, denominator };
}

export function pairSums(rows: readonly MeasureRow[]): PairSums {
  return Object.fromEntries(RATIO_KEYS.map((k) => [k, pairSum(rows, RATIO_PARTS[k])])) as PairSums;
}

/** numerator / denominator, or null when the denominator is zero or not finite. */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
  return numerator / denominator;
}

export function addPairSums(a: PairSums, b: PairSums): PairSums {
  return Object.fromEntries(
    RATIO_KEYS.map((k) => [
      k,
      { numerator: a[k].numerator + b[k].numerator, denominator: a[k].denominator + b[k].denominator },
    ]),
  ) as PairSums;
}

export function emptyPairSums(): PairSums {
  return Object.fromEntries(RATIO_KEYS.map((k) => [k, { numerator: 0, denominator: 0 }])) as PairSums;
}

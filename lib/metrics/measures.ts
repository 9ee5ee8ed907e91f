// The base measures of METRICS.md §1, as stored per account per day.

export const MEASURES = [
  "impressions",
  "reach",
  "views",
  "clicks",
  "likes",
  "comments",
  "shares",
  "saves",
  "follows",
  "unfollows",
  "followers",
  "profileVisits",
  "watchSeconds",
  "spendMinor",
  "revenueMinor",
  "conversions",
  "costMinor",
] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * Measures whose period value is the sum of the days. Reach is not (a week's
 * reach is not the sum of its days) and followers is a running total (a
 * period takes its last value); both are handled separately.
 */
export const ADDITIVE_MEASURES = MEASURES.filter(
  (m): m is Exclude<Measure, "reach" | "followers"> => m !== "reach" && m !== "followers",
);
export type AdditiveMeasure = (typeof ADDITIVE_MEASURES)[number];

/** Money measures, stored in minor units of the currency. */
export const MONEY_MEASURES = ["spendMinor", "revenueMinor", "costMinor"] as const satisfies readonly Measure[];

/** One row of base measures; null = unknown (not zero). */
export type MeasureRow = { [M in Measure]?: number | null };

// Audience segments (METRICS.md §5): the same KPIs per segment where the
// source splits them. Segment rows carry the base measures under the same
// names as daily rows, so the ratio-of-sums rule and rateKpisFromPairs apply
// unchanged. Segments overlap and need not cover the audience, so segment
// figures are never added up into a total.
import { rateKpisFromPairs } from "./kpis";
import type { PairSums } from "./ratios";

export const SEGMENT_KEYS = [
  "age_18_25",
  "age_26_34",
  "age_35_45",
  "age_46_plus",
  "gender_female",
  "gender_male",
  // city tiers as Chinese platforms split them: first-tier, "new first-tier", third-tier and below
  "region_tier1",
  "region_new_tier1",
  "region_lower_tier",
  "interest_beauty",
  "interest_food",
  "interest_tech",
] as const;
export type SegmentKey = (typeof SEGMENT_KEYS)[number];

/** What a segment splits the audience by, in the order pages list them. */
export const SEGMENT_DIMENSIONS = ["age", "gender", "region", "interest"] as const;
export type SegmentDimension = (typeof SEGMENT_DIMENSIONS)[number];

/** age_18_25 → age, region_tier1 → region: a key's dimension is its first word. */
export function segmentDimension(key: SegmentKey): SegmentDimension {
  return key.slice(0, key.indexOf("_")) as SegmentDimension;
}

/** The report's two named segments (page 7). */
export const NAMED_SEGMENTS = ["age_18_25", "age_35_45"] as const satisfies readonly SegmentKey[];

export const SEGMENT_KPIS = ["ctr", "interactionRate", "conversionRate", "roi"] as const;
export type SegmentKpi = (typeof SEGMENT_KPIS)[number];
export type SegmentKpis = Record<SegmentKpi, number | null>;

export function isSegmentKey(value: string): value is SegmentKey {
  return (SEGMENT_KEYS as readonly string[]).includes(value);
}

/**
 * CTR, interaction rate, conversion rate and ROI of a segment. The interaction
 * rate is by impressions: segment rows have no reach or follower split.
 */
export function segmentKpis(pairs: PairSums): SegmentKpis {
  const k = rateKpisFromPairs(pairs);
  return { ctr: k.ctr, interactionRate: k.interactionRateByImpressions, conversionRate: k.conversionRate, roi: k.roi };
}

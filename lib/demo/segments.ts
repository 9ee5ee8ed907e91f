// Audience segments for three accounts whose exports split their audience
// (Douyin, Xiaohongshu, TikTok of the Qinghe brand), each a share of the
// account's day:
// - by age, 18–25 and 35–45: the young see and interact more but buy less
//   and cheaper; the middle-aged click a little less but convert far more,
//   with larger baskets (report page 7: short video vs practical content);
// - by city tier: first-tier cities buy more and dearer, lower-tier cities
//   interact more and buy cheaper;
// - by interest (overlapping): beauty clicks and interacts, food interacts
//   but buys small, tech clicks least and buys big.
import { accountKey } from "./accounts";
import { forkRng, type Rng } from "./prng";
import type { AccountKey, DemoDailyMetric, DemoSegmentDailyMetric } from "./types";

interface SegmentPlan {
  segment: "age_18_25" | "age_35_45" | "region_tier1" | "region_new_tier1" | "region_lower_tier" | "interest_beauty" | "interest_food" | "interest_tech";
  ctr: number;
  interaction: number;
  conversion: number;
  orderValue: number;
}

const SEGMENTS: readonly SegmentPlan[] = [
  { segment: "age_18_25", ctr: 1.08, interaction: 1.45, conversion: 0.65, orderValue: 0.8 },
  { segment: "age_35_45", ctr: 0.92, interaction: 0.7, conversion: 1.55, orderValue: 1.3 },
  { segment: "region_tier1", ctr: 1.04, interaction: 0.9, conversion: 1.25, orderValue: 1.3 },
  { segment: "region_new_tier1", ctr: 1.0, interaction: 1.0, conversion: 1.05, orderValue: 1.05 },
  { segment: "region_lower_tier", ctr: 0.95, interaction: 1.2, conversion: 0.85, orderValue: 0.7 },
  { segment: "interest_beauty", ctr: 1.15, interaction: 1.3, conversion: 1.1, orderValue: 1.0 },
  { segment: "interest_food", ctr: 1.02, interaction: 1.25, conversion: 0.9, orderValue: 0.65 },
  { segment: "interest_tech", ctr: 0.88, interaction: 0.8, conversion: 1.3, orderValue: 1.7 },
];

/** Share of the account's impressions (and spend) that reach each segment. */
const ACCOUNTS: readonly { key: AccountKey; shares: Record<SegmentPlan["segment"], number> }[] = [
  // City tiers add up to at most 1 (the rest is unknown); interests overlap.
  {
    key: accountKey("douyin", "qinghe_official"),
    shares: { age_18_25: 0.36, age_35_45: 0.2, region_tier1: 0.22, region_new_tier1: 0.3, region_lower_tier: 0.4, interest_beauty: 0.35, interest_food: 0.3, interest_tech: 0.12 },
  },
  {
    key: accountKey("xiaohongshu", "qinghe_lab"),
    shares: { age_18_25: 0.42, age_35_45: 0.15, region_tier1: 0.38, region_new_tier1: 0.34, region_lower_tier: 0.22, interest_beauty: 0.55, interest_food: 0.25, interest_tech: 0.1 },
  },
  {
    key: accountKey("tiktok", "qinghe.global"),
    shares: { age_18_25: 0.45, age_35_45: 0.12, region_tier1: 0.3, region_new_tier1: 0.28, region_lower_tier: 0.3, interest_beauty: 0.3, interest_food: 0.2, interest_tech: 0.25 },
  },
];

export const SEGMENT_ACCOUNT_KEYS: readonly AccountKey[] = ACCOUNTS.map((a) => a.key);

const round = (x: number): number => Math.max(0, Math.round(x));

/** x scaled by k with noise, or null when x or k is unknown. */
function scaled(rng: Rng, x: number | null, k: number | null, sigma: number): number | null {
  return x === null || k === null ? null : round(x * k * rng.jitter(sigma));
}

export function generateSegmentMetrics(dailyMetrics: readonly DemoDailyMetric[], seed: number): DemoSegmentDailyMetric[] {
  const rows: DemoSegmentDailyMetric[] = [];
  for (const account of ACCOUNTS) {
    const days = dailyMetrics.filter((r) => r.accountKey === account.key);
    for (const plan of SEGMENTS) {
      const rng = forkRng(seed, `segment:${account.key}:${plan.segment}`);
      const share = account.shares[plan.segment];
      for (const d of days) {
        const impressions = scaled(rng, d.impressions, share, 0.05);
        // Rates follow the account's day, shifted by the segment's behaviour.
        const imp = d.impressions && d.impressions > 0 ? d.impressions : null;
        const perImpression = (x: number | null) => (x === null || imp === null ? null : x / imp);
        const ctr = perImpression(d.clicks);
        const clicks = impressions === null || ctr === null ? null : round(impressions * ctr * plan.ctr * rng.jitter(0.06));
        const interactionShare = imp === null || impressions === null ? null : (impressions / imp) * plan.interaction;
        const cvr = d.conversions !== null && d.clicks ? d.conversions / d.clicks : null;
        const conversions = clicks === null || cvr === null ? null : round(clicks * cvr * plan.conversion * rng.jitter(0.1));
        const orderValue = d.revenueMinor !== null && d.conversions ? d.revenueMinor / d.conversions : null;
        rows.push({
          accountKey: account.key,
          day: d.day,
          segment: plan.segment,
          impressions,
          views: scaled(rng, d.views, share, 0.05),
          clicks,
          likes: scaled(rng, d.likes, interactionShare, 0.08),
          comments: scaled(rng, d.comments, interactionShare, 0.12),
          shares: scaled(rng, d.shares, interactionShare, 0.12),
          saves: scaled(rng, d.saves, interactionShare, 0.12),
          conversions,
          spendMinor: scaled(rng, d.spendMinor, share, 0.05),
          revenueMinor:
            conversions === null || d.revenueMinor === null
              ? null
              : orderValue === null
                ? 0
                : round(conversions * orderValue * plan.orderValue * rng.jitter(0.06)),
        });
      }
    }
  }
  return rows;
}

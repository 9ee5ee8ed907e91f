// How each platform behaves in the demo: rates set around the 2026 report's
// figures (short-video ad CTR 3.2%, enterprise interaction rate 1.8%, Douyin
// dwell 8 s, WeChat Channels conversion up to 12%, public 12% vs private 28%
// margin), with a spread a real team would recognise: Douyin above the CTR
// benchmark and Weibo below, Xiaohongshu's high interaction from saves,
// LinkedIn quiet at weekends, private domain with the best ROI.
import type { PlatformKey } from "@/lib/schemas/enums";

/** Relative volume Monday … Sunday (normalised to a mean of 1 where used). */
type WeekShape = readonly [number, number, number, number, number, number, number];

const LEISURE_VIDEO: WeekShape = [0.93, 0.91, 0.94, 0.97, 1.04, 1.2, 1.22];
const COMMUNITY: WeekShape = [0.95, 0.93, 0.95, 0.98, 1.02, 1.15, 1.14];
const NEWSFEED: WeekShape = [1.02, 1.01, 1.0, 1.0, 1.0, 0.97, 0.98];
const WORKDAY: WeekShape = [1.15, 1.2, 1.2, 1.15, 1.0, 0.38, 0.35];
// WeCom outreach is sent by advisers on working days.
const PRIVATE_DOMAIN: WeekShape = [1.06, 1.05, 1.05, 1.05, 1.0, 0.84, 0.8];
const EVENINGS_WEEKENDS: WeekShape = [0.85, 0.85, 0.9, 0.95, 1.1, 1.3, 1.32];

export interface InteractionMix {
  likes: number;
  comments: number;
  shares: number;
  saves: number;
}

export interface PlatformProfile {
  ctr: number;
  /** (likes + comments + shares + saves) / impressions */
  interactionRate: number;
  mix: InteractionMix;
  /** conversions / clicks */
  conversionRate: number;
  /** revenue / spend */
  roi: number;
  /** (revenue − cost) / revenue */
  profitMargin: number;
  /** views / impressions */
  viewRate: number;
  /** watch seconds per view; null where the platform's export has no watch time */
  dwellSeconds: number | null;
  /** impressions per person reached; null where the export has no reach (X) */
  frequency: number | null;
  /** follows per impression */
  followRate: number;
  /** unfollows as a share of follows */
  unfollowShare: number;
  profileVisitRate: number;
  week: WeekShape;
  /** log growth of volume per week: the slow trend */
  weeklyGrowth: number;
  /** order value relative to the industry's */
  orderValueFactor: number;
  /** content posts per account per week (mean) */
  postsPerWeek: number;
}

const mix = (likes: number, comments: number, shares: number, saves: number): InteractionMix => ({ likes, comments, shares, saves });

export const PLATFORM_PROFILES: Record<PlatformKey, PlatformProfile> = {
  douyin: {
    ctr: 0.035, interactionRate: 0.015, mix: mix(0.78, 0.08, 0.07, 0.07), conversionRate: 0.024, roi: 11, profitMargin: 0.12,
    viewRate: 0.72, dwellSeconds: 8.2, frequency: 1.9, followRate: 0.0007, unfollowShare: 0.3, profileVisitRate: 0.004,
    week: LEISURE_VIDEO, weeklyGrowth: 0.004, orderValueFactor: 0.9, postsPerWeek: 3.5,
  },
  kuaishou: {
    ctr: 0.031, interactionRate: 0.017, mix: mix(0.8, 0.09, 0.06, 0.05), conversionRate: 0.022, roi: 9, profitMargin: 0.11,
    viewRate: 0.7, dwellSeconds: 9.4, frequency: 1.8, followRate: 0.0006, unfollowShare: 0.32, profileVisitRate: 0.0035,
    week: LEISURE_VIDEO, weeklyGrowth: 0.002, orderValueFactor: 0.8, postsPerWeek: 3,
  },
  xiaohongshu: {
    ctr: 0.03, interactionRate: 0.045, mix: mix(0.5, 0.1, 0.05, 0.35), conversionRate: 0.028, roi: 14, profitMargin: 0.13,
    viewRate: 0.35, dwellSeconds: 14, frequency: 1.6, followRate: 0.0012, unfollowShare: 0.25, profileVisitRate: 0.008,
    week: COMMUNITY, weeklyGrowth: 0.008, orderValueFactor: 1.1, postsPerWeek: 3,
  },
  wechat_channels: {
    ctr: 0.034, interactionRate: 0.017, mix: mix(0.6, 0.08, 0.22, 0.1), conversionRate: 0.1, roi: 16, profitMargin: 0.14,
    viewRate: 0.62, dwellSeconds: 11.5, frequency: 1.5, followRate: 0.0009, unfollowShare: 0.28, profileVisitRate: 0.005,
    week: LEISURE_VIDEO, weeklyGrowth: 0.01, orderValueFactor: 1, postsPerWeek: 2.5,
  },
  wechat_private: {
    ctr: 0.075, interactionRate: 0.028, mix: mix(0.45, 0.25, 0.2, 0.1), conversionRate: 0.1, roi: 23, profitMargin: 0.28,
    viewRate: 0.45, dwellSeconds: null, frequency: 1.3, followRate: 0.0025, unfollowShare: 0.35, profileVisitRate: 0.01,
    week: PRIVATE_DOMAIN, weeklyGrowth: 0.006, orderValueFactor: 1.4, postsPerWeek: 2,
  },
  weibo: {
    ctr: 0.024, interactionRate: 0.011, mix: mix(0.65, 0.15, 0.17, 0.03), conversionRate: 0.012, roi: 6, profitMargin: 0.1,
    viewRate: 0.3, dwellSeconds: 6.5, frequency: 1.7, followRate: 0.0004, unfollowShare: 0.45, profileVisitRate: 0.003,
    week: NEWSFEED, weeklyGrowth: -0.002, orderValueFactor: 0.9, postsPerWeek: 3,
  },
  bilibili: {
    ctr: 0.027, interactionRate: 0.033, mix: mix(0.55, 0.12, 0.08, 0.25), conversionRate: 0.016, roi: 8.5, profitMargin: 0.12,
    viewRate: 0.55, dwellSeconds: 68, frequency: 1.5, followRate: 0.0011, unfollowShare: 0.3, profileVisitRate: 0.006,
    week: COMMUNITY, weeklyGrowth: 0.003, orderValueFactor: 1, postsPerWeek: 1.2,
  },
  tiktok: {
    ctr: 0.03, interactionRate: 0.019, mix: mix(0.82, 0.06, 0.06, 0.06), conversionRate: 0.018, roi: 7.5, profitMargin: 0.11,
    viewRate: 0.7, dwellSeconds: 7.4, frequency: 1.8, followRate: 0.0006, unfollowShare: 0.3, profileVisitRate: 0.004,
    week: LEISURE_VIDEO, weeklyGrowth: 0.006, orderValueFactor: 1.2, postsPerWeek: 3,
  },
  instagram: {
    ctr: 0.021, interactionRate: 0.018, mix: mix(0.8, 0.06, 0.04, 0.1), conversionRate: 0.02, roi: 7, profitMargin: 0.12,
    viewRate: 0.5, dwellSeconds: 6.1, frequency: 1.6, followRate: 0.0008, unfollowShare: 0.35, profileVisitRate: 0.005,
    week: COMMUNITY, weeklyGrowth: 0.002, orderValueFactor: 1.2, postsPerWeek: 2.5,
  },
  facebook: {
    ctr: 0.016, interactionRate: 0.008, mix: mix(0.75, 0.12, 0.11, 0.02), conversionRate: 0.018, roi: 6, profitMargin: 0.1,
    viewRate: 0.3, dwellSeconds: 5.2, frequency: 1.7, followRate: 0.0003, unfollowShare: 0.5, profileVisitRate: 0.002,
    week: NEWSFEED, weeklyGrowth: -0.004, orderValueFactor: 1.1, postsPerWeek: 2,
  },
  youtube: {
    ctr: 0.026, interactionRate: 0.012, mix: mix(0.8, 0.1, 0.05, 0.05), conversionRate: 0.015, roi: 6.5, profitMargin: 0.12,
    viewRate: 0.55, dwellSeconds: 42, frequency: 1.4, followRate: 0.0007, unfollowShare: 0.25, profileVisitRate: 0.003,
    week: COMMUNITY, weeklyGrowth: 0.003, orderValueFactor: 1.2, postsPerWeek: 1.2,
  },
  x: {
    ctr: 0.018, interactionRate: 0.007, mix: mix(0.6, 0.12, 0.2, 0.08), conversionRate: 0.012, roi: 5.5, profitMargin: 0.1,
    viewRate: 0.25, dwellSeconds: null, frequency: null, followRate: 0.0004, unfollowShare: 0.55, profileVisitRate: 0.003,
    week: NEWSFEED, weeklyGrowth: -0.003, orderValueFactor: 1.1, postsPerWeek: 3,
  },
  linkedin: {
    ctr: 0.019, interactionRate: 0.005, mix: mix(0.7, 0.12, 0.16, 0.02), conversionRate: 0.035, roi: 8, profitMargin: 0.15,
    viewRate: 0.2, dwellSeconds: null, frequency: 1.4, followRate: 0.003, unfollowShare: 0.15, profileVisitRate: 0.012,
    week: WORKDAY, weeklyGrowth: 0.004, orderValueFactor: 1.3, postsPerWeek: 1.2,
  },
  virtual: {
    ctr: 0.041, interactionRate: 0.03, mix: mix(0.55, 0.25, 0.1, 0.1), conversionRate: 0.014, roi: 9.5, profitMargin: 0.16,
    viewRate: 0.6, dwellSeconds: 95, frequency: 2.2, followRate: 0.002, unfollowShare: 0.4, profileVisitRate: 0.01,
    week: EVENINGS_WEEKENDS, weeklyGrowth: 0.02, orderValueFactor: 1, postsPerWeek: 1.5,
  },
};

/** The day-of-week factor (ISO day 1…7), normalised so a week keeps its volume. */
export function weekdayFactor(profile: PlatformProfile, isoDay: number): number {
  const mean = profile.week.reduce((a, b) => a + b, 0) / 7;
  return (profile.week[isoDay - 1] ?? 1) / mean;
}

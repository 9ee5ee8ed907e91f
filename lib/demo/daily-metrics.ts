// One row per account per day. Volume = level × slow trend × weekday shape ×
// campaign lift × noise; the other measures follow from volume through the
// platform's rates, so the KPIs (ratios of sums) land near the profiles.
import { daysBetween, isoDayOfWeek, type Day } from "@/lib/metrics/periods";
import { INDUSTRY_PROFILES, specKey, type AccountSpec } from "./accounts";
import { PLATFORM_PROFILES, weekdayFactor } from "./platform-profiles";
import { forkRng, type Rng } from "./prng";
import { campaignIntensity, inPeriod, type Timeline } from "./timeline";
import type { DemoDailyMetric } from "./types";

// The bad week: reach throttled and click tracking broken at the same time.
const BAD_WEEK_VOLUME = 0.42;
const BAD_WEEK_CTR = 0.55;
// Xiaohongshu's feed change: notes get fewer interactions from then on.
const ALGORITHM_CHANGE_INTERACTION = 0.85;
// Days on which cost of goods was not yet booked.
const COST_UNKNOWN_SHARE = 0.04;
// TikTok Shop attribution arrives two days late, so the last two days are unknown.
const LATE_ATTRIBUTION_DAYS = 2;

/** Last day with data for an account. */
export function dataEndDay(spec: AccountSpec, timeline: Timeline): Day {
  return spec.staleDays ? timelineDay(timeline, -spec.staleDays) : timeline.range.end;
}

function timelineDay(timeline: Timeline, offsetFromEnd: number): Day {
  const day = timeline.days[timeline.days.length - 1 + offsetFromEnd];
  if (!day) throw new RangeError(`offset ${offsetFromEnd} outside the range`);
  return day;
}

/** Sum of campaign intensities weighted by how much this industry responds to each kind. */
export function campaignLift(spec: AccountSpec, timeline: Timeline, day: Day): number {
  const industry = INDUSTRY_PROFILES[spec.industry];
  let lift = 0;
  for (const c of timeline.campaigns) {
    const intensity = campaignIntensity(c, day);
    if (intensity > 0) lift += intensity * (c.kind === "festival" ? industry.festivalLift : industry.brandEventLift);
  }
  return lift;
}

interface AccountTraits {
  ctr: number;
  interaction: number;
  conversion: number;
  roi: number;
  growth: number;
}

// Accounts on one platform differ a little from each other, as real ones do.
function accountTraits(rng: Rng): AccountTraits {
  return {
    ctr: rng.jitter(0.05),
    interaction: rng.jitter(0.1),
    conversion: rng.jitter(0.1),
    roi: rng.jitter(0.08),
    growth: rng.normal(0, 0.002),
  };
}

const round = (x: number): number => Math.max(0, Math.round(x));

export function generateDailyMetrics(spec: AccountSpec, timeline: Timeline, seed: number): DemoDailyMetric[] {
  const key = specKey(spec);
  const profile = PLATFORM_PROFILES[spec.platformKey];
  const industry = INDUSTRY_PROFILES[spec.industry];
  const traits = accountTraits(forkRng(seed, `traits:${key}`));
  const rng = forkRng(seed, `daily:${key}`);
  const lastDay = dataEndDay(spec, timeline);
  const endDay = timeline.range.end;
  const gapDay = spec.exportGapDaysBack === undefined ? null : timelineDay(timeline, -spec.exportGapDaysBack);
  const badPlatform = timeline.badWeekPlatforms.includes(spec.platformKey);

  const rows: DemoDailyMetric[] = [];
  let followers = spec.followers;
  for (const day of timeline.days) {
    if (day > lastDay) break;
    const daysBack = daysBetween(day, endDay);
    const lift = campaignLift(spec, timeline, day);
    const bad = badPlatform && inPeriod(day, timeline.badWeek);

    // Volume is anchored at the range end, so weeklyImpressions is "now".
    const trend = Math.exp(-(profile.weeklyGrowth + traits.growth) * (daysBack / 7));
    const plannedImpressions = (spec.weeklyImpressions / 7) * trend * weekdayFactor(profile, isoDayOfWeek(day)) * (1 + lift);
    const impressions = round(plannedImpressions * (bad ? BAD_WEEK_VOLUME : 1) * rng.jitter(0.09));

    const plannedCtr = profile.ctr * traits.ctr * (1 + 0.12 * lift);
    const clicks = round(impressions * plannedCtr * (bad ? BAD_WEEK_CTR : 1) * rng.jitter(0.06));

    const algorithmHit = spec.platformKey === "xiaohongshu" && day >= timeline.algorithmChangeDay ? ALGORITHM_CHANGE_INTERACTION : 1;
    const interactions = impressions * profile.interactionRate * traits.interaction * algorithmHit * (1 + 0.1 * lift) * rng.jitter(0.07);
    const likes = round(interactions * profile.mix.likes * rng.jitter(0.08));
    const comments = round(interactions * profile.mix.comments * rng.jitter(0.12));
    const shares = round(interactions * profile.mix.shares * rng.jitter(0.12));
    const saves = round(interactions * profile.mix.saves * rng.jitter(0.12));

    const views = round(impressions * profile.viewRate * rng.jitter(0.05));
    const reach = profile.frequency === null ? null : Math.min(impressions, round(impressions / (profile.frequency * rng.jitter(0.05))));
    const watchSeconds = profile.dwellSeconds === null ? null : round(views * profile.dwellSeconds * rng.jitter(0.06));

    const follows = round(impressions * profile.followRate * (1 + 0.5 * lift) * rng.jitter(0.15));
    // Some people leave every day whatever was posted: a small share of the base.
    const unfollows = round(follows * profile.unfollowShare * rng.jitter(0.2) + followers * 0.00004);
    followers += follows - unfollows;
    const profileVisits = round(impressions * profile.profileVisitRate * rng.jitter(0.1));

    const plannedConversion = profile.conversionRate * industry.conversionFactor * traits.conversion * (1 + 0.35 * lift);
    const conversions = round(clicks * plannedConversion * rng.jitter(0.08));
    const orderValue = industry.orderValue * profile.orderValueFactor;
    const revenue = conversions * orderValue * rng.jitter(0.06);
    // Budgets follow the plan, not the outcome: in the bad week spend stays
    // where it was planned while revenue collapses, as it would in reality.
    // Campaign budgets rise a little faster than revenue (promotion costs).
    const plannedRevenue = plannedImpressions * plannedCtr * plannedConversion * orderValue;
    const spend = ((plannedRevenue * (1 + 0.15 * lift)) / (profile.roi * traits.roi)) * rng.jitter(0.07);
    const margin = profile.profitMargin * rng.jitter(0.1);
    const cost = revenue * (1 - margin);
    const costKnown = !rng.chance(COST_UNKNOWN_SHARE);

    const attributionPending = spec.platformKey === "tiktok" && daysBack < LATE_ATTRIBUTION_DAYS;
    const exportGap = day === gapDay;
    rows.push({
      accountKey: key,
      day,
      impressions: exportGap ? null : impressions,
      reach: exportGap ? null : reach,
      views: exportGap ? null : views,
      clicks: exportGap ? null : clicks,
      likes,
      comments,
      shares,
      saves,
      follows,
      unfollows,
      followers,
      profileVisits,
      watchSeconds: exportGap ? null : watchSeconds,
      spendMinor: round(spend * 100),
      revenueMinor: attributionPending ? null : round(revenue * 100),
      conversions: attributionPending ? null : conversions,
      costMinor: attributionPending || !costKnown ? null : round(cost * 100),
    });
  }
  return rows;
}

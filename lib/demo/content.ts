// Everyday posts: one to four a week per account, each with its own totals.
// Posts from the last days have not finished accumulating views, as in a real
// export pulled on the range's last day.
import { addDays, daysBetween, isoDayOfWeek, type Day } from "@/lib/metrics/periods";
import { specKey, type AccountSpec } from "./accounts";
import { contentTitle } from "./content-titles";
import { baseDwell, durationFor, FORMAT_WEIGHTS, isVideo, ORIGIN_EFFECTS, pickOrigin, pickWeighted, postingHour, postingWeekday } from "./content-shapes";
import { campaignLift, dataEndDay } from "./daily-metrics";
import { externalIdFactory } from "./external-ids";
import { PLATFORM_PROFILES, weekdayFactor } from "./platform-profiles";
import { forkRng } from "./prng";
import { inPeriod, type Timeline } from "./timeline";
import type { DemoContentItem } from "./types";
import { wallTimeInZone } from "@/lib/metrics/zoned-day";

// Share of an account's weekly impressions that its posts of that week earn
// (the rest is the back catalogue, ads and live rooms outside posts).
const POSTS_SHARE_OF_WEEK = 0.5;

function maturity(publishDay: Day, endDay: Day): number {
  const age = daysBetween(publishDay, endDay);
  return 1 - Math.exp(-(age + 0.5) / 1.5);
}

const round = (x: number): number => Math.max(0, Math.round(x));

export function generateContentItems(
  spec: AccountSpec,
  timeline: Timeline,
  timeZone: string,
  seed: number,
  usedIds: Set<string>,
): DemoContentItem[] {
  const key = specKey(spec);
  const profile = PLATFORM_PROFILES[spec.platformKey];
  const rng = forkRng(seed, `content:${key}`);
  const nextId = externalIdFactory(forkRng(seed, `content-ids:${key}`), spec.platformKey, usedIds);
  const lastDay = dataEndDay(spec, timeline);
  const endDay = timeline.range.end;
  const badPlatform = timeline.badWeekPlatforms.includes(spec.platformKey);
  const items: DemoContentItem[] = [];

  for (let weekStart = timeline.range.start; weekStart <= endDay; weekStart = addDays(weekStart, 7)) {
    const count = Math.min(4, Math.max(1, rng.poisson(profile.postsPerWeek)));
    for (let i = 0; i < count; i += 1) {
      const day = addDays(weekStart, postingWeekday(rng, spec.platformKey));
      const hour = postingHour(rng, spec.platformKey);
      const minute = rng.int(0, 59);
      const format = pickWeighted(rng, FORMAT_WEIGHTS[spec.platformKey]);
      const origin = pickOrigin(rng);
      const effect = ORIGIN_EFFECTS[origin];
      const title = contentTitle(rng, spec.platformKey, spec.industry);
      const duration = durationFor(rng, format);
      const noise = {
        reach: rng.jitter(0.05),
        views: rng.jitter(0.1),
        ctr: rng.jitter(0.15),
        ir: rng.jitter(0.2),
        likes: rng.jitter(0.08),
        comments: rng.jitter(0.2),
        shares: rng.jitter(0.2),
        saves: rng.jitter(0.2),
        dwell: rng.jitter(0.15),
        follows: rng.jitter(0.3),
      };
      const size = rng.jitter(0.9);
      const externalId = nextId();
      // Draw everything first, then drop posts after the data ends, so the
      // posts before a sync stopped are the same as they would be without it.
      if (day > lastDay) continue;

      const daysBack = daysBetween(day, endDay);
      const trend = Math.exp(-profile.weeklyGrowth * (daysBack / 7));
      const lift = campaignLift(spec, timeline, day);
      const bad = badPlatform && inPeriod(day, timeline.badWeek) ? 0.42 : 1;
      const impressions = round(
        ((spec.weeklyImpressions * POSTS_SHARE_OF_WEEK) / profile.postsPerWeek) *
          trend *
          weekdayFactor(profile, isoDayOfWeek(day)) *
          (1 + lift) *
          bad *
          size *
          maturity(day, endDay),
      );
      const interactions = impressions * profile.interactionRate * effect.interaction * noise.ir;
      const views = round(impressions * profile.viewRate * noise.views);
      const dwell = duration === null ? null : Math.min(duration, baseDwell(profile, format, duration) * effect.dwell * noise.dwell);
      items.push({
        accountKey: key,
        externalId,
        title,
        publishedAt: wallTimeInZone(day, hour, minute, timeZone).toISOString(),
        format,
        origin,
        testGroupKey: null,
        variant: null,
        impressions,
        reach: profile.frequency === null ? null : Math.min(impressions, round((impressions / profile.frequency) * noise.reach)),
        views,
        clicks: round(impressions * profile.ctr * effect.ctr * noise.ctr),
        likes: round(interactions * profile.mix.likes * noise.likes),
        comments: round(interactions * profile.mix.comments * noise.comments),
        shares: round(interactions * profile.mix.shares * noise.shares),
        saves: round(interactions * profile.mix.saves * noise.saves),
        follows: round(impressions * profile.followRate * noise.follows),
        watchSeconds: isVideo(format) && dwell !== null ? round(views * dwell) : null,
        durationSeconds: duration,
      });
    }
  }
  return items;
}

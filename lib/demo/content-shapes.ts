// What content looks like per platform and per origin: formats, durations,
// posting hours, and how AI-generated, human and co-created posts perform.
// Co-created posts earn the most interaction; AI posts are the most numerous
// (cheap to make) but hold attention less.
import type { ContentFormat, ContentOrigin, PlatformKey } from "@/lib/schemas/enums";
import type { PlatformProfile } from "./platform-profiles";
import type { Rng } from "./prng";

export const FORMAT_WEIGHTS: Record<PlatformKey, ReadonlyArray<readonly [ContentFormat, number]>> = {
  douyin: [["short_video", 0.85], ["live", 0.15]],
  kuaishou: [["short_video", 0.75], ["live", 0.25]],
  xiaohongshu: [["image_note", 0.65], ["short_video", 0.35]],
  wechat_channels: [["short_video", 0.8], ["live", 0.2]],
  wechat_private: [["article", 0.6], ["post", 0.4]],
  weibo: [["post", 0.7], ["short_video", 0.3]],
  bilibili: [["long_video", 0.85], ["live", 0.15]],
  tiktok: [["short_video", 0.9], ["live", 0.1]],
  instagram: [["post", 0.5], ["short_video", 0.5]],
  facebook: [["post", 0.7], ["short_video", 0.3]],
  youtube: [["long_video", 0.55], ["short_video", 0.45]],
  x: [["post", 1]],
  linkedin: [["post", 0.7], ["article", 0.3]],
  virtual: [["live", 0.6], ["post", 0.4]],
};

export interface OriginEffect {
  share: number;
  ctr: number;
  interaction: number;
  dwell: number;
}

export const ORIGIN_EFFECTS: Record<ContentOrigin, OriginEffect> = {
  ai_generated: { share: 0.45, ctr: 0.95, interaction: 0.8, dwell: 0.78 },
  human: { share: 0.38, ctr: 1, interaction: 1, dwell: 1 },
  co_created: { share: 0.17, ctr: 1.06, interaction: 1.35, dwell: 1.08 },
};

export function pickWeighted<T>(rng: Rng, options: ReadonlyArray<readonly [T, number]>): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [value, weight] of options) {
    x -= weight;
    if (x < 0) return value;
  }
  const last = options[options.length - 1];
  if (!last) throw new RangeError("no options");
  return last[0];
}

export function pickOrigin(rng: Rng): ContentOrigin {
  return pickWeighted(
    rng,
    (Object.keys(ORIGIN_EFFECTS) as ContentOrigin[]).map((o) => [o, ORIGIN_EFFECTS[o].share] as const),
  );
}

export function isVideo(format: ContentFormat): boolean {
  return format === "short_video" || format === "long_video" || format === "live";
}

/** Seconds of the video or live session; null for text and image posts. */
export function durationFor(rng: Rng, format: ContentFormat): number | null {
  switch (format) {
    case "short_video":
      return rng.int(15, 60);
    case "long_video":
      return rng.int(240, 1200);
    case "live":
      return rng.int(3600, 10800);
    default:
      return null;
  }
}

/** Average seconds watched per view before the origin effect. */
export function baseDwell(profile: PlatformProfile, format: ContentFormat, duration: number): number {
  if (format === "long_video") return duration * 0.22;
  if (format === "live") return 140;
  return Math.min(profile.dwellSeconds ?? 7, duration * 0.9);
}

// Evening peaks for consumer platforms; office hours on LinkedIn.
const CONSUMER_HOURS = [7, 8, 12, 12, 17, 18, 19, 20, 20, 21, 21, 22] as const;
const OFFICE_HOURS = [8, 9, 10, 12, 14, 16] as const;

export function postingHour(rng: Rng, platformKey: PlatformKey): number {
  return rng.pick(platformKey === "linkedin" ? OFFICE_HOURS : CONSUMER_HOURS);
}

/** Day offset within the week (0 = first day); LinkedIn posts on working days only. */
export function postingWeekday(rng: Rng, platformKey: PlatformKey): number {
  return platformKey === "linkedin" ? rng.int(0, 4) : rng.int(0, 6);
}

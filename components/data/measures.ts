// The measures a column can be mapped to on /data, by their canonical CSV
// names (what the mapping API takes), and how stored measures are shown in
// the preview's sample. Kept apart from lib/ingest so the page's browser code
// does not carry the importer; the types tie the lists to it.
import type { CanonicalMeasureColumn } from "@/lib/ingest/canonical";
import type { Measure } from "@/lib/metrics/measures";

/** Mapping targets in the canonical CSV's column order, then watch time in hours. */
export const MAPPING_TARGETS = [
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
  "profile_visits",
  "watch_seconds",
  "watch_hours",
  "spend",
  "revenue",
  "conversions",
  "cost",
] as const satisfies readonly (CanonicalMeasureColumn | "watch_hours")[];
export type MappingTarget = (typeof MAPPING_TARGETS)[number];

/** Stored measure → its canonical column (the label key). */
export const MEASURE_COLUMN = {
  impressions: "impressions",
  reach: "reach",
  views: "views",
  clicks: "clicks",
  likes: "likes",
  comments: "comments",
  shares: "shares",
  saves: "saves",
  follows: "follows",
  unfollows: "unfollows",
  followers: "followers",
  profileVisits: "profile_visits",
  watchSeconds: "watch_seconds",
  spendMinor: "spend",
  revenueMinor: "revenue",
  conversions: "conversions",
  costMinor: "cost",
} as const satisfies Record<Measure, CanonicalMeasureColumn>;

export const MEASURE_ORDER = Object.keys(MEASURE_COLUMN) as Measure[];

const MONEY: ReadonlySet<string> = new Set(["spendMinor", "revenueMinor", "costMinor"]);

/** A stored value as the file would write it: money in major units with cents, counts whole; null = unknown. */
export function formatMeasure(measure: string, value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return "—";
  if (MONEY.has(measure)) return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value / 100);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A header as a canonical name, for guessing a mapping: "Profile Views" → "profile_views". */
function slug(name: string): string {
  return name
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/\([^)]*\)/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "");
}

const GUESSES: [RegExp, MappingTarget][] = [
  [/^(impressions?|曝光(量|次数)?|展现(量)?)$/u, "impressions"],
  [/^(reach|触达(人数)?|覆盖(人数)?)$/u, "reach"],
  [/^((video_)?views?|plays?|播放(量|次数)?|观看(量|次数)?|浏览(量)?|阅读(量|次数)?)$/u, "views"],
  [/^(clicks?|link_clicks|点击(量|次数)?)$/u, "clicks"],
  [/^(likes?|reactions|点赞(量|数)?|喜欢)$/u, "likes"],
  [/^(comments?|replies|评论(量|数)?)$/u, "comments"],
  [/^(shares?|reposts?|分享(量|数|次数)?|转发(量|数)?)$/u, "shares"],
  [/^(saves?|bookmarks?|favorites|收藏(量|数)?)$/u, "saves"],
  [/^(follows?|new_follow(s|ers)|粉丝增量|涨粉|新增关注|关注(量|数)?)$/u, "follows"],
  [/^(unfollows?|取消关注|取关)$/u, "unfollows"],
  [/^(followers|total_followers|粉丝(数|总数)?)$/u, "followers"],
  [/^(profile_(views|visits)|主页访问(量)?)$/u, "profile_visits"],
  [/^(watch_seconds|watch_time_seconds)$/u, "watch_seconds"],
  [/^(watch_time|watch_hours|watch_time_hours)$/u, "watch_hours"],
  [/^(spend|spent|amount_spent|cost_usd|花费|消耗)$/u, "spend"],
  [/^(revenue|income|gmv|收入|销售额|成交额)$/u, "revenue"],
  [/^(conversions?|results|total_conversion|转化(数|量)?)$/u, "conversions"],
  [/^(cost|成本)$/u, "cost"],
];

/** A first guess of what a column holds, from its name; null when unsure. */
export function guessTarget(header: string): MappingTarget | null {
  const s = slug(header);
  for (const [re, target] of GUESSES) if (re.test(s)) return target;
  return null;
}

export function guessDateColumn(headers: readonly string[]): string | null {
  return headers.find((h) => /^(date|day|time|日期|时间|date_time|reporting_starts)$/u.test(slug(h))) ?? headers.find((h) => /date|日期/iu.test(h)) ?? null;
}

export function guessAccountColumn(headers: readonly string[]): string | null {
  return headers.find((h) => /^(account|account_name|handle|page_name|username|账号|账号名称|账户)$/u.test(slug(h))) ?? null;
}

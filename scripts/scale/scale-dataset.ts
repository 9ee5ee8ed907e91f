// The large deterministic dataset of `npm run bench -- --scale`: an agency
// with ACCOUNTS_PER_PLATFORM accounts on each of the 14 platforms and one
// canonical row per account per day (14 × 357 × 1,000 = 4,998,000 rows).
//
// Every value is a pure function of (account, day), so the rows written to
// SQLite, the canonical CSV the importer reads and the rows DuckDB loads are
// the same without sharing state. The shape is realistic enough for the
// queries to do real work: weekly seasonality, accounts of very different
// size, organic accounts without spend, platforms that do not report reach,
// and a few days whose clicks are missing (so "both parts known" matters).
import { PLATFORM_KEYS, type Industry, type PlatformKey } from "@/lib/schemas/enums";
import { addDays, type Day } from "@/lib/metrics/periods";

export const ACCOUNTS_PER_PLATFORM = 357;
export const SCALE_DAYS = 1_000;
/** The last day of the data: a Sunday, so the last ISO week is whole. */
export const SCALE_LAST_DAY: Day = "2026-11-29";
export const SCALE_FIRST_DAY: Day = addDays(SCALE_LAST_DAY, -(SCALE_DAYS - 1));
export const SCALE_WORKSPACE = { slug: "agency-scale", name: "Agency (scale bench)", timeZone: "Asia/Shanghai", currency: "CNY" };

const INDUSTRIES: readonly Industry[] = ["consumer_goods", "ecommerce_retail", "finance", "other"];
/** Platforms whose exports carry no reach column. */
const NO_REACH = new Set<PlatformKey>(["wechat_private", "virtual", "linkedin"]);

export interface ScaleAccount {
  index: number;
  platformKey: PlatformKey;
  handle: string;
  industry: Industry;
}

export function scaleAccounts(perPlatform = ACCOUNTS_PER_PLATFORM): ScaleAccount[] {
  return PLATFORM_KEYS.flatMap((platformKey, p) =>
    Array.from({ length: perPlatform }, (_, i) => ({
      index: p * perPlatform + i,
      platformKey,
      handle: `${platformKey}-${String(i + 1).padStart(4, "0")}`,
      industry: INDUSTRIES[(i * 7 + p) % INDUSTRIES.length] as Industry,
    })),
  );
}

/** A 32-bit avalanche hash of two integers and a salt (lowbias32 finaliser). */
function hash(a: number, b: number, salt: number): number {
  let x = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b) ^ Math.imul(salt, 0xc2b2ae35)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Uniform in [0, 1) from (account, day, salt). */
const unit = (a: number, d: number, salt: number) => hash(a, d, salt) / 4294967296;

/** The canonical measures of one row; money in minor units (fen). null = not reported. */
export interface ScaleRow {
  impressions: number;
  reach: number | null;
  views: number;
  clicks: number | null;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  follows: number;
  unfollows: number;
  followers: number;
  profileVisits: number;
  watchSeconds: number;
  spendMinor: number | null;
  revenueMinor: number | null;
  conversions: number;
  costMinor: number | null;
}

const WEEKDAY_FACTOR = [1.0, 0.96, 0.98, 1.0, 1.05, 1.18, 1.12];

/** The row of account `a` on day index `d` (0 = SCALE_FIRST_DAY). */
export function scaleRow(account: ScaleAccount, d: number): ScaleRow {
  const a = account.index;
  const size = 200 + Math.floor(unit(a, 0, 1) * 20_000);
  const trend = 1 + d / (SCALE_DAYS * 2);
  const impressions = Math.floor(size * trend * WEEKDAY_FACTOR[d % 7]! * (0.7 + 0.6 * unit(a, d, 2)));
  const ctr = 0.01 + 0.05 * unit(a, 0, 3);
  const clicks = Math.floor(impressions * ctr * (0.8 + 0.4 * unit(a, d, 4)));
  const engagement = 0.005 + 0.03 * unit(a, 0, 5);
  const interactions = impressions * engagement * (0.8 + 0.4 * unit(a, d, 6));
  const paid = unit(a, 0, 7) < 0.6;
  const spend = paid ? Math.floor(impressions * (2 + 8 * unit(a, 0, 8)) * (0.9 + 0.2 * unit(a, d, 9))) : null;
  const conversions = Math.floor(clicks * (0.01 + 0.04 * unit(a, d, 10)));
  const revenue = paid ? Math.floor((spend ?? 0) * (4 + 26 * unit(a, 0, 11)) * (0.7 + 0.6 * unit(a, d, 12))) : null;
  const followersBase = 1_000 + Math.floor(size * 3 * unit(a, 0, 13));
  const follows = Math.floor(interactions * 0.05 * (0.5 + unit(a, d, 14)));
  const unfollows = Math.floor(follows * 0.3 * unit(a, d, 15));
  // The follower total grows by the expected net follows per day, so it stays
  // a closed form of d (no running state) and roughly matches follows − unfollows.
  const followers = followersBase + Math.floor(d * interactions * 0.05 * 0.85);
  return {
    impressions,
    reach: NO_REACH.has(account.platformKey) ? null : Math.floor(impressions * (0.55 + 0.3 * unit(a, d, 16))),
    views: Math.floor(impressions * 0.6),
    // One day in 50 an account's export lost its clicks column.
    clicks: unit(a, d, 17) < 0.02 ? null : clicks,
    likes: Math.floor(interactions * 0.7),
    comments: Math.floor(interactions * 0.1),
    shares: Math.floor(interactions * 0.08),
    saves: Math.floor(interactions * 0.12),
    follows,
    unfollows,
    followers,
    profileVisits: Math.floor(clicks * 0.3),
    watchSeconds: Math.floor(impressions * 0.6 * (3 + 20 * unit(a, 0, 18))),
    spendMinor: spend,
    revenueMinor: revenue,
    conversions,
    costMinor: spend === null ? null : Math.floor(spend * 0.1),
  };
}

export const SCALE_MEASURES = [
  "impressions", "reach", "views", "clicks", "likes", "comments", "shares", "saves", "follows", "unfollows",
  "followers", "profileVisits", "watchSeconds", "spendMinor", "revenueMinor", "conversions", "costMinor",
] as const satisfies readonly (keyof ScaleRow)[];

/** Money as the canonical CSV writes it: major units with two decimals. */
function money(minor: number | null): string {
  return minor === null ? "" : `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
}

/** One canonical CSV line (no newline) in CANONICAL_HEADER's column order. */
export function canonicalLine(account: ScaleAccount, d: number, day: Day): string {
  const r = scaleRow(account, d);
  const n = (v: number | null) => (v === null ? "" : String(v));
  return [
    day, account.platformKey, account.handle,
    n(r.impressions), n(r.reach), n(r.views), n(r.clicks), n(r.likes), n(r.comments), n(r.shares), n(r.saves),
    n(r.follows), n(r.unfollows), n(r.followers), n(r.profileVisits), n(r.watchSeconds),
    money(r.spendMinor), money(r.revenueMinor), n(r.conversions), money(r.costMinor),
  ].join(",");
}

export const SCALE_CONTENT_ITEMS = 1_000_000;
const FORMATS = ["short_video", "long_video", "image_note", "article", "live", "post"] as const;
const ORIGINS = ["ai_generated", "human", "co_created"] as const;

/** The n-th post (0-based) of the scale dataset: its account, day index and measures. */
export function scaleContentItem(accounts: readonly ScaleAccount[], n: number) {
  const account = accounts[n % accounts.length] as ScaleAccount;
  const d = Math.floor((n / SCALE_CONTENT_ITEMS) * SCALE_DAYS);
  const a = account.index;
  const impressions = Math.floor(500 + 50_000 * unit(a, n, 30) ** 3);
  const clicks = unit(a, n, 31) < 0.05 ? null : Math.floor(impressions * (0.005 + 0.06 * unit(a, n, 32)));
  const views = Math.floor(impressions * 0.6);
  return {
    account,
    d,
    minute: Math.floor(unit(a, n, 33) * 1440),
    externalId: `post-${n}`,
    title: `Post ${n}`,
    format: FORMATS[n % FORMATS.length] as string,
    origin: ORIGINS[Math.floor(unit(a, n, 34) * ORIGINS.length)] as string,
    impressions,
    views,
    clicks,
    likes: Math.floor(impressions * 0.02 * unit(a, n, 35)),
    comments: Math.floor(impressions * 0.003 * unit(a, n, 36)),
    shares: Math.floor(impressions * 0.002 * unit(a, n, 37)),
    saves: Math.floor(impressions * 0.004 * unit(a, n, 38)),
    watchSeconds: Math.floor(views * (2 + 30 * unit(a, n, 39))),
  };
}

// The closed vocabularies the database stores as text, validated here.
import { z } from "zod";
import { INTERACTION_DENOMINATORS } from "./interaction-denominators";

export { INTERACTION_DENOMINATORS } from "./interaction-denominators";

export const PLATFORM_KEYS = [
  "douyin",
  "kuaishou",
  "xiaohongshu",
  "wechat_channels",
  "wechat_private",
  "weibo",
  "bilibili",
  "tiktok",
  "instagram",
  "facebook",
  "youtube",
  "x",
  "linkedin",
  "virtual",
] as const;
export const PlatformKey = z.enum(PLATFORM_KEYS);
export type PlatformKey = z.infer<typeof PlatformKey>;

/** What a step does in a journey (its label on /funnels: lib/i18n/messages/funnels.ts `roles`). */
export const JOURNEY_ROLES = ["traffic", "seeding", "retention", "education", "reach", "purchase", "conversion"] as const;
export const JourneyRole = z.enum(JOURNEY_ROLES);
export type JourneyRole = z.infer<typeof JourneyRole>;

export const PlatformKind = z.enum(["short_video", "social", "community", "private_domain", "virtual"]);
export type PlatformKind = z.infer<typeof PlatformKind>;

export const Domain = z.enum(["public", "private"]);
export type Domain = z.infer<typeof Domain>;

export const Industry = z.enum(["consumer_goods", "ecommerce_retail", "finance", "other"]);
export type Industry = z.infer<typeof Industry>;

export const ContentFormat = z.enum(["short_video", "long_video", "image_note", "article", "live", "post"]);
export type ContentFormat = z.infer<typeof ContentFormat>;

export const ContentOrigin = z.enum(["ai_generated", "human", "co_created"]);
export type ContentOrigin = z.infer<typeof ContentOrigin>;

export const InteractionDenominator = z.enum(INTERACTION_DENOMINATORS);
export type InteractionDenominator = z.infer<typeof InteractionDenominator>;

/** 1 = Monday (ISO weeks), 7 = Sunday. */
export const WeekStart = z.union([z.literal(1), z.literal(7)]);
export type WeekStart = z.infer<typeof WeekStart>;

export const BenchmarkDirection = z.enum(["higher", "lower", "info"]);
export type BenchmarkDirection = z.infer<typeof BenchmarkDirection>;

/** What a benchmark set's figures describe: the market (the built-in report), a competitor, or the team's own history. */
export const BenchmarkSetKind = z.enum(["industry", "competitor", "internal"]);
export type BenchmarkSetKind = z.infer<typeof BenchmarkSetKind>;

export const GoalPeriod = z.enum(["week", "month", "quarter"]);
export type GoalPeriod = z.infer<typeof GoalPeriod>;

export const CohortPeriodUnit = z.enum(["day", "week", "month"]);
export type CohortPeriodUnit = z.infer<typeof CohortPeriodUnit>;

export const ImportStatus = z.enum(["previewed", "committed", "failed", "undone"]);
export type ImportStatus = z.infer<typeof ImportStatus>;

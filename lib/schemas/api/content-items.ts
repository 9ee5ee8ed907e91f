// GET /api/v1/content/items — the top content table: posts published in a range, ranked by one KPI.
import { z } from "zod";
import { ContentOrigin, PlatformKey } from "@/lib/schemas/enums";
import { Count, DayString, Rate, WorkspaceField } from "./analysis-common";
import { DayRange, Format, PlatformList } from "./params";

export const CONTENT_SORT_KEYS = ["impressions", "ctr", "interactionRate", "avgDwell"] as const;
export const ContentSortKey = z.enum(CONTENT_SORT_KEYS);
export type ContentSortKey = z.infer<typeof ContentSortKey>;
export const SortDirection = z.enum(["desc", "asc"]);
export type SortDirection = z.infer<typeof SortDirection>;

export const ContentItemsQuery = DayRange.safeExtend({
  ...WorkspaceField,
  platform: PlatformList.optional(),
  origin: ContentOrigin.optional(),
  sort: ContentSortKey.default("impressions"),
  dir: SortDirection.default("desc"),
  limit: z.coerce.number().int().min(1).max(500).default(20),
  format: Format,
}).strict();
export type ContentItemsQuery = z.infer<typeof ContentItemsQuery>;

export const ContentItemSchema = z.strictObject({
  id: z.number().int(),
  externalId: z.string(),
  title: z.string().nullable(),
  /** the publishing day in the workspace's time zone */
  publishedDay: DayString.nullable(),
  platformKey: PlatformKey,
  format: z.string(),
  origin: z.string(),
  testKey: z.string().nullable(),
  variant: z.string().nullable(),
  impressions: z.number().nullable(),
  clicks: z.number().nullable(),
  interactions: z.number().nullable(),
  views: z.number().nullable(),
  ctr: Rate,
  interactionRate: Rate,
  avgDwell: Rate,
});

export const ContentItemsResponse = z.strictObject({
  range: z.strictObject({ from: DayString, to: DayString }),
  sort: ContentSortKey,
  dir: SortDirection,
  /** posts in the range before the limit */
  total: Count,
  items: z.array(ContentItemSchema),
});
export type ContentItemsResponse = z.infer<typeof ContentItemsResponse>;

// GET /api/v1/segments — request and response shapes.
import { z } from "zod";
import { SEGMENT_DIMENSIONS, SEGMENT_KEYS } from "@/lib/metrics/segments";
import { PlatformKey } from "@/lib/schemas/enums";
import { Count, DayString, Rate, WorkspaceField } from "./analysis-common";
import { DayRange, Format, PlatformList } from "./params";

export const SegmentsQuery = DayRange.safeExtend({ ...WorkspaceField, platform: PlatformList.optional(), format: Format }).strict();
export type SegmentsQuery = z.infer<typeof SegmentsQuery>;

export const SegmentKey = z.enum(SEGMENT_KEYS);

const SegmentKpis = { ctr: Rate, interactionRate: Rate, conversionRate: Rate, roi: Rate };

export const SegmentsResponse = z.strictObject({
  range: z.strictObject({ from: DayString, to: DayString }),
  currency: z.string(),
  platforms: z.array(PlatformKey).nullable(),
  segments: z.array(
    z.strictObject({
      segment: SegmentKey,
      /** what the segment splits the audience by */
      dimension: z.enum(SEGMENT_DIMENSIONS),
      /** one of the report's named segments (18–25, 35–45) */
      named: z.boolean(),
      accounts: Count,
      impressions: z.number().nullable(),
      clicks: z.number().nullable(),
      interactions: z.number().nullable(),
      conversions: z.number().nullable(),
      /** minor units of `currency` */
      spendMinor: z.number().nullable(),
      revenueMinor: z.number().nullable(),
      ...SegmentKpis,
      byPlatform: z.array(z.strictObject({ platformKey: PlatformKey, accounts: Count, ...SegmentKpis })),
    }),
  ),
});
export type SegmentsResponse = z.infer<typeof SegmentsResponse>;

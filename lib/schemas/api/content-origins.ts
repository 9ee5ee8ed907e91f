// GET /api/v1/content/origins — request and response shapes.
import { z } from "zod";
import { ContentOrigin, PlatformKey } from "@/lib/schemas/enums";
import { BenchmarkCheck, BenchmarkRef, DayString, WorkspaceField } from "./analysis-common";
import { ContentFigures } from "./content-tests";
import { DayRange, Format, PlatformList } from "./params";

/** Content published on days [from, to] in the workspace's time zone. */
export const ContentOriginsQuery = DayRange.safeExtend({ ...WorkspaceField, platform: PlatformList.optional(), format: Format }).strict();
export type ContentOriginsQuery = z.infer<typeof ContentOriginsQuery>;

export const ContentOriginsResponse = z.strictObject({
  range: z.strictObject({ from: DayString, to: DayString }),
  timeZone: z.string(),
  platforms: z.array(PlatformKey).nullable(),
  /** Douyin's hot-content dwell (8 s), the line every origin's dwell is read against; null when the active set has none */
  dwellBenchmark: BenchmarkRef.nullable(),
  origins: z.array(z.strictObject({ origin: ContentOrigin, ...ContentFigures, dwell: BenchmarkCheck.nullable() })),
  total: z.strictObject(ContentFigures),
});
export type ContentOriginsResponse = z.infer<typeof ContentOriginsResponse>;

// GET /api/v1/content/tests and /api/v1/content/tests/[id] — request and response shapes.
import { z } from "zod";
import { PlatformKey } from "@/lib/schemas/enums";
import { BenchmarkCheck, Count, DayString, Rate, WorkspaceField } from "./analysis-common";
import { Format } from "./params";

export const ContentTestListQuery = z.strictObject({ ...WorkspaceField, format: Format });
export const ContentTestDetailQuery = z.strictObject({ ...WorkspaceField, format: Format });
export const ContentTestIdParam = z.strictObject({ id: z.string().min(1).max(128) });

const TestInfo = {
  id: z.number().int(),
  key: z.string(),
  name: z.string(),
  hypothesis: z.string().nullable(),
  controlVariant: z.string(),
  startDay: DayString,
  endDay: DayString.nullable(),
};

export const ContentTestListResponse = z.strictObject({
  tests: z.array(z.strictObject({ ...TestInfo, running: z.boolean(), items: Count })),
});
export type ContentTestListResponse = z.infer<typeof ContentTestListResponse>;

/** A 95% interval (a rate's, or a difference's in pp). */
export const IntervalSchema = z.strictObject({ low: z.number(), high: z.number() });

/** Totals are Σ over items that know the measure (null when none does); rates are ratios of paired sums. */
export const ContentFigures = {
  items: Count,
  impressions: z.number().nullable(),
  clicks: z.number().nullable(),
  interactions: z.number().nullable(),
  views: z.number().nullable(),
  watchSeconds: z.number().nullable(),
  ctr: Rate,
  interactionRate: Rate,
  /** seconds per view */
  avgDwell: Rate,
  /** 95% Wilson interval of CTR */
  ctrInterval: IntervalSchema.nullable(),
};

export const Significance = z.enum(["significant", "not_significant", "too_little_data"]);

export const ContentVariantSchema = z.strictObject({
  variant: z.string(),
  isControl: z.boolean(),
  ...ContentFigures,
  /** Douyin tests: dwell against the 8 s hot-content figure */
  dwell: BenchmarkCheck.nullable(),
  vsControl: z
    .strictObject({
      ctrDiffPp: Rate,
      ctrDiffIntervalPp: IntervalSchema.nullable(),
      test: z
        .strictObject({ test: z.literal("two_proportion_z"), z: Rate, pValue: Rate, significance: Significance })
        .nullable(),
      probabilityToBeatControl: Rate,
    })
    .nullable(),
});

export const ContentTestResponse = z.strictObject({
  test: z.strictObject({ ...TestInfo, running: z.boolean() }),
  platforms: z.array(PlatformKey),
  variants: z.array(ContentVariantSchema),
  winner: z.string().nullable(),
  reason: z.enum(["significant_winner", "control_better", "too_little_data", "not_significant", "no_comparison"]),
  /** the plain verdict: a winner, no difference (enough impressions to find a 10% lift), or not enough data yet with what is still needed */
  verdict: z.strictObject({
    verdict: z.enum(["winner", "no_difference", "not_enough_data"]),
    winner: z.string().nullable(),
    minDetectableLift: z.number(),
    impressionsPerArm: Count.nullable(),
    impressionsStillNeeded: Count.nullable(),
  }),
});
export type ContentTestResponse = z.infer<typeof ContentTestResponse>;

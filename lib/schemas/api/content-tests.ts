// GET /api/v1/content/tests and /api/v1/content/tests/[id] — request and response shapes.
import { z } from "zod";
import { PlatformKey } from "@/lib/schemas/enums";
import { BenchmarkCheck, Count, DayString, Rate, WorkspaceField } from "./analysis-common";
import { Format } from "./params";
import { ownIssue } from "./own-issue";

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

// ---- edits (POST /api/v1/content/tests, PATCH|DELETE /api/v1/content/tests/[id], PUT /api/v1/content/tests/[id]/items) ----

export const ContentTestEditQuery = z.strictObject({ ...WorkspaceField });
/** The edit routes take the test's numeric id only (GET also takes its key). */
export const ContentTestNumericIdParam = z.strictObject({ id: z.coerce.number().int().positive().max(2_147_483_647) });

const TestName = z.string().trim().min(1).max(100);
const Hypothesis = z.string().trim().max(500);
/** a variant's label, as the posts carry it ("A", "hook-question", …) */
export const VariantName = z.string().trim().min(1).max(40);

export const NewContentTestBody = z
  .strictObject({
    name: TestName,
    /** "" or null: none */
    hypothesis: Hypothesis.nullable().optional(),
    controlVariant: VariantName,
    startDay: DayString,
    /** null or absent: still running */
    endDay: DayString.nullable().optional(),
  })
  .refine((b) => !endsBeforeStart(b.startDay, b.endDay), { ...ownIssue("end_before_start"), path: ["endDay"] });
export type NewContentTestBody = z.infer<typeof NewContentTestBody>;

/** What is given changes; endDay null marks the test running again. endDay before startDay (after the change) → 400 naming endDay. */
export const ContentTestPatchBody = z.strictObject({
  name: TestName.optional(),
  hypothesis: Hypothesis.nullable().optional(),
  controlVariant: VariantName.optional(),
  startDay: DayString.optional(),
  endDay: DayString.nullable().optional(),
});
export type ContentTestPatchBody = z.infer<typeof ContentTestPatchBody>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Only when both are days (a malformed one is named by its own issue). */
export function endsBeforeStart(startDay: unknown, endDay: unknown): boolean {
  return typeof startDay === "string" && typeof endDay === "string" && DAY.test(startDay) && DAY.test(endDay) && endDay < startDay;
}

const ItemId = z.number().int().positive().max(2_147_483_647);

export const ContentTestItemsBody = z
  .strictObject({
    /** posts to put in this test, each in a variant (a post in another test moves here) */
    assignments: z.array(z.strictObject({ itemId: ItemId, variant: VariantName })).max(500).default([]),
    /** posts of this test to take out of it (ids not in this test are left alone) */
    unassign: z.array(ItemId).max(500).default([]),
  })
  .refine((b) => b.assignments.length + b.unassign.length > 0, { ...ownIssue("nothing_to_assign"), path: ["assignments"] });
export type ContentTestItemsBody = z.infer<typeof ContentTestItemsBody>;

/** Creating, changing or assigning answers with the test as the list shows it. */
export const ContentTestEditResponse = z.strictObject({
  test: z.strictObject({ ...TestInfo, running: z.boolean(), items: Count }),
});
export type ContentTestEditResponse = z.infer<typeof ContentTestEditResponse>;

export const ContentTestDeleteResponse = z.strictObject({
  deleted: z.number().int(),
  /** posts that were in the test and now are in none */
  unassigned: Count,
});
export type ContentTestDeleteResponse = z.infer<typeof ContentTestDeleteResponse>;

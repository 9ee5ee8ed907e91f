// GET /api/v1/journeys and /api/v1/journeys/[id] — request and response shapes;
// POST /api/v1/journeys, PATCH|DELETE /api/v1/journeys/[id] — the edits'.
import { z } from "zod";
import { Domain, Industry, JourneyRole, PlatformKey } from "@/lib/schemas/enums";
import { BenchmarkCheck, Count, DayString, Rate, QueryBoolean, WorkspaceField, withOptionalRange } from "./analysis-common";
import { ownIssue } from "./own-issue";
import { Format } from "./params";

export const JourneyListQuery = z.strictObject({ ...WorkspaceField, format: Format });

/** `from`/`to` bound the cohort days (the day people entered step 1); `mature=true` leaves out cohorts too young to have converted. */
export const JourneyDetailQuery = withOptionalRange({
  mature: QueryBoolean.default(false),
  format: Format,
  /** compare with the same number of cohort days just before `from` (needs from and to) */
  compare: z.enum(["previous"]).optional(),
});
export type JourneyDetailQuery = z.infer<typeof JourneyDetailQuery>;

export const JourneyIdParam = z.strictObject({ id: z.string().min(1).max(128) });

const JourneyStepInfo = {
  position: z.number().int().positive(),
  platformKey: PlatformKey,
  domain: Domain,
  role: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
};

const JourneyInfo = {
  id: z.number().int(),
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  industry: z.string().nullable(),
};

export const JourneyListResponse = z.strictObject({
  journeys: z.array(
    z.strictObject({
      ...JourneyInfo,
      steps: z.array(z.strictObject(JourneyStepInfo)),
      /** first and last cohort day with observations; null when none */
      observed: z.strictObject({ firstCohortDay: DayString, lastCohortDay: DayString }).nullable(),
    }),
  ),
});
export type JourneyListResponse = z.infer<typeof JourneyListResponse>;
export type JourneyListItem = JourneyListResponse["journeys"][number];

export const FunnelStepSchema = z.strictObject({
  ...JourneyStepInfo,
  reached: Count,
  stepConversion: Rate,
  overallConversion: Rate,
  medianDays: z.number().int().nonnegative().nullable(),
  p75Days: z.number().int().nonnegative().nullable(),
  /** the step platform's own time-to-convert figure (Xiaohongshu's 3-day seeding lag); null when there is none */
  timeToConvert: BenchmarkCheck.nullable(),
  /** people lost since the previous step; null for step 1 */
  dropped: z.number().int().nullable(),
  /** 1 − step conversion; null for step 1 or a zero previous step */
  dropOff: Rate,
  /** people who reached the step by days after entering, with their share of the step's people */
  distribution: z.array(z.strictObject({ days: z.number().int().nonnegative(), people: Count, share: Rate })),
});

export const FunnelComparisonSchema = z.strictObject({
  /** the earlier cohort days compared with */
  range: z.strictObject({ from: DayString, to: DayString }),
  entered: Count,
  steps: z.array(
    z.strictObject({
      position: z.number().int().positive(),
      previousOverall: Rate,
      previousStep: Rate,
      /** overall conversion change, in percentage points (0.031 → 0.034 gives +0.3) */
      changePp: Rate,
      pValue: Rate,
      significance: z.enum(["significant", "not_significant", "too_little_data"]).nullable(),
    }),
  ),
});

export const JourneyFunnelResponse = z.strictObject({
  journey: z.strictObject(JourneyInfo),
  /** the cohort-day range asked for (null ends: open) */
  range: z.strictObject({ from: DayString.nullable(), to: DayString.nullable() }),
  /** the last cohort day observed for the journey: ages of cohorts are counted up to it */
  asOf: DayString.nullable(),
  maturity: z.strictObject({
    /** a cohort younger than this many days (asOf − cohort day) is immature */
    minAgeDays: z.number().int().nonnegative(),
    /** immature cohort days in the range */
    immatureCohorts: Count,
    /** whether they were left out (mature=true) */
    excluded: z.boolean(),
  }),
  /** cohort days counted in the figures */
  cohorts: Count,
  firstCohortDay: DayString.nullable(),
  lastCohortDay: DayString.nullable(),
  entered: Count,
  steps: z.array(FunnelStepSchema),
  /** null unless compare=previous was asked with a from and a to */
  comparison: FunnelComparisonSchema.nullable(),
});
export type JourneyFunnelResponse = z.infer<typeof JourneyFunnelResponse>;

// ---- edits (POST /api/v1/journeys, PATCH|DELETE /api/v1/journeys/[id]) ----

export const MIN_JOURNEY_STEPS = 2;
export const MAX_JOURNEY_STEPS = 8;

const JourneyName = z.string().trim().min(1).max(100);

export const JourneyStepInput = z.strictObject({
  platformKey: PlatformKey,
  role: JourneyRole,
  nameZh: JourneyName,
  nameEn: JourneyName,
});
export type JourneyStepInput = z.infer<typeof JourneyStepInput>;

/**
 * In a PATCH, a step may say which step it was (`from`: its position before
 * the edit; null: a new step). Without `from` the list is read by position:
 * the first step sent is step 1 as it was, and so on. The imported data is
 * keyed by position, so this is how the server tells a rename from a move.
 */
export const JourneyStepPatch = JourneyStepInput.extend({ from: z.number().int().positive().nullable().optional() });
export type JourneyStepPatch = z.infer<typeof JourneyStepPatch>;

const StepCount = <T extends z.ZodType>(step: T) => z.array(step).min(MIN_JOURNEY_STEPS).max(MAX_JOURNEY_STEPS);

export const NewJourneyBody = z.strictObject({
  nameZh: JourneyName,
  nameEn: JourneyName,
  industry: Industry.nullable().optional(),
  steps: StepCount(JourneyStepInput),
});
export type NewJourneyBody = z.infer<typeof NewJourneyBody>;

export const JourneyPatchBody = z.strictObject({
  nameZh: JourneyName.optional(),
  nameEn: JourneyName.optional(),
  /** null clears it */
  industry: Industry.nullable().optional(),
  steps: StepCount(JourneyStepPatch)
    .superRefine((steps, ctx) => {
      const seen = new Set<number>();
      steps.forEach((s, i) => {
        if (s.from == null) return;
        if (seen.has(s.from)) ctx.addIssue({ code: "custom", path: [i, "from"], ...ownIssue("journey_step_twice", { from: s.from }) });
        seen.add(s.from);
      });
    })
    .optional(),
});
export type JourneyPatchBody = z.infer<typeof JourneyPatchBody>;

/** The edit routes take the numeric id only (a key changes meaning if a journey is deleted and another created with the same name). */
export const JourneyNumericIdParam = z.strictObject({ id: z.string().regex(/^\d{1,9}$/).transform(Number) });

/** A created or edited journey as the list shows it. */
export const JourneyEditResponse = z.strictObject({ journey: JourneyListResponse.shape.journeys.element });
export type JourneyEditResponse = z.infer<typeof JourneyEditResponse>;

export const JourneyDeleteResponse = z.strictObject({
  deleted: z.strictObject({ id: z.number().int(), key: z.string(), steps: Count, observations: Count }),
});
export type JourneyDeleteResponse = z.infer<typeof JourneyDeleteResponse>;

// Bodies, queries and answers of /api/v1/goals. The page's form sends the
// same bodies and reads the answers with these schemas (components/goals).
//
// A goal is set on one board figure (lib/metrics/board-metrics) for the whole
// workspace, one platform or one account, over a calendar week, month or
// quarter named by its key. Targets are in the figure's own unit: rates as
// fractions (0.032 = 3.2%), ROI as N of 1:N, money as integer minor units of
// the workspace currency (fen, cents), as everything stored is.
import { z } from "zod";
import { BOARD_METRIC_KEYS, type BoardMetricKey } from "@/lib/metrics/board-metrics";
import { GoalPeriod, PlatformKey } from "@/lib/schemas/enums";
import { BenchmarkStatusSchema, DayString, WorkspaceField } from "./analysis-common";
import { ownIssue } from "./own-issue";

export const GoalMetric = z.enum(BOARD_METRIC_KEYS);

/** The targets a goal on each figure may have; money targets are whole minor units. */
export const TARGET_RANGE: Record<BoardMetricKey, { min: number; max: number; wholeMinor?: true }> = {
  ctr: { min: 0, max: 1 },
  interactionRate: { min: 0, max: 10 },
  conversionRate: { min: 0, max: 1 },
  roi: { min: 0, max: 1000 },
  followerGrowthRate: { min: -1, max: 10 },
  spend: { min: 0, max: 1e13, wholeMinor: true },
  revenue: { min: 0, max: 1e13, wholeMinor: true },
};

export const PERIOD_EXAMPLE: Record<GoalPeriod, string> = { week: "2026-W48", month: "2026-11", quarter: "2026-Q4" };
const PERIOD_KEY: Record<GoalPeriod, RegExp> = {
  week: /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarter: /^\d{4}-Q[1-4]$/,
};

const GoalFields = {
  metric: GoalMetric,
  /** null: every platform */
  platformKey: PlatformKey.nullable(),
  /** null: every account of the platform (or of the workspace); an account's goal is on its platform */
  accountId: z.number().int().positive().nullable(),
  periodType: GoalPeriod,
  /** `2026-W48` (ISO week, starting on the workspace's week start), `2026-11` or `2026-Q4` */
  period: z.string().trim().min(1).max(16),
  target: z.number().finite(),
};

type GoalDraft = { metric: BoardMetricKey; periodType: GoalPeriod; period: string; target: number };

/** The checks across fields: the period's key is of its type, the target in its figure's range. */
function checkGoal(goal: GoalDraft, ctx: z.RefinementCtx): void {
  if (!PERIOD_KEY[goal.periodType].test(goal.period)) {
    ctx.addIssue({ code: "custom", path: ["period"], input: goal.period, ...ownIssue("goal_period_key", { periodType: goal.periodType, example: PERIOD_EXAMPLE[goal.periodType] }) });
  }
  const range = TARGET_RANGE[goal.metric];
  if (goal.target < range.min) ctx.addIssue({ code: "too_small", origin: "number", minimum: range.min, inclusive: true, path: ["target"], input: goal.target, message: `must be at least ${range.min}` });
  else if (goal.target > range.max) ctx.addIssue({ code: "too_big", origin: "number", maximum: range.max, inclusive: true, path: ["target"], input: goal.target, message: `must be at most ${range.max}` });
  else if (range.wholeMinor && !Number.isInteger(goal.target)) ctx.addIssue({ code: "custom", path: ["target"], input: goal.target, ...ownIssue("money_whole_minor") });
}

/** POST /api/v1/goals, and every goal a PATCH leaves behind (the stored goal with the patch applied). */
export const GoalBody = z.strictObject({ ...GoalFields, platformKey: GoalFields.platformKey.default(null), accountId: GoalFields.accountId.default(null) }).superRefine(checkGoal);
export type GoalBody = z.infer<typeof GoalBody>;

/** PATCH /api/v1/goals/[id]: the fields to change. */
export const GoalPatchBody = z.strictObject({
  metric: GoalFields.metric.optional(),
  platformKey: GoalFields.platformKey.optional(),
  accountId: GoalFields.accountId.optional(),
  periodType: GoalFields.periodType.optional(),
  period: GoalFields.period.optional(),
  target: GoalFields.target.optional(),
});
export type GoalPatchBody = z.infer<typeof GoalPatchBody>;

export const GoalPhaseSchema = z.enum(["upcoming", "running", "ended"]);

/** GET /api/v1/goals: every goal of the workspace, or those of one figure, platform (`all` = the workspace-wide ones) or phase. */
export const GoalListQuery = z.strictObject({
  ...WorkspaceField,
  metric: GoalMetric.optional(),
  platform: z.union([PlatformKey, z.literal("all")]).optional(),
  phase: GoalPhaseSchema.optional(),
});
export type GoalListQuery = z.infer<typeof GoalListQuery>;

export const GoalQuery = z.strictObject({ ...WorkspaceField });
export const GoalIdParam = z.strictObject({ id: z.coerce.number().int().positive() });

export const GoalSchema = z.strictObject({
  id: z.number().int(),
  metric: GoalMetric,
  platformKey: PlatformKey.nullable(),
  account: z.strictObject({ id: z.number().int(), platformKey: PlatformKey, handle: z.string(), displayName: z.string() }).nullable(),
  periodType: GoalPeriod,
  period: z.string(),
  start: DayString,
  end: DayString,
  /** in the figure's unit: fraction, N of 1:N, or minor units */
  target: z.number(),
  unit: z.enum(["percent", "ratio", "money_minor"]),
  direction: z.enum(["higher", "lower"]),
  phase: GoalPhaseSchema,
  /** the goal's days up to the list's asOf day; null before it starts (or with no data at all) */
  soFar: z.strictObject({ start: DayString, end: DayString }).nullable(),
  daysElapsed: z.number().int().nonnegative(),
  daysTotal: z.number().int().positive(),
  /** the figure over soFar; null when unknown (no rows, or a rate without its denominator) */
  valueSoFar: z.number().nullable(),
  /** the projected end value (METRICS.md §4, linear on the days so far) */
  projected: z.number().nullable(),
  progress: z.number().nullable(),
  onPace: z.boolean().nullable(),
  expectedSoFar: z.number().nullable(),
  /** above = on pace; near = close (within the benchmark tolerance); below = off pace; null = nothing to project yet */
  status: BenchmarkStatusSchema.nullable(),
});
export type GoalJson = z.infer<typeof GoalSchema>;

export const GoalListResponse = z.strictObject({
  workspace: z.strictObject({ slug: z.string(), currency: z.string(), timeZone: z.string(), weekStart: z.union([z.literal(1), z.literal(7)]) }),
  /** today in the workspace's time zone */
  today: DayString,
  /** the day goals are paced to: yesterday, or the last day with data when that is earlier; null without data */
  asOf: DayString.nullable(),
  goals: z.array(GoalSchema),
});
export type GoalListResponse = z.infer<typeof GoalListResponse>;

export const GoalResponse = z.strictObject({ goal: GoalSchema });
export const GoalDeletedResponse = z.strictObject({ deleted: z.strictObject({ id: z.number().int() }) });

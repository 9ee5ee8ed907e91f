// GET /api/v1/cohorts — request and response shapes.
import { z } from "zod";
import { CohortPeriodUnit, Domain, PlatformKey } from "@/lib/schemas/enums";
import { BenchmarkCheck, Count, DayString, Rate, withOptionalRange } from "./analysis-common";
import { Format, PlatformList } from "./params";

/** `from`/`to` bound the cohort start days; `period` picks the retention figure's period index (default 4 for weekly cohorts). */
export const CohortsQuery = withOptionalRange({
  platform: PlatformList.optional(),
  unit: CohortPeriodUnit.default("week"),
  period: z.coerce.number({ message: "must be a whole number ≥ 0" }).int({ message: "must be a whole number ≥ 0" }).min(0).max(520).optional(),
  format: Format,
});
export type CohortsQuery = z.infer<typeof CohortsQuery>;

const Cell = z.strictObject({ active: Count, rate: Rate }).nullable();

export const CohortPlatformRetention = z.strictObject({
  platformKey: PlatformKey,
  domain: Domain,
  triangle: z.array(z.strictObject({ cohortStart: DayString, size: Count, cells: z.array(Cell) })),
  curve: z.array(
    z.strictObject({ periodIndex: z.number().int().nonnegative(), cohorts: Count, size: Count, active: Count, rate: Rate }),
  ),
  /** the curve at `period` against the report's retention figure */
  retention: z.strictObject({
    periodIndex: z.number().int().nonnegative(),
    rate: Rate,
    cohorts: Count,
    /** the platform's own figure, else the report's 28% (virtual platforms) as the reference line */
    benchmark: BenchmarkCheck.nullable(),
  }),
});

export const CohortsResponse = z.strictObject({
  unit: CohortPeriodUnit,
  period: z.number().int().nonnegative(),
  /** periods ending after this day (today in the workspace's zone) are not shown */
  asOf: DayString,
  range: z.strictObject({ from: DayString.nullable(), to: DayString.nullable() }),
  platforms: z.array(CohortPlatformRetention),
});
export type CohortsResponse = z.infer<typeof CohortsResponse>;

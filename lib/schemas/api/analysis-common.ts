// Shapes shared by the analysis-framework endpoints (journeys, cohorts,
// content lab, domains, tiers, AI scorecard, segments). Response objects are
// strict so that tests parsing a response catch any field the contract lacks.
import { z } from "zod";
import { isDay } from "@/lib/metrics/periods";
import { ownIssue } from "./own-issue";
import { Day } from "./params";

/** A fraction, a ratio or a count-per-something; null where undefined (zero denominator, no data). */
export const Rate = z.number().nullable();
export const Count = z.number().int().nonnegative();
export const DayString = z.string().refine(isDay, ownIssue("not_a_day"));

export const BenchmarkStatusSchema = z.enum(["above", "near", "below"]);

export const BenchmarkRef = z.strictObject({ key: z.string(), value: z.number(), page: z.number().int().nullable() });

/** A value's benchmark and its status (null status: no value to compare). */
export const BenchmarkCheck = z.strictObject({ benchmark: BenchmarkRef, status: BenchmarkStatusSchema.nullable() });
export type BenchmarkCheck = z.infer<typeof BenchmarkCheck>;

/** The workspace slug every /api/v1 route accepts (read by apiRoute). */
export const WorkspaceField = { workspace: z.string().optional() };

function orderedWhenBothValid(r: { from?: unknown; to?: unknown }): boolean {
  const { from, to } = r;
  return !(typeof from === "string" && typeof to === "string" && isDay(from) && isDay(to)) || from <= to;
}

/**
 * A strict query object with `workspace`, optional `from` and `to` (from ≤ to
 * when both are given; the error names `from`, as DayRange does) and `shape`.
 */
export function withOptionalRange<S extends z.ZodRawShape>(shape: S) {
  return z
    .strictObject({ ...WorkspaceField, from: Day.optional(), to: Day.optional(), ...shape })
    .refine(orderedWhenBothValid, { ...ownIssue("from_after_to"), path: ["from"] });
}

/** `true` / `false` (and 1 / 0) in a query string. */
export const QueryBoolean = z
  .enum(["true", "false", "1", "0"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1");

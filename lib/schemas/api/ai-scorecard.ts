// GET /api/v1/ai-tools/scorecard — request and response shapes.
import { z } from "zod";
import { SCORECARD_CRITERIA } from "@/lib/metrics/scorecard";
import { Rate, WorkspaceField } from "./analysis-common";
import { Format } from "./params";

export const AiScorecardQuery = z.strictObject({ ...WorkspaceField, format: Format });

export const ScorecardCriterion = z.enum(SCORECARD_CRITERIA);
const PerCriterion = <T extends z.ZodType>(value: T) => z.strictObject(Object.fromEntries(SCORECARD_CRITERIA.map((c) => [c, value])) as Record<(typeof SCORECARD_CRITERIA)[number], T>);

export const AiScorecardResponse = z.strictObject({
  criteria: z.array(ScorecardCriterion),
  weights: PerCriterion(z.number()),
  /** "default" when the workspace has set no weights */
  weightsSource: z.enum(["workspace", "default"]),
  tools: z.array(
    z.strictObject({
      key: z.string(),
      name: z.string(),
      category: z.string(),
      /** as stored; a score outside 1–5 does not count towards the total */
      scores: PerCriterion(z.number().nullable()),
      /** Σ weight·score / Σ weight over the scored criteria */
      total: Rate,
      /** 1 = best; tools with equal totals share a rank; null without a total */
      rank: z.number().int().positive().nullable(),
    }),
  ),
});
export type AiScorecardResponse = z.infer<typeof AiScorecardResponse>;

// GET /api/v1/ai-tools/scorecard — request and response shapes.
import { z } from "zod";
import { AI_TOOL_CATEGORIES, MAX_SCORE, MIN_SCORE, SCORECARD_CRITERIA } from "@/lib/metrics/scorecard";
import { Rate, WorkspaceField } from "./analysis-common";
import { ownIssue } from "./own-issue";
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
      /** the id the edit routes take (/api/v1/ai-tools/[id]) */
      id: z.number().int().positive(),
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

// ---- edits (PATCH /api/v1/ai-tools/scorecard, POST /api/v1/ai-tools, PATCH|DELETE /api/v1/ai-tools/[id]) ----

export const AiToolCategory = z.enum(AI_TOOL_CATEGORIES);
/** 1–5 (5 = best); null = not scored, which leaves the criterion out of the tool's total */
export const ToolScore = z.number().min(MIN_SCORE).max(MAX_SCORE).nullable();
/** a criterion's weight: any non-negative number, read relative to the others (0.3 and 30 weigh the same against 0.1 and 10) */
export const CriterionWeight = z.number().min(0).max(1000);

export const ScorecardWeightsBody = z.strictObject({
  /** the workspace's weights, or null to go back to the product's defaults */
  weights: PerCriterion(CriterionWeight)
    .refine((w) => Object.values(w).some((v) => v > 0), ownIssue("weights_all_zero"))
    .nullable(),
});
export type ScorecardWeightsBody = z.infer<typeof ScorecardWeightsBody>;

export const NewAiToolBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  category: AiToolCategory,
  scores: PerCriterion(ToolScore.default(null)).partial().default({}),
});
export type NewAiToolBody = z.infer<typeof NewAiToolBody>;

export const AiToolPatchBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100).optional(),
    category: AiToolCategory.optional(),
    scores: PerCriterion(ToolScore).partial().optional(),
  });
export type AiToolPatchBody = z.infer<typeof AiToolPatchBody>;

export const AiToolIdParam = z.strictObject({ id: z.coerce.number().int().positive() });

/** Every edit answers with the scorecard as it now stands (and the tool it touched), so the page shows the new ranking at once. */
export const AiScorecardEditResponse = z.strictObject({
  scorecard: AiScorecardResponse,
  toolId: z.number().int().positive().nullable(),
});
export type AiScorecardEditResponse = z.infer<typeof AiScorecardEditResponse>;

// What the AI tool scorecard needs (AI工具矩阵评分卡): each tool's scores per
// criterion, the weights in force and the weighted total, best first.
import type { Db } from "@/lib/db";
import { effectiveWeights, isCriterion, rankTools, SCORECARD_CRITERIA, type ScorecardCriterion } from "@/lib/metrics/scorecard";
import { getAiScorecard } from "@/lib/queries/getAiScorecard";
import type { AiScorecardResponse } from "@/lib/schemas/api/ai-scorecard";
import type { WorkspaceRef } from "./analysis-support";

export async function getAiToolScorecard(db: Db, workspace: Pick<WorkspaceRef, "id">): Promise<AiScorecardResponse> {
  const { tools, weights: weightRows } = await getAiScorecard(db, { workspaceId: workspace.id });
  const { weights, source } = effectiveWeights(weightRows);
  const withScores = tools.map((t) => {
    const scores = Object.fromEntries(SCORECARD_CRITERIA.map((c) => [c, null])) as Record<ScorecardCriterion, number | null>;
    for (const s of t.scores) if (isCriterion(s.criterion)) scores[s.criterion] = s.score;
    return { id: t.id, key: t.key, name: t.name, category: t.category, scores };
  });
  return { criteria: [...SCORECARD_CRITERIA], weights, weightsSource: source, tools: rankTools(withScores, weights) };
}

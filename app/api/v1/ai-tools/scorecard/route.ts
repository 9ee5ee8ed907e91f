// GET /api/v1/ai-tools/scorecard — AI tools scored 1–5 per criterion with the
// weighted total Σ weight·score / Σ weight, best first.
// PATCH /api/v1/ai-tools/scorecard { weights: { <criterion>: number ≥ 0, … } | null }
// → { scorecard, toolId: null }: sets the workspace's weights (all five), or
// with null goes back to the defaults (scorecard_edit). Analysts and up.
import { csvResponse } from "@/lib/api/csv";
import { readJson } from "@/lib/api/import-requests";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { SCORECARD_CRITERIA } from "@/lib/metrics/scorecard";
import { scorecardEditAnswer } from "@/lib/api/scorecard-refusal";
import { AiScorecardQuery, AiScorecardResponse, ScorecardWeightsBody } from "@/lib/schemas/api/ai-scorecard";
import { getAiToolScorecard } from "@/lib/services/ai-scorecard";
import { setScorecardWeights } from "@/lib/services/ai-scorecard-edit";

export const dynamic = "force-dynamic";

export const GET = apiRoute("analysis.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(AiScorecardQuery, queryObject(query));
  const card = await getAiToolScorecard(db, workspace);
  if (q.format === "csv") {
    return csvResponse(
      "ai-tool-scorecard.csv",
      ["rank", "key", "name", "category", ...SCORECARD_CRITERIA, "total"],
      card.tools.map((t) => [t.rank, t.key, t.name, t.category, ...SCORECARD_CRITERIA.map((c) => t.scores[c]), t.total]),
    );
  }
  return json(AiScorecardResponse.parse(card));
});

export const PATCH = apiRoute("scorecard.write", async (request, { db, workspace, query, actor, userId, locale }) => {
  parseInput(AiScorecardQuery.pick({ workspace: true }), queryObject(query));
  const read = await readJson(request, ScorecardWeightsBody, 8 * 1024);
  if (!read.ok) return read.response;
  return scorecardEditAnswer(await setScorecardWeights(db, workspace, { body: read.body, actor, userId }), locale);
});

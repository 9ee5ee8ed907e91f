// GET /api/v1/ai-tools/scorecard — AI tools scored 1–5 per criterion with the
// weighted total Σ weight·score / Σ weight, best first.
import { csvResponse } from "@/lib/api/csv";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { SCORECARD_CRITERIA } from "@/lib/metrics/scorecard";
import { AiScorecardQuery, AiScorecardResponse } from "@/lib/schemas/api/ai-scorecard";
import { getAiToolScorecard } from "@/lib/services/ai-scorecard";

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

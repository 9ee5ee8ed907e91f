// POST /api/v1/ai-tools { name, category, scores? } → 201 { scorecard, toolId }:
// adds a tool to the workspace's AI tool scorecard (scorecard_edit). 409 when
// the name is already on it. Analysts and up.
import { readJson } from "@/lib/api/import-requests";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { scorecardEditAnswer } from "@/lib/api/scorecard-refusal";
import { AiScorecardQuery, NewAiToolBody } from "@/lib/schemas/api/ai-scorecard";
import { addAiTool } from "@/lib/services/ai-scorecard-edit";

export const dynamic = "force-dynamic";

export const POST = apiRoute("scorecard.write", async (request, { db, workspace, query, actor, userId, locale }) => {
  parseInput(AiScorecardQuery.pick({ workspace: true }), queryObject(query));
  const read = await readJson(request, NewAiToolBody, 8 * 1024);
  if (!read.ok) return read.response;
  return scorecardEditAnswer(await addAiTool(db, workspace, { body: read.body, actor, userId }), locale, 201);
});

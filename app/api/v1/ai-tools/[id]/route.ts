// PATCH /api/v1/ai-tools/[id] { name?, category?, scores? } → { scorecard, toolId }:
// renames, recategorises or rescores a tool (a score of null removes it).
// DELETE /api/v1/ai-tools/[id] → { scorecard, toolId: null }: removes the tool
// and its scores. Both recorded as scorecard_edit; another workspace's tool →
// 404. Analysts and up.
import { readJson } from "@/lib/api/import-requests";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { scorecardEditAnswer } from "@/lib/api/scorecard-refusal";
import { AiScorecardQuery, AiToolIdParam, AiToolPatchBody } from "@/lib/schemas/api/ai-scorecard";
import { removeAiTool, updateAiTool } from "@/lib/services/ai-scorecard-edit";

export const dynamic = "force-dynamic";

const Query = AiScorecardQuery.pick({ workspace: true });

export const PATCH = apiRoute<{ id: string }>("scorecard.write", async (request, { db, workspace, params, query, actor, userId, locale }) => {
  const { id } = parseInput(AiToolIdParam, params);
  parseInput(Query, queryObject(query));
  const read = await readJson(request, AiToolPatchBody, 8 * 1024);
  if (!read.ok) return read.response;
  return scorecardEditAnswer(await updateAiTool(db, workspace, { id, body: read.body, actor, userId }), locale);
});

export const DELETE = apiRoute<{ id: string }>("scorecard.write", async (_request, { db, workspace, params, query, actor, userId, locale }) => {
  const { id } = parseInput(AiToolIdParam, params);
  parseInput(Query, queryObject(query));
  return scorecardEditAnswer(await removeAiTool(db, workspace, { id, actor, userId }), locale);
});

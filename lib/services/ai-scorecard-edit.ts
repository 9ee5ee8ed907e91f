// Edits of the AI tool scorecard: the criteria's weights, and the tools with
// their scores. Each edit is one transaction with its audit event
// (scorecard_edit) and answers with the scorecard as it now stands.
import { audit } from "@/lib/auth/audit";
import type { Db } from "@/lib/db";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import type { ScorecardCriterion } from "@/lib/metrics/scorecard";
import type { AiScorecardEditResponse, AiToolPatchBody, NewAiToolBody, ScorecardWeightsBody } from "@/lib/schemas/api/ai-scorecard";
import { firstFreeKey, slugOf } from "@/lib/slug";
import { getAiToolScorecard } from "./ai-scorecard";

interface Who {
  actor: string;
  userId: number | null;
}

export type ScorecardEdit = { kind: "ok"; value: AiScorecardEditResponse } | { kind: "not_found" } | { kind: "name_taken"; name: string };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const answer = async (db: Db, workspace: Workspace, toolId: number | null): Promise<ScorecardEdit> => ({
  kind: "ok",
  value: { scorecard: await getAiToolScorecard(db, workspace), toolId },
});

/** Upserts the given scores (null deletes the score: the criterion is then not scored). */
async function writeScores(tx: Tx, toolId: number, scores: Partial<Record<ScorecardCriterion, number | null>>): Promise<void> {
  for (const [criterion, score] of Object.entries(scores)) {
    if (score === undefined) continue;
    if (score === null) await tx.aiToolScore.deleteMany({ where: { toolId, criterion } });
    else await tx.aiToolScore.upsert({ where: { toolId_criterion: { toolId, criterion } }, create: { toolId, criterion, score }, update: { score } });
  }
}

async function nameTaken(db: Db | Tx, workspace: Workspace, name: string, exceptId?: number): Promise<boolean> {
  const same = await db.aiTool.findFirst({ where: { workspaceId: workspace.id, name, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
  return same !== null;
}

/** Sets the workspace's weights (all five), or with null removes them so the defaults apply again. */
export async function setScorecardWeights(db: Db, workspace: Workspace, params: Who & { body: ScorecardWeightsBody }): Promise<ScorecardEdit> {
  const { weights } = params.body;
  await db.$transaction(async (tx) => {
    await tx.aiScorecardWeight.deleteMany({ where: { workspaceId: workspace.id } });
    if (weights) {
      await tx.aiScorecardWeight.createMany({ data: Object.entries(weights).map(([criterion, weight]) => ({ workspaceId: workspace.id, criterion, weight })) });
    }
    await audit(tx, { workspaceId: workspace.id, userId: params.userId, actor: params.actor, action: "scorecard_edit", target: "weights", detail: { weights } });
  });
  return answer(db, workspace, null);
}

export async function addAiTool(db: Db, workspace: Workspace, params: Who & { body: NewAiToolBody }): Promise<ScorecardEdit> {
  const { name, category, scores } = params.body;
  if (await nameTaken(db, workspace, name)) return { kind: "name_taken", name };
  const key = await firstFreeKey(slugOf(name, "tool"), async (k) => (await db.aiTool.findUnique({ where: { workspaceId_key: { workspaceId: workspace.id, key: k } }, select: { id: true } })) !== null);
  const toolId = await db.$transaction(async (tx) => {
    const tool = await tx.aiTool.create({ data: { workspaceId: workspace.id, key, name, category } });
    await writeScores(tx, tool.id, scores);
    await audit(tx, { workspaceId: workspace.id, userId: params.userId, actor: params.actor, action: "scorecard_edit", target: `tool ${name}`, detail: { added: key, category, scores } });
    return tool.id;
  });
  return answer(db, workspace, toolId);
}

export async function updateAiTool(db: Db, workspace: Workspace, params: Who & { id: number; body: AiToolPatchBody }): Promise<ScorecardEdit> {
  const found = await db.aiTool.findFirst({ where: { id: params.id, workspaceId: workspace.id } });
  if (!found) return { kind: "not_found" };
  const { name, category, scores } = params.body;
  if (name !== undefined && name !== found.name && (await nameTaken(db, workspace, name, found.id))) return { kind: "name_taken", name };
  await db.$transaction(async (tx) => {
    if (name !== undefined || category !== undefined) await tx.aiTool.update({ where: { id: found.id }, data: { name, category } });
    if (scores) await writeScores(tx, found.id, scores);
    await audit(tx, { workspaceId: workspace.id, userId: params.userId, actor: params.actor, action: "scorecard_edit", target: `tool ${name ?? found.name}`, detail: { changed: params.body } });
  });
  return answer(db, workspace, found.id);
}

export async function removeAiTool(db: Db, workspace: Workspace, params: Who & { id: number }): Promise<ScorecardEdit> {
  const found = await db.aiTool.findFirst({ where: { id: params.id, workspaceId: workspace.id } });
  if (!found) return { kind: "not_found" };
  await db.$transaction(async (tx) => {
    await tx.aiTool.delete({ where: { id: found.id } });
    await audit(tx, { workspaceId: workspace.id, userId: params.userId, actor: params.actor, action: "scorecard_edit", target: `tool ${found.name}`, detail: { removed: found.key } });
  });
  return answer(db, workspace, null);
}

import type { Db } from "@/lib/db";

/** The workspace's AI tools with their scores, and its scorecard weights (empty when it has set none). */
export async function getAiScorecard(db: Db, params: { workspaceId: number }) {
  const [tools, weights] = await Promise.all([
    db.aiTool.findMany({
      where: { workspaceId: params.workspaceId },
      select: { id: true, key: true, name: true, category: true, scores: { select: { criterion: true, score: true } } },
      orderBy: [{ key: "asc" }],
    }),
    db.aiScorecardWeight.findMany({
      where: { workspaceId: params.workspaceId },
      select: { criterion: true, weight: true },
      orderBy: [{ criterion: "asc" }],
    }),
  ]);
  return { tools, weights };
}

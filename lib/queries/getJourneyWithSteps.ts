import type { Db } from "@/lib/db";

/** One journey of the workspace, by key or numeric id, with its steps in order; null when there is none. */
export async function getJourneyWithSteps(db: Db, params: { workspaceId: number; key: string } | { workspaceId: number; id: number }) {
  const where = "id" in params ? { id: params.id, workspaceId: params.workspaceId } : { workspaceId: params.workspaceId, key: params.key };
  return db.journey.findFirst({ where, include: { steps: { orderBy: { position: "asc" } } } });
}

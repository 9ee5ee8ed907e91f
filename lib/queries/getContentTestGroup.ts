import type { Db } from "@/lib/db";

/** One content test group of the workspace, by key or numeric id; null when there is none. */
export async function getContentTestGroup(db: Db, params: { workspaceId: number; key: string } | { workspaceId: number; id: number }) {
  const where = "id" in params ? { id: params.id, workspaceId: params.workspaceId } : { workspaceId: params.workspaceId, key: params.key };
  return db.contentTestGroup.findFirst({ where });
}

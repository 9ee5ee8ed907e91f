import type { Db } from "@/lib/db";

/** The accounts of a workspace (what a goal may be set on), by platform and handle. */
export async function getWorkspaceAccounts(db: Db, params: { workspaceId: number }) {
  return db.account.findMany({
    where: { workspaceId: params.workspaceId },
    select: { id: true, platformKey: true, handle: true, displayName: true },
    orderBy: [{ platformKey: "asc" }, { handle: "asc" }, { id: "asc" }],
  });
}

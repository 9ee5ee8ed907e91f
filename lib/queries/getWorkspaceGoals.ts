import type { Db } from "@/lib/db";

/** Every goal of a workspace with the account it is tied to (if any), in a stable order: period start, then id. */
export async function getWorkspaceGoals(db: Db, params: { workspaceId: number }) {
  return db.goal.findMany({
    where: { workspaceId: params.workspaceId },
    include: { account: { select: { id: true, platformKey: true, handle: true, displayName: true } } },
    orderBy: [{ startDay: "asc" }, { id: "asc" }],
  });
}

import type { Db } from "@/lib/db";

/** The workspace's content test groups, newest first, with how many items each has. */
export async function getContentTestGroups(db: Db, params: { workspaceId: number }) {
  return db.contentTestGroup.findMany({
    where: { workspaceId: params.workspaceId },
    include: { _count: { select: { items: true } } },
    orderBy: [{ startDay: "desc" }, { key: "asc" }],
  });
}

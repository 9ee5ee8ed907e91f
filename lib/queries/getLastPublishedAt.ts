import type { Db } from "@/lib/db";

/** When the workspace's latest post was published, or null when it has none with a date. */
export async function getLastPublishedAt(db: Db, params: { workspaceId: number }): Promise<Date | null> {
  const r = await db.contentItem.aggregate({ where: { workspaceId: params.workspaceId }, _max: { publishedAt: true } });
  return r._max.publishedAt;
}

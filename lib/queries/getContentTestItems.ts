import type { Db } from "@/lib/db";
import type { ContentTestItem } from "@/lib/metrics/content-test";

/** The items of one test group with their variant, platform and measures (money-free; watch time as a number). */
export async function getContentTestItems(
  db: Db,
  params: { workspaceId: number; testGroupId: number },
): Promise<(ContentTestItem & { platformKey: string })[]> {
  const rows = await db.contentItem.findMany({
    where: { workspaceId: params.workspaceId, testGroupId: params.testGroupId },
    select: {
      variant: true,
      origin: true,
      impressions: true,
      reach: true,
      views: true,
      clicks: true,
      likes: true,
      comments: true,
      shares: true,
      saves: true,
      watchSeconds: true,
      account: { select: { platformKey: true } },
    },
    orderBy: [{ variant: "asc" }, { id: "asc" }],
  });
  return rows.map(({ account, watchSeconds, ...r }) => ({
    ...r,
    platformKey: account.platformKey,
    watchSeconds: watchSeconds === null ? null : Number(watchSeconds),
  }));
}

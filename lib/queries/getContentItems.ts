import type { Db } from "@/lib/db";
import type { ContentTestItem } from "@/lib/metrics/content-test";

export interface ContentItemRow extends ContentTestItem {
  id: number;
  externalId: string;
  title: string | null;
  publishedAt: Date | null;
  format: string;
  origin: string;
  platformKey: string;
  testKey: string | null;
}

/** The workspace's posts with these ids, with their measures (in id order); watch time as a number. */
export async function getContentItems(db: Db, params: { workspaceId: number; ids: readonly number[] }): Promise<ContentItemRow[]> {
  if (params.ids.length === 0) return [];
  const rows = await db.contentItem.findMany({
    where: { workspaceId: params.workspaceId, id: { in: [...params.ids] } },
    select: {
      id: true,
      externalId: true,
      title: true,
      publishedAt: true,
      format: true,
      origin: true,
      variant: true,
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
      testGroup: { select: { key: true } },
    },
    orderBy: { id: "asc" },
  });
  return rows.map(({ account, testGroup, watchSeconds, ...r }) => ({
    ...r,
    platformKey: account.platformKey,
    testKey: testGroup?.key ?? null,
    watchSeconds: watchSeconds === null ? null : Number(watchSeconds),
  }));
}

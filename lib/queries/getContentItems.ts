import type { Db } from "@/lib/db";
import type { ContentTestItem } from "@/lib/metrics/content-test";
import type { PlatformKey } from "@/lib/schemas/enums";

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

/** The workspace's posts published in [gte, lt) (optionally on some platforms), with their measures; watch time as a number. */
export async function getContentItems(
  db: Db,
  params: { workspaceId: number; gte: Date; lt: Date; platforms?: readonly PlatformKey[] },
): Promise<ContentItemRow[]> {
  const rows = await db.contentItem.findMany({
    where: {
      workspaceId: params.workspaceId,
      publishedAt: { gte: params.gte, lt: params.lt },
      ...(params.platforms?.length ? { account: { platformKey: { in: [...params.platforms] } } } : {}),
    },
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

// What the content lab's top-content table and GET /api/v1/content/items need:
// the posts published in a range, each with its own CTR, interaction rate and
// dwell (ratios of its own sums), ranked by the chosen KPI in SQL with the
// order of rankByValue (lib/metrics/content-ranking.ts).
import type { Db } from "@/lib/db";
import { contentSummary, sumsOfRows } from "@/lib/metrics/content-test";
import { dayInZone, type Day } from "@/lib/metrics/periods";
import { dayRangeInstants } from "@/lib/metrics/zoned-day";
import { getContentItems } from "@/lib/queries/getContentItems";
import { getTopContentItems } from "@/lib/queries/getTopContentItems";
import type { ContentItemsResponse, ContentSortKey, SortDirection } from "@/lib/schemas/api/content-items";
import { PlatformKey, type ContentOrigin } from "@/lib/schemas/enums";
import type { WorkspaceRef } from "./analysis-support";

export async function getTopContent(
  db: Db,
  workspace: WorkspaceRef,
  params: { from: Day; to: Day; platforms?: readonly PlatformKey[]; origin?: ContentOrigin; sort: ContentSortKey; dir: SortDirection; limit: number },
): Promise<ContentItemsResponse> {
  const { gte, lt } = dayRangeInstants(params.from, params.to, workspace.timeZone);
  // Ranked and cut in SQL (a year of a large account's posts never comes to
  // JavaScript); only the page's posts are read whole.
  const { total, ids } = await getTopContentItems(db, { workspaceId: workspace.id, gte, lt, platforms: params.platforms, origin: params.origin, sort: params.sort, dir: params.dir, limit: params.limit });
  const byId = new Map((await getContentItems(db, { workspaceId: workspace.id, ids })).map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const items = rows.map((r) => {
    const s = contentSummary(1, sumsOfRows([r]));
    return {
      id: r.id,
      externalId: r.externalId,
      title: r.title,
      publishedDay: r.publishedAt ? dayInZone(r.publishedAt, workspace.timeZone) : null,
      platformKey: PlatformKey.parse(r.platformKey),
      format: r.format,
      origin: r.origin,
      testKey: r.testKey,
      variant: r.variant,
      impressions: s.impressions,
      clicks: s.clicks,
      interactions: s.interactions,
      views: s.views,
      ctr: s.ctr,
      interactionRate: s.interactionRate,
      avgDwell: s.avgDwell,
    };
  });
  return { range: { from: params.from, to: params.to }, sort: params.sort, dir: params.dir, total, items };
}

// What the content lab's origin split needs: AI-generated vs human vs
// co-created content published in a period, with the content KPIs each.
import type { Db } from "@/lib/db";
import { sumAll } from "@/lib/metrics/aggregate";
import { contentSummary, type ContentSummary } from "@/lib/metrics/content-test";
import type { Day } from "@/lib/metrics/periods";
import { dayRangeInstants } from "@/lib/metrics/zoned-day";
import { getContentOriginSums } from "@/lib/queries/getContentOriginSums";
import type { ContentOriginsResponse } from "@/lib/schemas/api/content-origins";
import { ContentOrigin, type PlatformKey } from "@/lib/schemas/enums";
import type { WorkspaceRef } from "./analysis-support";

function figures({ ctrParts: _ctrParts, ...rest }: ContentSummary) {
  return rest;
}

export async function getContentOrigins(
  db: Db,
  workspace: WorkspaceRef,
  params: { from: Day; to: Day; platforms?: readonly PlatformKey[] },
): Promise<ContentOriginsResponse> {
  // A post belongs to the day of its publishing instant in the workspace's zone.
  const { gte, lt } = dayRangeInstants(params.from, params.to, workspace.timeZone);
  const rows = await getContentOriginSums(db, { workspaceId: workspace.id, gte, lt, platforms: params.platforms });
  const byOrigin = new Map(rows.map((r) => [r.origin, r]));
  const origins = ContentOrigin.options.map((origin) => {
    const row = byOrigin.get(origin);
    return { origin, ...figures(contentSummary(row?.items ?? 0, row ?? sumAll([]))) };
  });
  // Origins the vocabulary does not know (none today) still count in the total.
  const total = contentSummary(
    rows.reduce((n, r) => n + r.items, 0),
    sumAll(rows),
  );
  return {
    range: { from: params.from, to: params.to },
    timeZone: workspace.timeZone,
    platforms: params.platforms?.length ? [...params.platforms] : null,
    origins,
    total: figures(total),
  };
}

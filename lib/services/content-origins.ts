// What the content lab's origin split needs: AI-generated vs human vs
// co-created content published in a period, with the content KPIs each, and
// each origin's dwell against Douyin's 8 s hot-content figure (the only dwell
// figure the report gives; read across platforms as the bar short video sets).
import type { Db } from "@/lib/db";
import { sumAll } from "@/lib/metrics/aggregate";
import { contentSummary, type ContentSummary } from "@/lib/metrics/content-test";
import type { Day } from "@/lib/metrics/periods";
import { dayRangeInstants } from "@/lib/metrics/zoned-day";
import { getContentOriginSums } from "@/lib/queries/getContentOriginSums";
import type { ContentOriginsResponse } from "@/lib/schemas/api/content-origins";
import { ContentOrigin, type PlatformKey } from "@/lib/schemas/enums";
import { benchmarkCheck, getBenchmarkFigures, type WorkspaceRef } from "./analysis-support";

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
  const [rows, benchmarks] = await Promise.all([
    getContentOriginSums(db, { workspaceId: workspace.id, gte, lt, platforms: params.platforms }),
    getBenchmarkFigures(db, workspace),
  ]);
  const dwellFigure = benchmarks.find((b) => b.metric === "avgDwell" && b.platformKey === "douyin" && b.direction !== "info") ?? null;
  const byOrigin = new Map(rows.map((r) => [r.origin, r]));
  const origins = ContentOrigin.options.map((origin) => {
    const row = byOrigin.get(origin);
    const summary = figures(contentSummary(row?.items ?? 0, row ?? sumAll([])));
    return { origin, ...summary, dwell: benchmarkCheck(summary.avgDwell, dwellFigure, workspace.benchmarkTolerance) };
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
    dwellBenchmark: dwellFigure ? { key: dwellFigure.key, value: dwellFigure.value, page: dwellFigure.page } : null,
    origins,
    total: figures(total),
  };
}

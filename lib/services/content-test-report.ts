// What /content and GET /api/v1/content/tests[/id] need: the workspace's test
// groups, and one group's variants against the control with significance,
// probability to beat control, a winner only when significant, and dwell
// against Douyin's 8 s for Douyin tests.
import type { Db } from "@/lib/db";
import type { BenchmarkFigure } from "@/lib/metrics/benchmarks";
import { analyseContentTest, contentTestVerdict, MIN_DETECTABLE_LIFT } from "@/lib/metrics/content-test";
import { getContentTestItems } from "@/lib/queries/getContentTestItems";
import { getContentTestGroup } from "@/lib/queries/getContentTestGroup";
import { getContentTestGroups } from "@/lib/queries/getContentTestGroups";
import type { ContentTestListResponse, ContentTestResponse } from "@/lib/schemas/api/content-tests";
import { PLATFORM_KEYS, PlatformKey } from "@/lib/schemas/enums";
import { benchmarkCheck, getBenchmarkFigures, type WorkspaceRef } from "./analysis-support";

interface GroupRow {
  id: number;
  key: string;
  name: string;
  hypothesis: string | null;
  controlVariant: string;
  startDay: string;
  endDay: string | null;
}

function testInfo(g: GroupRow) {
  return {
    id: g.id,
    key: g.key,
    name: g.name,
    hypothesis: g.hypothesis,
    controlVariant: g.controlVariant,
    startDay: g.startDay,
    endDay: g.endDay,
    running: g.endDay === null,
  };
}

export async function getContentTestList(db: Db, workspace: WorkspaceRef): Promise<ContentTestListResponse> {
  const groups = await getContentTestGroups(db, { workspaceId: workspace.id });
  return { tests: groups.map((g) => ({ ...testInfo(g), items: g._count.items })) };
}

/**
 * The dwell figure for a test: only a platform-specific avgDwell figure
 * (Douyin's 8 s for hot content) applies, and only when every item of the
 * test is on that platform.
 */
function dwellFigure(platforms: readonly PlatformKey[], benchmarks: readonly BenchmarkFigure[]): BenchmarkFigure | null {
  if (platforms.length !== 1) return null;
  return benchmarks.find((b) => b.metric === "avgDwell" && b.platformKey === platforms[0] && b.direction !== "info") ?? null;
}

/** null when the workspace has no such test (by key, or numeric id when `id` is all digits). */
export async function getContentTestReport(db: Db, workspace: WorkspaceRef, params: { id: string }): Promise<ContentTestResponse | null> {
  let group = /^\d{1,9}$/.test(params.id) ? await getContentTestGroup(db, { workspaceId: workspace.id, id: Number(params.id) }) : null;
  group ??= await getContentTestGroup(db, { workspaceId: workspace.id, key: params.id });
  if (!group) return null;
  const [items, benchmarks] = await Promise.all([
    getContentTestItems(db, { workspaceId: workspace.id, testGroupId: group.id }),
    getBenchmarkFigures(db, workspace),
  ]);
  const platforms = [...new Set(items.map((i) => PlatformKey.parse(i.platformKey)))].sort(
    (a, b) => PLATFORM_KEYS.indexOf(a) - PLATFORM_KEYS.indexOf(b),
  );
  const figure = dwellFigure(platforms, benchmarks);
  const result = analyseContentTest(items, group.controlVariant);

  return {
    test: testInfo(group),
    platforms,
    variants: result.variants.map((v) => ({
      variant: v.variant,
      isControl: v.isControl,
      items: v.items,
      impressions: v.impressions,
      clicks: v.clicks,
      interactions: v.interactions,
      views: v.views,
      watchSeconds: v.watchSeconds,
      ctr: v.ctr,
      interactionRate: v.interactionRate,
      avgDwell: v.avgDwell,
      ctrInterval: v.ctrInterval,
      dwell: benchmarkCheck(v.avgDwell, figure, workspace.benchmarkTolerance),
      vsControl: v.vsControl,
    })),
    winner: result.winner,
    reason: result.reason,
    verdict: { ...contentTestVerdict(result), minDetectableLift: MIN_DETECTABLE_LIFT },
  };
}

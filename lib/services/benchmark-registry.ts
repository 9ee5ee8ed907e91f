// The benchmark registry: the sets a workspace can use, which one is active,
// and one set's figures.
import type { Db } from "@/lib/db";
import { BUILT_IN_BENCHMARK_SET_KEY } from "@/lib/reference/benchmark-report";
import { getBenchmarkSets } from "@/lib/queries/getBenchmarkSets";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import type { BenchmarksResponse } from "@/lib/schemas/api/benchmarks";
import { BenchmarkDirection, PlatformKey } from "@/lib/schemas/enums";

/** null when `setKey` names no set the workspace can use. */
export async function getBenchmarkRegistry(db: Db, workspace: Workspace, setKey?: string): Promise<BenchmarksResponse | null> {
  const sets = await getBenchmarkSets(db, { workspaceId: workspace.id });
  const activeId = workspace.activeBenchmarkSetId ?? sets.find((s) => s.key === BUILT_IN_BENCHMARK_SET_KEY)?.id;
  const chosen = setKey ? sets.find((s) => s.key === setKey) : sets.find((s) => s.id === activeId);
  if (!chosen) return null;
  return {
    set: { key: chosen.key, nameZh: chosen.nameZh, nameEn: chosen.nameEn, source: chosen.source, builtIn: chosen.builtIn, active: chosen.id === activeId },
    sets: sets.map((s) => ({ key: s.key, nameZh: s.nameZh, nameEn: s.nameEn, builtIn: s.builtIn, active: s.id === activeId })),
    benchmarks: chosen.benchmarks.map((b) => ({
      key: b.key,
      metric: b.metric,
      value: b.value,
      unit: b.unit,
      direction: BenchmarkDirection.parse(b.direction),
      scope: b.scope,
      platformKey: b.platformKey === null ? null : PlatformKey.parse(b.platformKey),
      page: b.page,
      textZh: b.textZh,
      note: b.note,
    })),
  };
}

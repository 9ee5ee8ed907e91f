// The benchmark registry: the sets a workspace can use, which one is active,
// and one set's figures.
import type { Db } from "@/lib/db";
import { BUILT_IN_BENCHMARK_SET_KEY, isAmbiguousFigure } from "@/lib/reference/benchmark-report";
import { getBenchmarkSets } from "@/lib/queries/getBenchmarkSets";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import type { BenchmarksResponse } from "@/lib/schemas/api/benchmarks";
import { BenchmarkDirection, BenchmarkSetKind, PlatformKey } from "@/lib/schemas/enums";

/** The workspace fields the registry reads: pass the row as it is after a write, so the answer shows the write. */
export type RegistryWorkspace = Pick<Workspace, "id" | "activeBenchmarkSetId">;

/** null when `setKey` names no set the workspace can use. */
export async function getBenchmarkRegistry(db: Db, workspace: RegistryWorkspace, setKey?: string): Promise<BenchmarksResponse | null> {
  const sets = await getBenchmarkSets(db, { workspaceId: workspace.id });
  // as getActiveBenchmarks reads it: the chosen set, else the built-in report set
  const activeId = sets.find((s) => s.id === workspace.activeBenchmarkSetId)?.id ?? sets.find((s) => s.key === BUILT_IN_BENCHMARK_SET_KEY)?.id;
  const chosen = setKey ? sets.find((s) => s.key === setKey) : sets.find((s) => s.id === activeId);
  if (!chosen) return null;
  const summary = (s: (typeof sets)[number]) => ({
    id: s.id,
    key: s.key,
    nameZh: s.nameZh,
    nameEn: s.nameEn,
    kind: BenchmarkSetKind.parse(s.kind),
    builtIn: s.builtIn,
    active: s.id === activeId,
    figures: s.benchmarks.length,
  });
  return {
    set: { ...summary(chosen), source: chosen.source },
    sets: sets.map(summary),
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
      ambiguous: isAmbiguousFigure(b.key),
    })),
  };
}

// What the analysis-framework services share: the workspace fields they
// read, the active benchmark figures, and a value's benchmark check.
import type { Db } from "@/lib/db";
import type { Workspace } from "@/lib/generated/prisma/client";
import { benchmarkStatus, type BenchmarkFigure } from "@/lib/metrics/benchmarks";
import { getActiveBenchmarks } from "@/lib/queries/getActiveBenchmarks";
import type { BenchmarkCheck } from "@/lib/schemas/api/analysis-common";
import { BenchmarkDirection } from "@/lib/schemas/enums";

export type WorkspaceRef = Pick<Workspace, "id" | "timeZone" | "currency" | "activeBenchmarkSetId" | "benchmarkTolerance">;

/** A stored benchmark with its direction read once; every service compares with these. */
export type StoredBenchmarkFigure = BenchmarkFigure & { unit: string };

export async function getBenchmarkFigures(db: Db, workspace: Pick<Workspace, "activeBenchmarkSetId">): Promise<StoredBenchmarkFigure[]> {
  const rows = await getActiveBenchmarks(db, { activeBenchmarkSetId: workspace.activeBenchmarkSetId });
  return rows.map((b) => ({ ...b, direction: BenchmarkDirection.parse(b.direction) }));
}

export function benchmarkCheck(value: number | null, figure: BenchmarkFigure | null | undefined, tolerance: number): BenchmarkCheck | null {
  if (!figure) return null;
  return {
    benchmark: { key: figure.key, value: figure.value, page: figure.page },
    status: benchmarkStatus(value, figure.value, figure.direction, tolerance),
  };
}

/** Compares by key in the code-point order SQL uses for text. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

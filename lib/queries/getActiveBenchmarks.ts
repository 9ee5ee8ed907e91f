import type { Db } from "@/lib/db";
import { BUILT_IN_BENCHMARK_SET_KEY } from "@/lib/reference/benchmark-report";

/** The benchmarks of the workspace's active set, or of the built-in set when none is chosen. */
export async function getActiveBenchmarks(db: Db, params: { activeBenchmarkSetId: number | null }) {
  const where = params.activeBenchmarkSetId
    ? { setId: params.activeBenchmarkSetId }
    : { set: { key: BUILT_IN_BENCHMARK_SET_KEY } };
  return db.benchmark.findMany({ where, orderBy: [{ page: "asc" }, { key: "asc" }] });
}

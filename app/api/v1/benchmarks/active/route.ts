// PUT /api/v1/benchmarks/active { set } → the chosen set's registry plus
// `changed`: the set (built-in or the workspace's own, by key) every
// benchmark line and status is judged against from now on. Managers and
// admins, who own the benchmark sets; recorded as benchmark_edit.
import { readJson } from "@/lib/api/import-requests";
import { benchmarkWriteAnswer } from "@/lib/api/benchmark-answers";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { ActivateBenchmarkSetBody, BenchmarkWriteQuery } from "@/lib/schemas/api/benchmarks";
import { activateBenchmarkSet } from "@/lib/services/benchmark-sets";

export const dynamic = "force-dynamic";

export const PUT = apiRoute("benchmarks.write", async (request, { db, workspace, query, actor, userId, locale }) => {
  parseInput(BenchmarkWriteQuery, queryObject(query));
  const read = await readJson(request, ActivateBenchmarkSetBody, 4 * 1024);
  if (!read.ok) return read.response;
  return benchmarkWriteAnswer(await activateBenchmarkSet(db, workspace, { key: read.body.set, actor, userId }), locale, "Benchmark set");
});

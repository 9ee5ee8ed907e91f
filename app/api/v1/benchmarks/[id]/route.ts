// PATCH /api/v1/benchmarks/[id] { nameZh?, nameEn?, kind?, source?, values? }
// → the set's registry plus `changed`. `values` maps figure keys to new
// values, each checked against its figure's unit (a rate within [0, 1], an
// ROI above 0, …); a bad one → 400 naming `values.<key>`, nothing written.
// DELETE /api/v1/benchmarks/[id] → the registry of the (now) active set.
// Only the workspace's own sets: a built-in set → 409, another workspace's → 404.
// Managers and admins; recorded as benchmark_edit.
import { readJson } from "@/lib/api/import-requests";
import { benchmarkWriteAnswer } from "@/lib/api/benchmark-answers";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { BenchmarkSetIdParam, BenchmarkWriteQuery, PatchBenchmarkSetBody } from "@/lib/schemas/api/benchmarks";
import { deleteBenchmarkSet, updateBenchmarkSet } from "@/lib/services/benchmark-sets";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute<{ id: string }>("benchmarks.write", async (request, { db, workspace, params, query, actor, userId, locale }) => {
  const { id } = parseInput(BenchmarkSetIdParam, params);
  parseInput(BenchmarkWriteQuery, queryObject(query));
  const read = await readJson(request, PatchBenchmarkSetBody, 64 * 1024);
  if (!read.ok) return read.response;
  return benchmarkWriteAnswer(await updateBenchmarkSet(db, workspace, { id, patch: read.body, actor, userId }), locale, `Benchmark set ${id}`);
});

export const DELETE = apiRoute<{ id: string }>("benchmarks.write", async (_request, { db, workspace, params, query, actor, userId, locale }) => {
  const { id } = parseInput(BenchmarkSetIdParam, params);
  parseInput(BenchmarkWriteQuery, queryObject(query));
  return benchmarkWriteAnswer(await deleteBenchmarkSet(db, workspace, { id, actor, userId }), locale, `Benchmark set ${id}`);
});

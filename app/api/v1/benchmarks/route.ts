// GET /api/v1/benchmarks[?set=key] — the sets the workspace can use (the
// built-in ones and its own) and one set's figures: the active set, or the
// one named. Analysts and up (and read tokens).
// POST /api/v1/benchmarks { nameZh, nameEn, kind, source?, copyFrom? } → 201
// with the new set's registry: a set of the workspace's own, empty or a copy
// of another set it can see. Managers and admins; recorded as benchmark_edit.
import { readJson } from "@/lib/api/import-requests";
import { benchmarkWriteAnswer } from "@/lib/api/benchmark-answers";
import { csvResponse } from "@/lib/api/csv";
import { json, notFound } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { BenchmarksQuery, BenchmarksResponse, BenchmarkWriteQuery, CreateBenchmarkSetBody } from "@/lib/schemas/api/benchmarks";
import { getBenchmarkRegistry } from "@/lib/services/benchmark-registry";
import { createBenchmarkSet } from "@/lib/services/benchmark-sets";

export const dynamic = "force-dynamic";

export const GET = apiRoute("analysis.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(BenchmarksQuery, queryObject(query));
  const registry = await getBenchmarkRegistry(db, workspace, q.set);
  if (!registry) return notFound(`Benchmark set "${q.set}"`);
  const body = BenchmarksResponse.parse(registry);
  if (q.format === "csv") {
    const header = ["key", "metric", "value", "unit", "direction", "scope", "platformKey", "page", "textZh", "note", "ambiguous"] as const;
    return csvResponse(`benchmarks-${body.set.key}.csv`, header, body.benchmarks.map((b) => header.map((h) => b[h])));
  }
  return json(body);
});

export const POST = apiRoute("benchmarks.write", async (request, { db, workspace, query, actor, userId, locale }) => {
  parseInput(BenchmarkWriteQuery, queryObject(query));
  const read = await readJson(request, CreateBenchmarkSetBody, 16 * 1024);
  if (!read.ok) return read.response;
  const result = await createBenchmarkSet(db, workspace, { body: read.body, actor, userId });
  return benchmarkWriteAnswer(result, locale, "Benchmark set", { status: 201 });
});

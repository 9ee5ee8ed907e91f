import { csvResponse } from "@/lib/api/csv";
import { json, notFound } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { BenchmarksQuery, BenchmarksResponse } from "@/lib/schemas/api/benchmarks";
import { getBenchmarkRegistry } from "@/lib/services/benchmark-registry";

export const dynamic = "force-dynamic";

export const GET = apiRoute("analysis.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(BenchmarksQuery, queryObject(query));
  const registry = await getBenchmarkRegistry(db, workspace, q.set);
  if (!registry) return notFound(`Benchmark set "${q.set}"`);
  const body = BenchmarksResponse.parse(registry);
  if (q.format === "csv") {
    const header = ["key", "metric", "value", "unit", "direction", "scope", "platformKey", "page", "textZh", "note"] as const;
    return csvResponse(`benchmarks-${body.set.key}.csv`, header, body.benchmarks.map((b) => header.map((h) => b[h])));
  }
  return json(body);
});

// How the benchmark routes answer a refused change: a missing set 404s, a
// built-in set 409s (copy it instead), bad fields 400 naming each.
import type { Locale } from "@/lib/i18n/locale";
import { BenchmarkWriteResponse } from "@/lib/schemas/api/benchmarks";
import type { BenchmarkWriteResult } from "@/lib/services/benchmark-sets";
import { badFields, conflict, json, notFound } from "./response";

export function benchmarkWriteAnswer(result: BenchmarkWriteResult, locale: Locale, what: string, init?: ResponseInit): Response {
  if (result.ok) return json(BenchmarkWriteResponse.parse(result.value), init);
  if (result.reason === "not_found") return notFound(what);
  if (result.reason === "read_only") return conflict("read_only", `Benchmark set "${result.key}" is built in and read-only: copy it (POST /api/v1/benchmarks with copyFrom) to make a set you can edit`);
  return badFields(result.issues, locale);
}

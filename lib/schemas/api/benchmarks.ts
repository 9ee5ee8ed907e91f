// GET /api/v1/benchmarks — the active benchmark set (or another by key).
import { z } from "zod";
import { BenchmarkDirection, PlatformKey } from "@/lib/schemas/enums";
import { Format } from "./params";

export const BenchmarksQuery = z
  .object({ workspace: z.string().optional(), set: z.string().min(1).max(64).optional(), format: Format })
  .strict();

export const BenchmarkItem = z
  .object({
    key: z.string(),
    metric: z.string(),
    value: z.number(),
    unit: z.string(),
    direction: BenchmarkDirection,
    scope: z.string(),
    platformKey: PlatformKey.nullable(),
    page: z.number().int().nullable(),
    textZh: z.string(),
    note: z.string().nullable(),
  })
  .strict();

export const BenchmarksResponse = z
  .object({
    set: z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string(), source: z.string(), builtIn: z.boolean(), active: z.boolean() }).strict(),
    sets: z.array(z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string(), builtIn: z.boolean(), active: z.boolean() }).strict()),
    benchmarks: z.array(BenchmarkItem),
  })
  .strict();
export type BenchmarksResponse = z.infer<typeof BenchmarksResponse>;

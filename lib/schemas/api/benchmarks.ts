// The benchmark registry's routes: GET /api/v1/benchmarks (the sets and one
// set's figures), POST (a new set, optionally a copy), PATCH and DELETE
// /api/v1/benchmarks/[id] (a set of the workspace's own), PUT
// /api/v1/benchmarks/active (the set every status is judged against). The
// same schemas read the answers on /benchmarks (components/benchmarks/http.ts).
import { z } from "zod";
import { BenchmarkDirection, BenchmarkSetKind, PlatformKey } from "@/lib/schemas/enums";
import { WorkspaceField } from "./analysis-common";
import { Format } from "./params";

export const SetKey = z.string().trim().min(1).max(64);

export const BenchmarksQuery = z.object({ workspace: z.string().optional(), set: SetKey.optional(), format: Format }).strict();

/** Every write route accepts `?workspace=` (checked by apiRoute) and nothing else. */
export const BenchmarkWriteQuery = z.strictObject({ ...WorkspaceField });
export const BenchmarkSetIdParam = z.strictObject({ id: z.coerce.number().int().positive() });

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
    /** the report's disputed ROI figures (1:15, 1:8): show the note wherever the figure is shown */
    ambiguous: z.boolean(),
  })
  .strict();
export type BenchmarkItem = z.infer<typeof BenchmarkItem>;

export const BenchmarkSetSummary = z
  .object({
    /** what PATCH and DELETE /api/v1/benchmarks/[id] take */
    id: z.number().int(),
    key: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    kind: BenchmarkSetKind,
    builtIn: z.boolean(),
    active: z.boolean(),
    /** how many figures it holds */
    figures: z.number().int(),
  })
  .strict();
export type BenchmarkSetSummary = z.infer<typeof BenchmarkSetSummary>;

export const BenchmarksResponse = z
  .object({
    set: BenchmarkSetSummary.extend({ source: z.string() }).strict(),
    sets: z.array(BenchmarkSetSummary),
    benchmarks: z.array(BenchmarkItem),
  })
  .strict();
export type BenchmarksResponse = z.infer<typeof BenchmarksResponse>;

// ---- writes --------------------------------------------------------------------------

const SetName = z.string().trim().min(1).max(100);
const Source = z.string().trim().max(300);

/** New figure values by figure key: `{ "short_video_ad_ctr": 0.035 }`; a bad one is named `values.<key>`. */
export const BenchmarkValues = z
  .record(z.string().min(1).max(100), z.number())
  .refine((v) => Object.keys(v).length <= 200, { message: "at most 200 values at once" });

export const CreateBenchmarkSetBody = z.strictObject({
  nameZh: SetName,
  nameEn: SetName,
  kind: BenchmarkSetKind,
  source: Source.optional(),
  /** key of a set to start from (the built-in one or the workspace's own); without it the set starts empty */
  copyFrom: SetKey.optional(),
});
export type CreateBenchmarkSetBody = z.infer<typeof CreateBenchmarkSetBody>;

export const PatchBenchmarkSetBody = z.strictObject({
  nameZh: SetName.optional(),
  nameEn: SetName.optional(),
  kind: BenchmarkSetKind.optional(),
  source: Source.optional(),
  values: BenchmarkValues.optional(),
});
export type PatchBenchmarkSetBody = z.infer<typeof PatchBenchmarkSetBody>;

export const ActivateBenchmarkSetBody = z.strictObject({
  /** key of the built-in set or of one of the workspace's own */
  set: SetKey,
});

/** After a write: the registry as GET answers it for the set written (or, after DELETE, the active set). */
export const BenchmarkWriteResponse = BenchmarksResponse.extend({
  /** the fields or figure keys whose value changed (empty: nothing was written) */
  changed: z.array(z.string()),
}).strict();
export type BenchmarkWriteResponse = z.infer<typeof BenchmarkWriteResponse>;

// GET /api/v1/kpis — request and response shapes.
import { z } from "zod";
import { TOTAL_KEYS } from "@/lib/metrics/aggregate";
import { GRANULARITIES } from "@/lib/metrics/buckets";
import { KPI_KEYS } from "@/lib/metrics/kpis";
import { Domain, Industry, InteractionDenominator, PlatformKey } from "@/lib/schemas/enums";
import { DayRange, Format, PlatformList } from "./params";

function commaList<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.split(",") : Array.isArray(value) ? value.flatMap((v) => String(v).split(",")) : value),
    z.array(item),
  );
}

export const AccountIdList = commaList(z.coerce.number().int().positive());
export const KpiKey = z.enum(KPI_KEYS);

export const KpisQuery = DayRange.safeExtend({
  workspace: z.string().optional(),
  platform: PlatformList.optional(),
  account: AccountIdList.optional(),
  industry: commaList(Industry).optional(),
  domain: Domain.optional(),
  granularity: z.enum(GRANULARITIES).default("day"),
  compare: z.enum(["previous", "none"]).default("none"),
  interactionDenominator: InteractionDenominator.optional(),
  metric: commaList(KpiKey).optional(),
  forecast: KpiKey.optional(),
  /** platform: each platform also gets its own series (and the CSV has one row per platform and bucket) */
  breakdown: z.enum(["none", "platform"]).default("none"),
  format: Format,
}).strict();
export type KpisQuery = z.infer<typeof KpisQuery>;

const n = z.number().nullable();
const Period = z.object({ start: z.string(), end: z.string() }).strict();

export const Totals = z.record(z.enum(TOTAL_KEYS), n);
export const KpiValues = z.partialRecord(KpiKey, n);

export const Significance = z.enum(["significant", "not_significant", "too_little_data"]);
export const ChangeSchema = z
  .object({
    current: n,
    previous: n,
    change: n,
    changeKind: z.enum(["pp", "percent"]),
    test: z.enum(["two_proportion_z", "poisson_conditional_binomial"]).nullable(),
    pValue: n,
    significance: Significance.nullable(),
  })
  .strict();

export const BenchmarkComparison = z
  .object({
    key: z.string(),
    metric: z.string(),
    value: z.number(),
    unit: z.string(),
    direction: z.enum(["higher", "lower", "info"]),
    scope: z.string(),
    platformKey: PlatformKey.nullable(),
    page: z.number().int().nullable(),
    textZh: z.string(),
    note: z.string().nullable(),
    status: z.enum(["above", "near", "below"]).nullable(),
  })
  .strict();

export const KpiDefinitionSchema = z
  .object({
    key: KpiKey,
    nameEn: z.string(),
    nameZh: z.string(),
    formulaEn: z.string(),
    formulaZh: z.string(),
    unit: z.enum(["percent", "ratio", "currency", "seconds"]),
    direction: z.enum(["higher", "lower"]),
    change: z.enum(["pp", "percent"]),
    proportion: z.string().nullable(),
  })
  .strict();

export const SeriesPoint = z
  .object({
    key: z.string(),
    start: z.string(),
    end: z.string(),
    covered: Period,
    partial: z.boolean(),
    totals: Totals,
    kpis: KpiValues,
  })
  .strict();

export const PlatformBreakdown = z
  .object({ platformKey: PlatformKey, accounts: z.number().int(), totals: Totals, kpis: KpiValues, series: z.array(SeriesPoint).optional() })
  .strict();

export const KpisResponse = z
  .object({
    workspace: z.object({ slug: z.string(), currency: z.string(), timeZone: z.string(), weekStart: z.number().int() }).strict(),
    period: Period.extend({ days: z.number().int() }).strict(),
    filter: z
      .object({
        platforms: z.array(PlatformKey).nullable(),
        accounts: z.array(z.number().int()).nullable(),
        industries: z.array(Industry).nullable(),
        domain: Domain.nullable(),
      })
      .strict(),
    granularity: z.enum(GRANULARITIES),
    interactionDenominator: InteractionDenominator,
    /** money totals are in minor units of `workspace.currency` (…Minor keys) */
    totals: Totals,
    followers: z.object({ start: n, end: n, netFollows: n }).strict(),
    kpis: KpiValues,
    series: z.array(SeriesPoint),
    platforms: z.array(PlatformBreakdown),
    comparison: z
      .object({
        period: Period.extend({ days: z.number().int() }).strict(),
        totals: Totals,
        kpis: z.partialRecord(KpiKey, ChangeSchema),
        measures: z.record(z.enum(TOTAL_KEYS), ChangeSchema),
      })
      .strict()
      .nullable(),
    benchmarks: z.partialRecord(KpiKey, BenchmarkComparison.nullable()),
    definitions: z.partialRecord(KpiKey, KpiDefinitionSchema),
    forecast: z
      .object({
        metric: KpiKey,
        basedOn: z.number().int(),
        params: z.object({ alpha: z.number(), beta: z.number(), phi: z.number() }).strict(),
        points: z.array(
          z.object({ key: z.string(), start: z.string(), end: z.string(), value: z.number(), lower: z.number(), upper: z.number() }).strict(),
        ),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type KpisResponse = z.infer<typeof KpisResponse>;

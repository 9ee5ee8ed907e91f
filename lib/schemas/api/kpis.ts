// GET /api/v1/kpis — request and response shapes.
import { z } from "zod";
import { TOTAL_KEYS } from "@/lib/metrics/aggregate";
import { bucketCount, GRANULARITIES } from "@/lib/metrics/buckets";
import { daysBetween, isDay } from "@/lib/metrics/periods";
import { KPI_KEYS } from "@/lib/metrics/kpis";
import { Domain, Industry, InteractionDenominator, PlatformKey } from "@/lib/schemas/enums";
import { ownIssue } from "./own-issue";
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
})
  .strict()
  .superRefine((q, ctx) => {
    // Limits checked while reading the request, so no request can ask for an
    // unbounded amount of work (docs/METRICS.md, "Request limits").
    if (q.account && q.account.length > KPI_LIMITS.accounts) {
      ctx.addIssue({ code: "custom", path: ["account"], ...ownIssue("too_many_accounts", { count: q.account.length, max: KPI_LIMITS.accounts }) });
    }
    if (!isDay(q.from) || !isDay(q.to) || q.from > q.to) return;
    const days = daysBetween(q.from, q.to) + 1;
    if (days > KPI_LIMITS.days) {
      ctx.addIssue({ code: "custom", path: ["to"], ...ownIssue("range_too_long", { days, max: KPI_LIMITS.days }) });
      return;
    }
    const buckets = bucketCount({ start: q.from, end: q.to }, q.granularity);
    if (buckets > KPI_LIMITS.buckets) {
      ctx.addIssue({ code: "custom", path: ["granularity"], ...ownIssue("too_many_buckets", { buckets, granularity: q.granularity, max: KPI_LIMITS.buckets }) });
    } else if (q.breakdown === "platform" && buckets > KPI_LIMITS.bucketsPerPlatform) {
      // A series per platform is 15 series: 1,100 days of them would be a 15 MB answer.
      ctx.addIssue({ code: "custom", path: ["breakdown"], ...ownIssue("too_many_buckets", { buckets, granularity: q.granularity, max: KPI_LIMITS.bucketsPerPlatform }) });
    }
  });
export type KpisQuery = z.infer<typeof KpisQuery>;

/** What one GET /api/v1/kpis may ask for: about ten years, three years by day (a year with breakdown=platform), 100 accounts. */
export const KPI_LIMITS = { days: 3_700, buckets: 1_100, bucketsPerPlatform: 400, accounts: 100 } as const;

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

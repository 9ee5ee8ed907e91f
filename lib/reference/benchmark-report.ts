// The built-in benchmark set: the 2026 report's figures
// (lib/reference/benchmarks-2026.json, with their page numbers), with metric names mapped onto the KPI
// keys the metrics engine uses.
import { z } from "zod";
import type { PlatformKey } from "@/lib/schemas/enums";
import { BenchmarkDirection } from "@/lib/schemas/enums";
import report from "./benchmarks-2026.json";

export const BUILT_IN_BENCHMARK_SET_KEY = "report-2026";

const ReportBenchmark = z.object({
  key: z.string(),
  metric: z.string(),
  value: z.number(),
  unit: z.string(),
  direction: BenchmarkDirection,
  scope: z.string(),
  page: z.number().int(),
  zh: z.string(),
  note: z.string().optional(),
});

const Report = z.object({ source: z.string(), benchmarks: z.array(ReportBenchmark) });

/** Report metric names → KPI keys of lib/metrics (unlisted names stay as they are). */
const METRIC_TO_KPI: Record<string, string> = {
  interaction_rate: "interactionRate",
  conversion_rate: "conversionRate",
  avg_dwell: "avgDwell",
  profit_margin: "profitMargin",
  time_to_convert: "timeToConvert",
};

/** Figures the report ties to one platform. */
const PLATFORM_OF: Record<string, PlatformKey> = {
  douyin_hot_content_dwell: "douyin",
  xiaohongshu_seeding_lag_days: "xiaohongshu",
  wechat_channels_group_fission_conversion: "wechat_channels",
  virtual_platform_retention: "virtual",
};

/**
 * The report's figures whose meaning is disputed (METRICS.md §4, "The
 * report's ROI figures"): 1:15 called low and 1:8 an improvement. Kept as
 * stated, flagged wherever they are shown; a copied set keeps the flag, since
 * its figure keeps the report's key and wording.
 */
const AMBIGUOUS_FIGURES: ReadonlySet<string> = new Set(["hard_ad_roi_consumer_goods", "ugc_roi_consumer_goods"]);

export function isAmbiguousFigure(key: string): boolean {
  return AMBIGUOUS_FIGURES.has(key);
}

export interface BuiltInBenchmark {
  key: string;
  metric: string;
  value: number;
  unit: string;
  direction: BenchmarkDirection;
  scope: string;
  platformKey: PlatformKey | null;
  page: number;
  textZh: string;
  note: string | null;
}

export function builtInBenchmarks(): { source: string; benchmarks: BuiltInBenchmark[] } {
  const parsed = Report.parse(report);
  return {
    source: parsed.source,
    benchmarks: parsed.benchmarks.map((b) => ({
      key: b.key,
      metric: METRIC_TO_KPI[b.metric] ?? b.metric,
      value: b.value,
      unit: b.unit,
      direction: b.direction,
      scope: b.scope,
      platformKey: PLATFORM_OF[b.key] ?? null,
      page: b.page,
      textZh: b.zh,
      note: b.note ?? null,
    })),
  };
}

// Comparing a KPI with a benchmark (METRICS.md §4).
import type { BenchmarkDirection, PlatformKey } from "@/lib/schemas/enums";

export type BenchmarkStatus = "above" | "near" | "below";

/**
 * higher-is-better: above if v ≥ b, near if v ≥ (1 − tolerance)·b, else below;
 * lower-is-better mirrored: above (better) if v ≤ b, near if v ≤ (1 + tolerance)·b.
 * null when there is no value or the benchmark is informational.
 * `tolerance` is the workspace's `benchmarkTolerance`: no default, so no
 * caller can judge with another band than the chips'. This is the one
 * verdict: sentences, cells and attention items word its result.
 */
export function benchmarkStatus(
  value: number | null,
  benchmark: number,
  direction: BenchmarkDirection,
  tolerance: number,
): BenchmarkStatus | null {
  if (value === null || direction === "info") return null;
  if (direction === "higher") {
    if (value >= benchmark) return "above";
    return value >= (1 - tolerance) * benchmark ? "near" : "below";
  }
  if (value <= benchmark) return "above";
  return value <= (1 + tolerance) * benchmark ? "near" : "below";
}

export interface BenchmarkFigure {
  key: string;
  metric: string;
  value: number;
  direction: BenchmarkDirection;
  platformKey: string | null;
  page: number | null;
  textZh: string;
  scope: string;
  note: string | null;
}

/**
 * Which figure of the report a KPI is compared with when no platform-specific
 * one exists. The report gives three ROI figures; 1:18 (multi-platform
 * linkage) is the one it sets as the target, the others describe single
 * placement types.
 */
const GENERAL_FIGURE: Record<string, string> = {
  ctr: "short_video_ad_ctr",
  interactionRate: "enterprise_interaction_rate",
  roi: "multi_platform_linkage_roi",
};

/** The benchmark a KPI on a platform (or all platforms) is compared with, if any. */
export function selectBenchmark<B extends BenchmarkFigure>(
  benchmarks: readonly B[],
  metric: string,
  platformKey: PlatformKey | null,
): B | null {
  const candidates = benchmarks.filter((b) => b.metric === metric && b.direction !== "info");
  const forPlatform = platformKey ? candidates.find((b) => b.platformKey === platformKey) : undefined;
  if (forPlatform) return forPlatform;
  const general = candidates.filter((b) => b.platformKey === null);
  return general.find((b) => b.key === GENERAL_FIGURE[metric]) ?? general[0] ?? null;
}

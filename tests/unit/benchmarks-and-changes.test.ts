import { describe, expect, it } from "vitest";
import { benchmarkStatus, selectBenchmark, type BenchmarkFigure } from "@/lib/metrics/benchmarks";
import { changePp, changeRelative } from "@/lib/metrics/changes";

describe("benchmark status", () => {
  it("grades higher-is-better KPIs with the tolerance band", () => {
    expect(benchmarkStatus(0.032, 0.032, "higher", 0.1)).toBe("above"); // equal counts as meeting it
    expect(benchmarkStatus(0.0289, 0.032, "higher", 0.1)).toBe("near"); // ≥ 0.0288
    expect(benchmarkStatus(0.0287, 0.032, "higher", 0.1)).toBe("below");
    expect(benchmarkStatus(0.0287, 0.032, "higher", 0.15)).toBe("near"); // ≥ 0.0272
  });

  it("mirrors the band for lower-is-better KPIs", () => {
    expect(benchmarkStatus(2.5, 3, "lower", 0.1)).toBe("above");
    expect(benchmarkStatus(3.3, 3, "lower", 0.1)).toBe("near");
    expect(benchmarkStatus(3.31, 3, "lower", 0.1)).toBe("below");
  });

  it("has no status without a value or for informational figures", () => {
    expect(benchmarkStatus(null, 0.032, "higher", 0.1)).toBeNull();
    expect(benchmarkStatus(12, 12, "info", 0.1)).toBeNull();
  });

  it("prefers a platform's own figure, then the report's general one", () => {
    const fig = (key: string, metric: string, platformKey: string | null, value = 1): BenchmarkFigure => ({
      key, metric, value, direction: "higher", platformKey, page: 1, textZh: "", scope: "", note: null,
    });
    const all = [fig("hard_ad_roi_consumer_goods", "roi", null, 15), fig("multi_platform_linkage_roi", "roi", null, 18), fig("douyin_dwell", "avgDwell", "douyin", 8)];
    expect(selectBenchmark(all, "roi", null)?.value).toBe(18);
    expect(selectBenchmark(all, "roi", "douyin")?.value).toBe(18);
    expect(selectBenchmark(all, "avgDwell", "douyin")?.value).toBe(8);
    expect(selectBenchmark(all, "avgDwell", "kuaishou")).toBeNull();
    expect(selectBenchmark(all, "ctr", null)).toBeNull();
  });
});

describe("changes", () => {
  it("reports rate changes in percentage points", () => {
    expect(changePp(0.034, 0.031)).toBeCloseTo(0.3, 10);
    expect(changePp(0.028, 0.031)).toBeCloseTo(-0.3, 10);
    expect(changePp(null, 0.031)).toBeNull();
  });

  it("reports count changes in percent, with no value from a zero base", () => {
    expect(changeRelative(120, 100)).toBeCloseTo(0.2, 12);
    expect(changeRelative(80, 100)).toBeCloseTo(-0.2, 12);
    expect(changeRelative(5, 0)).toBeNull();
    expect(changeRelative(-50, -100)).toBeCloseTo(0.5, 12); // net follows: −100 → −50 is better
  });
});

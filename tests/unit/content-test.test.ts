// Content test sandbox: variant figures as ratios of sums, the comparison with
// the control and when a winner may be named.
import { describe, expect, it } from "vitest";
import { analyseContentTest, contentSummary, sumsOfRows, type ContentTestItem } from "@/lib/metrics/content-test";
import { probabilityToBeat } from "@/lib/metrics/stats/bayes";

function item(variant: string | null, m: Partial<Omit<ContentTestItem, "variant">>): ContentTestItem {
  return {
    variant,
    impressions: null,
    reach: null,
    views: null,
    clicks: null,
    likes: null,
    comments: null,
    shares: null,
    saves: null,
    watchSeconds: null,
    ...m,
  };
}

/** Pooled two-proportion z, written out independently of lib/metrics/stats. */
function z(x1: number, n1: number, x2: number, n2: number): number {
  const p = (x1 + x2) / (n1 + n2);
  return (x1 / n1 - x2 / n2) / Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
}

const CONTROL = [
  item("a", { impressions: 1000, clicks: 50, likes: 10, comments: 0, shares: 0, saves: 0, views: 800, watchSeconds: 6400 }),
  item("a", { impressions: 3000, clicks: 100, likes: 20, comments: 0, shares: 0, saves: 0, views: 2000, watchSeconds: 18_000 }),
];

describe("variant figures", () => {
  it("are ratios of sums over the items that know both parts", () => {
    const rows = [...CONTROL, item("a", { impressions: 5000, clicks: null })];
    const s = contentSummary(rows.length, sumsOfRows(rows));
    expect(s.items).toBe(3);
    expect(s.impressions).toBe(9000); // every known impression counts in the total …
    expect(s.ctr).toBeCloseTo(150 / 4000, 12); // … but not in CTR without its clicks
    expect(s.ctrParts).toEqual({ clicks: 150, impressions: 4000 });
    expect(s.interactions).toBe(30);
    expect(s.interactionRate).toBeCloseTo(30 / 4000, 12);
    expect(s.avgDwell).toBeCloseTo(24_400 / 2800, 12);
    expect(contentSummary(0, sumsOfRows([]))).toMatchObject({ impressions: null, ctr: null, avgDwell: null });
  });
});

describe("analyseContentTest", () => {
  it("names a variant the winner when its CTR is significantly above the control's", () => {
    const r = analyseContentTest([...CONTROL, item("b", { impressions: 4000, clicks: 240 })], "a");
    expect(r.variants.map((v) => [v.variant, v.isControl])).toEqual([["a", true], ["b", false]]);
    const b = r.variants[1];
    // 6.00% vs 3.75%: +2.25 pp
    expect(b?.vsControl?.ctrDiffPp).toBeCloseTo(2.25, 10);
    expect(b?.vsControl?.test?.z).toBeCloseTo(z(240, 4000, 150, 4000), 10);
    expect(b?.vsControl?.test?.significance).toBe("significant");
    expect(b?.vsControl?.probabilityToBeatControl).toBeGreaterThan(0.999);
    expect(b?.vsControl?.probabilityToBeatControl).toBe(probabilityToBeat({ successes: 150, trials: 4000 }, { successes: 240, trials: 4000 }));
    expect(r.variants[0]?.vsControl).toBeNull();
    expect(r).toMatchObject({ winner: "b", reason: "significant_winner" });
  });

  it("names no winner when the difference is not significant", () => {
    // 3.75% vs 3.90%: z ≈ 0.35
    const r = analyseContentTest([...CONTROL, item("b", { impressions: 4000, clicks: 156 })], "a");
    expect(Math.abs(z(156, 4000, 150, 4000))).toBeLessThan(1.96);
    expect(r.variants[1]?.vsControl?.test?.significance).toBe("not_significant");
    expect(r).toMatchObject({ winner: null, reason: "not_significant" });
    const p = r.variants[1]?.vsControl?.probabilityToBeatControl ?? NaN;
    expect(p).toBeGreaterThan(0.5);
    expect(p).toBeLessThan(0.9);
  });

  it("guards against small samples: fewer than 30 clicks on a side is too little data", () => {
    // 29 clicks of 300 looks like 9.7% against 3.75%, but it is too few events to call
    const r = analyseContentTest([...CONTROL, item("b", { impressions: 300, clicks: 29 })], "a");
    expect(r.variants[1]?.vsControl?.test).toMatchObject({ significance: "too_little_data", z: null, pValue: null });
    expect(r).toMatchObject({ winner: null, reason: "too_little_data" });
  });

  it("keeps the control when every other variant is significantly worse", () => {
    const r = analyseContentTest([...CONTROL, item("b", { impressions: 4000, clicks: 60 }), item("c", { impressions: 5000, clicks: 80 })], "a");
    expect(r.variants.map((v) => v.variant)).toEqual(["a", "b", "c"]);
    expect(r).toMatchObject({ winner: "a", reason: "control_better" });
    expect(r.variants[1]?.vsControl?.ctrDiffPp).toBeCloseTo((60 / 4000 - 150 / 4000) * 100, 10);
  });

  it("picks the best of several significant variants, and ignores items without a variant", () => {
    const r = analyseContentTest(
      [...CONTROL, item("b", { impressions: 4000, clicks: 240 }), item("c", { impressions: 4000, clicks: 300 }), item(null, { impressions: 1, clicks: 1 })],
      "a",
    );
    expect(r).toMatchObject({ winner: "c", reason: "significant_winner" });
    expect(r.variants).toHaveLength(3);
  });

  it("cannot compare without a control or another variant", () => {
    expect(analyseContentTest([item("b", { impressions: 4000, clicks: 240 })], "a")).toMatchObject({ winner: null, reason: "no_comparison" });
    expect(analyseContentTest(CONTROL, "a")).toMatchObject({ winner: null, reason: "no_comparison" });
  });

  it("does not test counts a binomial test cannot take (more clicks than impressions)", () => {
    const r = analyseContentTest([...CONTROL, item("b", { impressions: 100, clicks: 150 })], "a");
    expect(r.variants[1]?.vsControl).toMatchObject({ test: null, probabilityToBeatControl: null });
    expect(r.reason).toBe("too_little_data");
  });
});

// lib/metrics/platform-ranking: the executive page's best and worst
// platforms, worked out by hand from four platforms.
import { describe, expect, it } from "vitest";
import type { BenchmarkFigure } from "@/lib/metrics/benchmarks";
import { ctrIndex, ends, rankBy, rankPlatforms, share, type PlatformFigures } from "@/lib/metrics/platform-ranking";

function figure(key: string, metric: string, value: number): BenchmarkFigure {
  return { key, metric, value, direction: "higher", platformKey: null, page: 7, textZh: "", scope: "", note: null };
}
const CTR = figure("short_video_ad_ctr", "ctr", 0.032);
const ROI = figure("multi_platform_linkage_roi", "roi", 18);

// catalogue order: douyin, xiaohongshu, wechat_private, weibo
const PLATFORMS: PlatformFigures[] = [
  { platformKey: "douyin", domain: "public", spendMinor: 1_000, revenueMinor: 12_000, impressions: 100_000, roi: 12, ctr: 0.04, ctrFigure: CTR },
  // 5 of 1,705 spend = 0.29%: too small to rank by ROI; 5,000 of 165,000 impressions = 3.0%: ranked by CTR
  { platformKey: "xiaohongshu", domain: "public", spendMinor: 5, revenueMinor: 250, impressions: 5_000, roi: 50, ctr: 0.05, ctrFigure: CTR },
  { platformKey: "wechat_private", domain: "private", spendMinor: 200, revenueMinor: 5_000, impressions: 10_000, roi: 25, ctr: 0.08, ctrFigure: CTR },
  { platformKey: "weibo", domain: "public", spendMinor: 500, revenueMinor: 2_500, impressions: 50_000, roi: 5, ctr: 0.02, ctrFigure: CTR },
];
const TOTALS = { spendMinor: 1_705, impressions: 165_000 };

describe("rankPlatforms", () => {
  const r = rankPlatforms(PLATFORMS, { totals: TOTALS, roiFigure: ROI, tolerance: 0.1 });
  const row = (k: string) => r.rows.find((x) => x.platformKey === k)!;

  it("ranks ROI among platforms with at least 1% of spend, best and worst never overlapping", () => {
    // 25 > 12 > 5; xiaohongshu (1:50) has 0.29% of spend
    expect(r.byRoi).toEqual({ best: ["wechat_private"], worst: ["weibo"], ranked: 3, unranked: 1 });
    expect([row("wechat_private").roiRank, row("douyin").roiRank, row("weibo").roiRank, row("xiaohongshu").roiRank]).toEqual([1, 2, 3, null]);
    expect(row("douyin").spendShare).toBeCloseTo(1_000 / 1_705, 12);
  });

  it("ranks CTR by its index against each platform's benchmark", () => {
    // 8%/3.2% = 2.5, 5%/3.2% = 1.5625, 4%/3.2% = 1.25, 2%/3.2% = 0.625
    expect(row("wechat_private").ctrIndex).toBeCloseTo(2.5, 12);
    expect(row("xiaohongshu").ctrIndex).toBeCloseTo(1.5625, 12);
    expect(r.byCtr).toEqual({ best: ["wechat_private", "xiaohongshu"], worst: ["weibo", "douyin"], ranked: 4, unranked: 0 });
  });

  it("gives each row the status of benchmarkStatus with the workspace tolerance", () => {
    // ROI vs 1:18 (near from 16.2): 25 above, 12 below, 5 below, 50 above
    expect(r.rows.map((x) => [x.platformKey, x.roiStatus])).toEqual([
      ["wechat_private", "above"], ["douyin", "below"], ["weibo", "below"], ["xiaohongshu", "above"],
    ]);
    // CTR vs 3.2% (near from 2.88%): 2% below; with a 40% tolerance (near from 1.92%) near
    expect(row("weibo").ctrStatus).toBe("below");
    expect(rankPlatforms(PLATFORMS, { totals: TOTALS, roiFigure: ROI, tolerance: 0.4 }).rows.find((x) => x.platformKey === "weibo")!.ctrStatus).toBe("near");
  });

  it("lists rows best ROI first, unranked last; no benchmark, no status", () => {
    expect(r.rows.map((x) => x.platformKey)).toEqual(["wechat_private", "douyin", "weibo", "xiaohongshu"]);
    const none = rankPlatforms(PLATFORMS.map((p) => ({ ...p, ctrFigure: null })), { totals: TOTALS, roiFigure: null, tolerance: 0.1 });
    expect(none.rows.every((x) => x.roiStatus === null && x.ctrStatus === null && x.ctrIndex === null)).toBe(true);
    expect(none.byCtr.ranked).toBe(0);
  });
});

describe("the ranking's parts", () => {
  it("share and ctrIndex give null rather than a division by nothing", () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(null, 4)).toBeNull();
    expect(share(1, 0)).toBeNull();
    expect(ctrIndex(0.04, 0.032)).toBeCloseTo(1.25, 12);
    expect(ctrIndex(0.04, 0)).toBeNull();
    expect(ctrIndex(null, 0.032)).toBeNull();
  });

  it("ends: at most `size` each side, half the list at most, a lone platform only best", () => {
    expect(ends(["a"], 3)).toEqual({ best: ["a"], worst: [] });
    expect(ends([], 3)).toEqual({ best: [], worst: [] });
    expect(ends(["a", "b"], 3)).toEqual({ best: ["a"], worst: ["b"] });
    expect(ends(["a", "b", "c", "d", "e", "f", "g"], 3)).toEqual({ best: ["a", "b", "c"], worst: ["g", "f", "e"] });
  });

  it("rankBy keeps the input order on ties and drops the ineligible and the unknown", () => {
    const rows = [{ k: "a", v: 2 }, { k: "b", v: 3 }, { k: "c", v: 2 }, { k: "d", v: null }, { k: "e", v: 9 }];
    expect(rankBy(rows, (r) => r.v, (r) => r.k !== "e").map((r) => r.k)).toEqual(["b", "a", "c"]);
  });
});

import { describe, expect, it } from "vitest";
import { emptyTotals, type MeasureTotals } from "@/lib/metrics/aggregate";
import { BOARD_METRICS, boardChange, boardPacing, boardValue } from "@/lib/metrics/board-metrics";
import type { PeriodFigures } from "@/lib/metrics/compare";
import { kpiDefinitions } from "@/lib/metrics/definitions";
import { KPI_KEYS, type Kpis } from "@/lib/metrics/kpis";
import { emptyPairSums, type PairSums } from "@/lib/metrics/ratios";

function figures(opts: { kpis?: Partial<Kpis>; totals?: Partial<MeasureTotals>; pairs?: Partial<PairSums>; days?: number }): PeriodFigures {
  const kpis = Object.fromEntries(KPI_KEYS.map((k) => [k, null])) as Kpis;
  return {
    kpis: { ...kpis, ...opts.kpis },
    sums: { totals: { ...emptyTotals(), ...opts.totals }, pairs: { ...emptyPairSums(), ...opts.pairs } },
    followers: { followersEnd: null, followersStart: null, netFollows: null, followerGrowthRate: null, interactionRateByFollowers: null },
    days: opts.days ?? 7,
  };
}

const NONE = { projected: null, progress: null, onPace: null, expectedSoFar: null };

describe("boardValue", () => {
  const f = figures({
    kpis: { ctr: 0.033, roi: 9, interactionRate: 0.05, followerGrowthRate: 0.01 },
    totals: { spendMinor: 20_000, revenueMinor: 180_000, clicks: 330 },
  });

  it("reads a KPI metric from the KPIs", () => {
    expect(boardValue(BOARD_METRICS.ctr, f)).toBe(0.033);
    expect(boardValue(BOARD_METRICS.roi, f)).toBe(9);
    expect(boardValue(BOARD_METRICS.interactionRate, f)).toBe(0.05);
    expect(boardValue(BOARD_METRICS.followerGrowthRate, f)).toBe(0.01);
    expect(boardValue(BOARD_METRICS.conversionRate, f)).toBeNull();
  });

  it("reads a money metric from the totals, in minor units", () => {
    expect(boardValue(BOARD_METRICS.spend, f)).toBe(20_000);
    expect(boardValue(BOARD_METRICS.revenue, f)).toBe(180_000);
    expect(boardValue(BOARD_METRICS.revenue, figures({}))).toBeNull();
  });

  it("marks spend as the one lower-is-better metric", () => {
    const lower = Object.values(BOARD_METRICS).filter((m) => m.direction === "lower").map((m) => m.key);
    expect(lower).toEqual(["spend"]);
  });
});

describe("boardPacing", () => {
  it("projects a revenue goal as soFar · total / elapsed", () => {
    // ¥3 000 (300 000 fen) after 10 of 31 days → 300 000 · 31 / 10 = 930 000 < 1 000 000
    const off = boardPacing(BOARD_METRICS.revenue, figures({ totals: { revenueMinor: 300_000 } }), { target: 1_000_000, daysElapsed: 10, daysTotal: 31 });
    expect(off.projected).toBeCloseTo(930_000, 6);
    expect(off.onPace).toBe(false);
    expect(off.progress).toBeCloseTo(0.3, 12);
    expect(off.expectedSoFar).toBeCloseTo((1_000_000 * 10) / 31, 6);
    // 350 000 → 1 085 000 ≥ 1 000 000
    const on = boardPacing(BOARD_METRICS.revenue, figures({ totals: { revenueMinor: 350_000 } }), { target: 1_000_000, daysElapsed: 10, daysTotal: 31 });
    expect(on.projected).toBeCloseTo(1_085_000, 6);
    expect(on.onPace).toBe(true);
  });

  it("counts a projection that lands exactly on the goal as on pace", () => {
    // 300 000 after 9 of 30 days → exactly 1 000 000
    const p = boardPacing(BOARD_METRICS.revenue, figures({ totals: { revenueMinor: 300_000 } }), { target: 1_000_000, daysElapsed: 9, daysTotal: 30 });
    expect(p.projected).toBeCloseTo(1_000_000, 6);
    expect(p.onPace).toBe(true);
  });

  it("paces spend as lower-is-better: projecting over budget is off pace", () => {
    // 400 000 after 10 of 30 days → 1 200 000 > budget 1 000 000
    const over = boardPacing(BOARD_METRICS.spend, figures({ totals: { spendMinor: 400_000 } }), { target: 1_000_000, daysElapsed: 10, daysTotal: 30 });
    expect(over.projected).toBeCloseTo(1_200_000, 6);
    expect(over.onPace).toBe(false);
    // 300 000 → 900 000 ≤ 1 000 000
    const under = boardPacing(BOARD_METRICS.spend, figures({ totals: { spendMinor: 300_000 } }), { target: 1_000_000, daysElapsed: 10, daysTotal: 30 });
    expect(under.projected).toBeCloseTo(900_000, 6);
    expect(under.onPace).toBe(true);
  });

  it("projects a CTR goal as the clicks / impressions so far", () => {
    const soFar = figures({ kpis: { ctr: 0.033 }, pairs: { clicksPerImpression: { numerator: 330, denominator: 10_000 } } });
    const high = boardPacing(BOARD_METRICS.ctr, soFar, { target: 0.035, daysElapsed: 3, daysTotal: 7 });
    expect(high.projected).toBeCloseTo(0.033, 12);
    expect(high.onPace).toBe(false);
    expect(high.progress).toBeCloseTo(0.033 / 0.035, 12);
    expect(high.expectedSoFar).toBeNull(); // a rate does not accumulate
    const low = boardPacing(BOARD_METRICS.ctr, soFar, { target: 0.03, daysElapsed: 3, daysTotal: 7 });
    expect(low.projected).toBeCloseTo(0.033, 12);
    expect(low.onPace).toBe(true);
  });

  it("gives no CTR projection before any impressions", () => {
    const soFar = figures({ pairs: { clicksPerImpression: { numerator: 0, denominator: 0 } } });
    expect(boardPacing(BOARD_METRICS.ctr, soFar, { target: 0.03, daysElapsed: 3, daysTotal: 7 })).toEqual(NONE);
  });

  it("projects ROI and conversion rate from their paired sums", () => {
    // revenue 900 000 / spend 100 000 so far → ROI 9 against a 1:18 goal
    const roi = boardPacing(BOARD_METRICS.roi, figures({ kpis: { roi: 9 }, pairs: { revenuePerSpend: { numerator: 900_000, denominator: 100_000 } } }), {
      target: 18,
      daysElapsed: 10,
      daysTotal: 30,
    });
    expect(roi.projected).toBeCloseTo(9, 12);
    expect(roi.onPace).toBe(false);
    const conv = boardPacing(
      BOARD_METRICS.conversionRate,
      figures({ kpis: { conversionRate: 0.05 }, pairs: { conversionsPerClick: { numerator: 15, denominator: 300 } } }),
      { target: 0.04, daysElapsed: 10, daysTotal: 30 },
    );
    expect(conv.projected).toBeCloseTo(0.05, 12);
    expect(conv.onPace).toBe(true);
  });

  it("scales a follower growth goal (cumulative) by the elapsed share of the period", () => {
    // +1% after 10 of 30 days → +3% by the end
    const soFar = figures({ kpis: { followerGrowthRate: 0.01 } });
    const on = boardPacing(BOARD_METRICS.followerGrowthRate, soFar, { target: 0.025, daysElapsed: 10, daysTotal: 30 });
    expect(on.projected).toBeCloseTo(0.03, 12);
    expect(on.onPace).toBe(true);
    expect(on.expectedSoFar).toBeCloseTo((0.025 * 10) / 30, 12);
    const off = boardPacing(BOARD_METRICS.followerGrowthRate, soFar, { target: 0.04, daysElapsed: 10, daysTotal: 30 });
    expect(off.projected).toBeCloseTo(0.03, 12);
    expect(off.onPace).toBe(false);
    expect(boardPacing(BOARD_METRICS.followerGrowthRate, figures({}), { target: 0.04, daysElapsed: 10, daysTotal: 30 })).toEqual(NONE);
  });

  it("paces the interaction rate on the rate itself", () => {
    const p = boardPacing(BOARD_METRICS.interactionRate, figures({ kpis: { interactionRate: 0.05 } }), { target: 0.04, daysElapsed: 2, daysTotal: 7 });
    expect(p.projected).toBeCloseTo(0.05, 12);
    expect(p.onPace).toBe(true);
    expect(boardPacing(BOARD_METRICS.interactionRate, figures({}), { target: 0.04, daysElapsed: 2, daysTotal: 7 })).toEqual(NONE);
  });

  it("gives no projection on the goal's first day before any day has ended", () => {
    expect(boardPacing(BOARD_METRICS.revenue, figures({ totals: { revenueMinor: 0 } }), { target: 1_000, daysElapsed: 0, daysTotal: 7 })).toEqual(NONE);
  });

  it("gives no projection for money not known yet", () => {
    expect(boardPacing(BOARD_METRICS.spend, figures({}), { target: 1_000, daysElapsed: 3, daysTotal: 7 })).toEqual(NONE);
  });
});

describe("boardChange", () => {
  const defs = kpiDefinitions("impressions");

  it("compares KPIs in pp and money in percent", () => {
    const now = figures({ kpis: { ctr: 0.036 }, totals: { spendMinor: 120_000 }, pairs: { clicksPerImpression: { numerator: 360, denominator: 10_000 } } });
    const before = figures({ kpis: { ctr: 0.03 }, totals: { spendMinor: 100_000 }, pairs: { clicksPerImpression: { numerator: 300, denominator: 10_000 } } });
    const ctr = boardChange(BOARD_METRICS.ctr, defs, now, before);
    expect(ctr.changeKind).toBe("pp");
    expect(ctr.change).toBeCloseTo(0.6, 10);
    expect(ctr.test).toBe("two_proportion_z");
    const spend = boardChange(BOARD_METRICS.spend, defs, now, before);
    expect(spend.changeKind).toBe("percent");
    expect(spend.change).toBeCloseTo(0.2, 12);
    expect(spend.test).toBeNull();
  });
});

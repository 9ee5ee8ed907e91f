import { describe, expect, it } from "vitest";
import { emptyTotals, type MeasureTotals } from "@/lib/metrics/aggregate";
import { BOARD_METRICS, boardChange, boardValue } from "@/lib/metrics/board-metrics";
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

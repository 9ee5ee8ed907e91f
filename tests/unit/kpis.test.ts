import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptySums } from "@/lib/metrics/aggregate";
import { kpiDefinitions } from "@/lib/metrics/definitions";
import { computeKpis, KPI_KEYS } from "@/lib/metrics/kpis";
import { rowsFollowerSource } from "@/lib/metrics/followers";
import { periodFigures } from "@/lib/metrics/period-figures";
import { emptyPairSums, type PairSums } from "@/lib/metrics/ratios";
import type { InteractionDenominator } from "@/lib/schemas/enums";

const DENOMINATORS: InteractionDenominator[] = ["impressions", "reach", "followers"];

/** Paired sums written out by hand (money in minor units). */
function samplePairs(): PairSums {
  const p = emptyPairSums();
  p.clicksPerImpression = { numerator: 300, denominator: 10_000 };
  p.interactionsPerImpression = { numerator: 450, denominator: 10_000 };
  p.interactionsPerReach = { numerator: 400, denominator: 5_000 };
  p.conversionsPerClick = { numerator: 15, denominator: 300 };
  p.revenuePerSpend = { numerator: 180_000, denominator: 20_000 };
  p.spendPerImpression = { numerator: 20_000, denominator: 10_000 };
  p.spendPerClick = { numerator: 20_000, denominator: 300 };
  p.spendPerConversion = { numerator: 20_000, denominator: 15 };
  p.watchSecondsPerView = { numerator: 36_000, denominator: 2_400 };
  p.costPerRevenue = { numerator: 108_000, denominator: 180_000 };
  return p;
}

const FOLLOWERS = { followerGrowthRate: 0.02, interactionRateByFollowers: 0.15 };

describe("computeKpis", () => {
  it("computes every KPI from the paired sums (money in major units, 100 minor per major)", () => {
    const k = computeKpis({ pairs: samplePairs(), followers: FOLLOWERS, interactionDenominator: "impressions", minorPerMajor: 100 });
    expect(Object.keys(k).sort()).toEqual([...KPI_KEYS].sort());
    expect(k.ctr).toBeCloseTo(0.03, 12); // 300 / 10 000
    expect(k.interactionRateByImpressions).toBeCloseTo(0.045, 12); // 450 / 10 000
    expect(k.interactionRateByReach).toBeCloseTo(0.08, 12); // 400 / 5 000
    expect(k.interactionRateByFollowers).toBeCloseTo(0.15, 12);
    expect(k.conversionRate).toBeCloseTo(0.05, 12); // 15 / 300
    expect(k.roi).toBeCloseTo(9, 12); // ¥1 800 revenue / ¥200 spend
    expect(k.netRoi).toBeCloseTo(8, 12); // (1 800 − 200) / 200
    expect(k.cpm).toBeCloseTo(20, 10); // ¥200 / 10 000 impressions × 1 000
    expect(k.cpc).toBeCloseTo(200 / 300, 10); // ¥0.67 per click
    expect(k.cpa).toBeCloseTo(200 / 15, 10); // ¥13.33 per conversion
    expect(k.avgDwell).toBeCloseTo(15, 12); // 36 000 s / 2 400 views
    expect(k.profitMargin).toBeCloseTo(0.4, 12); // (1 800 − 1 080) / 1 800
    expect(k.followerGrowthRate).toBe(0.02);
  });

  it("uses the minor units as major units for a currency without subunits (minorPerMajor 1)", () => {
    // 20 000 yen over 10 000 impressions, 300 clicks, 15 conversions
    const k = computeKpis({ pairs: samplePairs(), followers: FOLLOWERS, interactionDenominator: "impressions", minorPerMajor: 1 });
    expect(k.cpm).toBeCloseTo(2_000, 9);
    expect(k.cpc).toBeCloseTo(20_000 / 300, 9);
    expect(k.cpa).toBeCloseTo(20_000 / 15, 9);
    // ratios have no unit: unchanged
    expect(k.roi).toBeCloseTo(9, 12);
    expect(k.profitMargin).toBeCloseTo(0.4, 12);
  });

  it("reads interactionRate by the chosen denominator and always keeps the three explicit variants", () => {
    const expected: Record<InteractionDenominator, number> = { impressions: 0.045, reach: 0.08, followers: 0.15 };
    for (const d of DENOMINATORS) {
      const k = computeKpis({ pairs: samplePairs(), followers: FOLLOWERS, interactionDenominator: d, minorPerMajor: 100 });
      expect(k.interactionRate).toBeCloseTo(expected[d], 12);
      expect(k.interactionRateByImpressions).toBeCloseTo(0.045, 12);
      expect(k.interactionRateByReach).toBeCloseTo(0.08, 12);
      expect(k.interactionRateByFollowers).toBeCloseTo(0.15, 12);
    }
  });

  it("gives null for follower KPIs without follower figures", () => {
    const k = computeKpis({ pairs: samplePairs(), followers: null, interactionDenominator: "followers", minorPerMajor: 100 });
    expect(k.interactionRate).toBeNull();
    expect(k.interactionRateByFollowers).toBeNull();
    expect(k.followerGrowthRate).toBeNull();
    expect(k.interactionRateByImpressions).toBeCloseTo(0.045, 12);
  });

  it("gives null, never 0 or Infinity, for zero denominators", () => {
    const k = computeKpis({ pairs: emptyPairSums(), followers: { followerGrowthRate: null, interactionRateByFollowers: null }, interactionDenominator: "impressions", minorPerMajor: 100 });
    for (const key of KPI_KEYS) expect(k[key]).toBeNull();
    // clicks without impressions, revenue without spend
    const p = emptyPairSums();
    p.clicksPerImpression = { numerator: 5, denominator: 0 };
    p.revenuePerSpend = { numerator: 1_000, denominator: 0 };
    p.costPerRevenue = { numerator: 500, denominator: 0 };
    const k2 = computeKpis({ pairs: p, followers: null, interactionDenominator: "reach", minorPerMajor: 100 });
    expect(k2.ctr).toBeNull();
    expect(k2.roi).toBeNull();
    expect(k2.netRoi).toBeNull();
    expect(k2.profitMargin).toBeNull();
  });

  it("keeps a zero numerator over a positive denominator as 0, not null", () => {
    const p = emptyPairSums();
    p.clicksPerImpression = { numerator: 0, denominator: 1_000 };
    p.revenuePerSpend = { numerator: 0, denominator: 5_000 };
    const k = computeKpis({ pairs: p, followers: null, interactionDenominator: "impressions", minorPerMajor: 100 });
    expect(k.ctr).toBe(0);
    expect(k.roi).toBe(0);
    expect(k.netRoi).toBe(-1);
  });

  it("the CTR of two platforms' summed pairs lies between the two platforms' CTRs (property)", () => {
    const count = fc.integer({ min: 0, max: 1_000_000_000 });
    const positive = fc.integer({ min: 1, max: 1_000_000_000 });
    fc.assert(
      fc.property(count, positive, count, positive, (c1, i1, c2, i2) => {
        const a = emptyPairSums();
        a.clicksPerImpression = { numerator: c1, denominator: i1 };
        const b = emptyPairSums();
        b.clicksPerImpression = { numerator: c2, denominator: i2 };
        const merged = emptyPairSums();
        merged.clicksPerImpression = { numerator: c1 + c2, denominator: i1 + i2 };
        const ctr = (pairs: PairSums) => computeKpis({ pairs, followers: null, interactionDenominator: "impressions", minorPerMajor: 100 }).ctr;
        const ca = ctr(a);
        const cb = ctr(b);
        const cm = ctr(merged);
        expect(ca).not.toBeNull();
        expect(cb).not.toBeNull();
        expect(cm).not.toBeNull();
        expect(cm!).toBeGreaterThanOrEqual(Math.min(ca!, cb!));
        expect(cm!).toBeLessThanOrEqual(Math.max(ca!, cb!));
      }),
      { numRuns: 500 },
    );
  });

  it("weights the merged CTR by impressions, not as the average of the two CTRs", () => {
    // 10 clicks of 100 (10%) and 1 000 of 100 000 (1%): merged 1 010 / 100 100 ≈ 1.009%, not 5.5%
    const merged = emptyPairSums();
    merged.clicksPerImpression = { numerator: 1_010, denominator: 100_100 };
    const k = computeKpis({ pairs: merged, followers: null, interactionDenominator: "impressions", minorPerMajor: 100 });
    expect(k.ctr).toBeCloseTo(0.01008991, 8);
  });
});

describe("kpiDefinitions", () => {
  const HAS_CJK = /[\u4e00-\u9fff]/;

  it("defines every KPI key in both languages, for every denominator setting", () => {
    for (const d of DENOMINATORS) {
      const defs = kpiDefinitions(d);
      expect(Object.keys(defs).sort()).toEqual([...KPI_KEYS].sort());
      for (const key of KPI_KEYS) {
        const def = defs[key];
        expect(def.key).toBe(key);
        expect(def.nameEn.trim()).not.toBe("");
        expect(def.formulaEn.trim()).not.toBe("");
        expect(def.nameZh).toMatch(HAS_CJK);
        expect(def.formulaZh).toMatch(HAS_CJK);
        expect(def.formulaEn).not.toMatch(HAS_CJK);
        expect(["higher", "lower"]).toContain(def.direction);
      }
    }
  });

  it("names the chosen denominator in the interaction rate's definition", () => {
    const words: Record<InteractionDenominator, { en: RegExp; zh: RegExp; notEn: RegExp[] }> = {
      impressions: { en: /÷ impressions/, zh: /÷ 曝光/, notEn: [/reach/, /followers/] },
      reach: { en: /÷ .*reach/, zh: /÷ .*覆盖/, notEn: [/impressions/, /followers/] },
      followers: { en: /÷ followers/, zh: /÷ .*粉丝/, notEn: [/impressions/, /reach/] },
    };
    for (const d of DENOMINATORS) {
      const def = kpiDefinitions(d).interactionRate;
      expect(def.formulaEn).toMatch(words[d].en);
      expect(def.formulaZh).toMatch(words[d].zh);
      for (const other of words[d].notEn) expect(def.formulaEn).not.toMatch(other);
      // the explicit variants do not move with the setting
      expect(kpiDefinitions(d).interactionRateByImpressions.formulaEn).toMatch(/÷ impressions/);
      expect(kpiDefinitions(d).interactionRateByReach.formulaEn).toMatch(/reach/);
      expect(kpiDefinitions(d).interactionRateByFollowers.formulaEn).toMatch(/followers/);
    }
  });

  it("says which way is better and how changes are expressed, as METRICS.md §2 and §4 do", () => {
    const defs = kpiDefinitions("impressions");
    for (const key of ["cpm", "cpc", "cpa"] as const) {
      expect(defs[key].direction).toBe("lower");
      expect(defs[key].change).toBe("percent");
    }
    for (const key of ["ctr", "interactionRate", "conversionRate", "followerGrowthRate", "profitMargin"] as const) {
      expect(defs[key].direction).toBe("higher");
      expect(defs[key].change).toBe("pp");
    }
    expect(defs.roi.change).toBe("percent");
    expect(defs.ctr.proportion).toBe("clicksPerImpression");
    expect(defs.roi.proportion).toBeNull();
  });
});

describe("periodFigures (the one reading of a period, for the board and the KPI report)", () => {
  /** A day's sums: `clicks` of `impressions` and `spend` minor units. */
  function day(d: string, impressions: number, clicks: number, spend: number) {
    const sums = emptySums();
    sums.totals.impressions = impressions;
    sums.totals.clicks = clicks;
    sums.totals.spendMinor = spend;
    sums.pairs.clicksPerImpression = { numerator: clicks, denominator: impressions };
    sums.pairs.spendPerClick = { numerator: spend, denominator: clicks };
    return { ...sums, day: d };
  }
  const rows = [day("2026-11-15", 9_000, 900, 90_000), day("2026-11-16", 1_000, 40, 2_000), day("2026-11-22", 3_000, 80, 6_000), day("2026-11-23", 5, 5, 5)];

  it("sums the days inside the period only, and takes the currency's minor unit for money KPIs", () => {
    const week = { start: "2026-11-16", end: "2026-11-22" };
    const cny = periodFigures(week, rows, rowsFollowerSource(new Map()), { interactionDenominator: "impressions", minorPerMajor: 100 });
    // 40 + 80 = 120 clicks of 1,000 + 3,000 = 4,000 impressions: 3%
    expect(cny.kpis.ctr).toBeCloseTo(120 / 4_000, 12);
    expect(cny.sums.totals.spendMinor).toBe(8_000);
    // 8,000 fen / 120 clicks = ¥0.6667
    expect(cny.kpis.cpc).toBeCloseTo(80 / 120, 12);
    expect(cny.days).toBe(7);
    // the same minor units as yen: ¥66.67 per click
    const jpy = periodFigures(week, rows, rowsFollowerSource(new Map()), { interactionDenominator: "impressions", minorPerMajor: 1 });
    expect(jpy.kpis.cpc).toBeCloseTo(8_000 / 120, 10);
  });
});

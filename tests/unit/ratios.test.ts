import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kpisFromPairs } from "@/lib/metrics/kpis";
import type { MeasureRow } from "@/lib/metrics/measures";
import { pairSum, pairSums, ratio, RATIO_PARTS } from "@/lib/metrics/ratios";

describe("ratio of sums", () => {
  it("weights days by volume instead of averaging daily rates", () => {
    // day 1: 1 click / 10 impressions (10%); day 2: 10,000 / 1,000,000 (1%)
    const rows: MeasureRow[] = [
      { clicks: 1, impressions: 10 },
      { clicks: 10_000, impressions: 1_000_000 },
    ];
    const ctr = kpisFromPairs(pairSums(rows), 100).ctr;
    expect(ctr).toBeCloseTo(10_001 / 1_000_010, 12);
    expect(ctr).not.toBeCloseTo((0.1 + 0.01) / 2, 3);
  });

  it("uses only rows where both parts are known", () => {
    const rows: MeasureRow[] = [
      { clicks: 30, impressions: 1000 },
      { clicks: null, impressions: 5000 }, // clicks unknown: the 5000 must not dilute CTR
      { clicks: 7, impressions: null },
    ];
    expect(pairSum(rows, RATIO_PARTS.clicksPerImpression)).toEqual({ numerator: 30, denominator: 1000 });
  });

  it("gives null, never 0 or Infinity, on a zero or empty denominator", () => {
    expect(ratio(5, 0)).toBeNull();
    expect(kpisFromPairs(pairSums([]), 100).ctr).toBeNull();
    expect(kpisFromPairs(pairSums([{ clicks: 3, impressions: 0 }]), 100).ctr).toBeNull();
    expect(kpisFromPairs(pairSums([{ clicks: 0, impressions: 100 }]), 100).ctr).toBe(0);
  });

  it("counts interactions a platform reports and ignores the ones it does not", () => {
    // TikTok's overview has no saves: 40 + 5 + 5 = 50 interactions on 2,000 impressions
    const rows: MeasureRow[] = [{ likes: 40, comments: 5, shares: 5, saves: null, impressions: 2000 }];
    expect(kpisFromPairs(pairSums(rows), 100).interactionRateByImpressions).toBeCloseTo(50 / 2000, 12);
    // a row without any interaction measure is left out of the rate entirely
    const withUnknown = [...rows, { likes: null, comments: null, shares: null, saves: null, impressions: 8000 }];
    expect(kpisFromPairs(pairSums(withUnknown), 100).interactionRateByImpressions).toBeCloseTo(50 / 2000, 12);
  });

  it("keeps negative counts where they are real changes", () => {
    // TikTok comments can be negative after deletions
    const rows: MeasureRow[] = [{ likes: 10, comments: -2, impressions: 100 }];
    expect(kpisFromPairs(pairSums(rows), 100).interactionRateByImpressions).toBeCloseTo(8 / 100, 12);
  });

  it("computes money KPIs from minor units", () => {
    // spend ¥1,000.00 = 100000 fen, revenue ¥18,000.00, 50,000 impressions, 400 clicks, 20 conversions, cost ¥12,960.00
    const k = kpisFromPairs(
      pairSums([{ spendMinor: 100_000, revenueMinor: 1_800_000, impressions: 50_000, clicks: 400, conversions: 20, costMinor: 1_296_000 }]),
      100,
    );
    expect(k.roi).toBeCloseTo(18, 12);
    expect(k.netRoi).toBeCloseTo(17, 12);
    expect(k.cpm).toBeCloseTo(20, 12); // ¥1000 / 50k × 1000
    expect(k.cpc).toBeCloseTo(2.5, 12);
    expect(k.cpa).toBeCloseTo(50, 12);
    expect(k.conversionRate).toBeCloseTo(0.05, 12);
    expect(k.profitMargin).toBeCloseTo(0.28, 12); // (18000 − 12960) / 18000
  });

  const row = fc.record({
    clicks: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
    impressions: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
  });

  it("gives the same rate for any split of the rows and any order", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.nat(), (rows, cut) => {
        const whole = kpisFromPairs(pairSums(rows), 100).ctr;
        const k = rows.length ? cut % rows.length : 0;
        const a = pairSum(rows.slice(0, k), RATIO_PARTS.clicksPerImpression);
        const b = pairSum(rows.slice(k), RATIO_PARTS.clicksPerImpression);
        const merged = ratio(a.numerator + b.numerator, a.denominator + b.denominator);
        const reversed = kpisFromPairs(pairSums([...rows].reverse()), 100).ctr;
        if (whole === null) {
          expect(merged).toBeNull();
          expect(reversed).toBeNull();
        } else {
          expect(merged).toBeCloseTo(whole, 12);
          expect(reversed).toBeCloseTo(whole, 12);
        }
      }),
    );
  });
});

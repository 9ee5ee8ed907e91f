import { describe, expect, it } from "vitest";
import { emptyTotals, type MeasureTotals } from "@/lib/metrics/aggregate";
import { compareKpi, compareMeasure, type PeriodFigures } from "@/lib/metrics/compare";
import { kpiDefinitions } from "@/lib/metrics/definitions";
import { KPI_KEYS, type Kpis } from "@/lib/metrics/kpis";
import { emptyPairSums, type PairSums } from "@/lib/metrics/ratios";

// ---- independent statistics -------------------------------------------------

/** Standard normal density. */
function phi(x: number): number {
  return Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
}

/**
 * Two-sided p-value P(|Z| ≥ |z|) = 1 − 2∫₀^|z| φ(t) dt, by composite Simpson's
 * rule with 4 000 panels (error ≪ 1e-10 for |z| < 8). A different route from
 * the library's erfc series / continued fraction.
 */
function twoSidedP(z: number): number {
  const a = Math.abs(z);
  const n = 4000;
  const h = a / n;
  let s = phi(0) + phi(a);
  for (let i = 1; i < n; i++) s += (i % 2 === 1 ? 4 : 2) * phi(i * h);
  return 1 - 2 * ((h / 3) * s);
}

/** Pooled two-proportion z statistic, written out from the formula. */
function pooledZ(x1: number, n1: number, x2: number, n2: number): number {
  const p = (x1 + x2) / (n1 + n2);
  return (x1 / n1 - x2 / n2) / Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
}

function choose(n: number, k: number): bigint {
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return r;
}

/**
 * Exact two-sided binomial p-value (R's binom.test rule: sum the outcomes no
 * more likely than the observed one) for X ~ Binomial(n, a/b), in exact
 * integer arithmetic: pmf(k) = C(n,k)·a^k·(b−a)^(n−k) / b^n.
 */
function exactBinomialTwoSided(x: number, n: number, a: number, b: number): number {
  const weight = (k: number) => choose(n, k) * BigInt(a) ** BigInt(k) * BigInt(b - a) ** BigInt(n - k);
  const observed = weight(x);
  let tail = 0n;
  for (let k = 0; k <= n; k++) if (weight(k) <= observed) tail += weight(k);
  const total = BigInt(b) ** BigInt(n);
  // scale before converting so small p-values keep their digits
  const scale = 10n ** 30n;
  return Number((tail * scale) / total) / 1e30;
}

// ---- figures built by hand ---------------------------------------------------

function figures(opts: {
  kpis?: Partial<Kpis>;
  totals?: Partial<MeasureTotals>;
  pairs?: Partial<PairSums>;
  days?: number;
}): PeriodFigures {
  const kpis = Object.fromEntries(KPI_KEYS.map((k) => [k, null])) as Kpis;
  return {
    kpis: { ...kpis, ...opts.kpis },
    sums: { totals: { ...emptyTotals(), ...opts.totals }, pairs: { ...emptyPairSums(), ...opts.pairs } },
    followers: { followersEnd: null, followersStart: null, netFollows: null, followerGrowthRate: null, interactionRateByFollowers: null },
    days: opts.days ?? 7,
  };
}

function ctrFigures(clicks: number, impressions: number): PeriodFigures {
  return figures({ kpis: { ctr: clicks / impressions }, pairs: { clicksPerImpression: { numerator: clicks, denominator: impressions } } });
}

const DEFS = kpiDefinitions("impressions");

describe("the test's own reference statistics", () => {
  it("reproduce textbook values", () => {
    expect(twoSidedP(0)).toBeCloseTo(1, 12);
    expect(twoSidedP(1.959963984540054)).toBeCloseTo(0.05, 10);
    expect(twoSidedP(-2.5758293035489)).toBeCloseTo(0.01, 10);
    // binom.test(5, 10): every outcome counts, p = 1; binom.test(0, 10): 2/1024
    expect(exactBinomialTwoSided(5, 10, 1, 2)).toBeCloseTo(1, 12);
    expect(exactBinomialTwoSided(0, 10, 1, 2)).toBeCloseTo(2 / 1024, 12);
  });
});

describe("compareKpi", () => {
  it("gives a CTR change in pp with a pooled two-proportion z-test", () => {
    // 360 / 10 000 = 3.6% now, 300 / 10 000 = 3.0% before → +0.6 pp
    // p̂ = 660 / 20 000 = 0.033, se = √(0.033·0.967·2/10 000) ≈ 0.0025263, z ≈ 2.375, p ≈ 0.0175
    const c = compareKpi(DEFS.ctr, ctrFigures(360, 10_000), ctrFigures(300, 10_000));
    expect(c.current).toBeCloseTo(0.036, 12);
    expect(c.previous).toBeCloseTo(0.03, 12);
    expect(c.changeKind).toBe("pp");
    expect(c.change).toBeCloseTo(0.6, 10);
    expect(c.test).toBe("two_proportion_z");
    const z = pooledZ(360, 10_000, 300, 10_000);
    expect(z).toBeCloseTo(2.375, 3);
    const p = twoSidedP(z);
    expect(c.pValue).not.toBeNull();
    expect(Math.abs(c.pValue! - p)).toBeLessThan(1e-6);
    expect(p).toBeCloseTo(0.01755, 4);
    expect(c.significance).toBe("significant");
  });

  it("handles unequal sample sizes and a drop the same way (two-sided)", () => {
    // 250 / 8 000 = 3.125% now vs 300 / 12 000 = 2.5% before: +0.625 pp
    const up = compareKpi(DEFS.ctr, ctrFigures(250, 8_000), ctrFigures(300, 12_000));
    expect(up.change).toBeCloseTo(0.625, 10);
    const p = twoSidedP(pooledZ(250, 8_000, 300, 12_000));
    expect(Math.abs(up.pValue! - p)).toBeLessThan(1e-6);
    expect(up.significance).toBe(p < 0.05 ? "significant" : "not_significant");
    // the same counts the other way round: −0.625 pp, same p-value
    const down = compareKpi(DEFS.ctr, ctrFigures(300, 12_000), ctrFigures(250, 8_000));
    expect(down.change).toBeCloseTo(-0.625, 10);
    expect(Math.abs(down.pValue! - p)).toBeLessThan(1e-6);
  });

  it("says not significant for a small CTR change", () => {
    // 310 vs 300 clicks of 10 000: z ≈ 0.41, p ≈ 0.68
    const c = compareKpi(DEFS.ctr, ctrFigures(310, 10_000), ctrFigures(300, 10_000));
    const p = twoSidedP(pooledZ(310, 10_000, 300, 10_000));
    expect(p).toBeGreaterThan(0.6);
    expect(Math.abs(c.pValue! - p)).toBeLessThan(1e-6);
    expect(c.significance).toBe("not_significant");
    expect(c.change).toBeCloseTo(0.1, 10);
  });

  it("reports too little data under 30 events on a side", () => {
    const c = compareKpi(DEFS.ctr, ctrFigures(20, 1_000), ctrFigures(35, 1_000));
    expect(c.test).toBe("two_proportion_z");
    expect(c.pValue).toBeNull();
    expect(c.significance).toBe("too_little_data");
    expect(c.change).toBeCloseTo(-1.5, 10); // 2.0% vs 3.5%
  });

  it("gives ROI a change in percent and no test", () => {
    const now = figures({ kpis: { roi: 9 }, pairs: { revenuePerSpend: { numerator: 900_000, denominator: 100_000 } } });
    const before = figures({ kpis: { roi: 7.5 }, pairs: { revenuePerSpend: { numerator: 750_000, denominator: 100_000 } } });
    const c = compareKpi(DEFS.roi, now, before);
    expect(c.changeKind).toBe("percent");
    expect(c.change).toBeCloseTo(0.2, 12); // (9 − 7.5) / 7.5
    expect(c.test).toBeNull();
    expect(c.pValue).toBeNull();
    expect(c.significance).toBeNull();
  });

  it("gives a cost KPI a change in percent and no test", () => {
    const c = compareKpi(DEFS.cpc, figures({ kpis: { cpc: 1.1 } }), figures({ kpis: { cpc: 1.0 } }));
    expect(c.changeKind).toBe("percent");
    expect(c.change).toBeCloseTo(0.1, 12);
    expect(c.test).toBeNull();
  });

  it("does not test a proportion whose numerator exceeds its denominator", () => {
    // interactions can exceed impressions in some exports: 12 000 of 10 000
    const now = figures({ kpis: { interactionRate: 1.2 }, pairs: { interactionsPerImpression: { numerator: 12_000, denominator: 10_000 } } });
    const before = figures({ kpis: { interactionRate: 0.05 }, pairs: { interactionsPerImpression: { numerator: 500, denominator: 10_000 } } });
    const c = compareKpi(DEFS.interactionRate, now, before);
    expect(c.change).toBeCloseTo(115, 9); // (1.2 − 0.05) × 100 pp
    expect(c.changeKind).toBe("pp");
    expect(c.test).toBeNull();
    expect(c.pValue).toBeNull();
    expect(c.significance).toBeNull();
    // the same on the previous side, for conversions > clicks
    const conv = compareKpi(
      DEFS.conversionRate,
      figures({ kpis: { conversionRate: 0.5 }, pairs: { conversionsPerClick: { numerator: 100, denominator: 200 } } }),
      figures({ kpis: { conversionRate: 1.25 }, pairs: { conversionsPerClick: { numerator: 250, denominator: 200 } } }),
    );
    expect(conv.test).toBeNull();
    expect(conv.change).toBeCloseTo(-75, 9);
  });

  it("does not test an interaction rate by reach (no proportion: reach is an upper bound)", () => {
    const defs = kpiDefinitions("reach");
    const now = figures({ kpis: { interactionRate: 0.08 }, pairs: { interactionsPerReach: { numerator: 400, denominator: 5_000 } } });
    const before = figures({ kpis: { interactionRate: 0.05 }, pairs: { interactionsPerReach: { numerator: 250, denominator: 5_000 } } });
    const c = compareKpi(defs.interactionRate, now, before);
    expect(c.change).toBeCloseTo(3, 10);
    expect(c.test).toBeNull();
  });

  it("gives no change and no test when either side has no value", () => {
    const c = compareKpi(DEFS.ctr, ctrFigures(360, 10_000), figures({}));
    expect(c.previous).toBeNull();
    expect(c.change).toBeNull();
    expect(c.test).toBeNull();
    expect(c.significance).toBeNull();
  });
});

describe("compareMeasure", () => {
  it("tests a count with the conditional binomial test: 30 vs 10 clicks over equal days", () => {
    // Under H0 X ~ Binomial(40, 1/2); P = 2·Σ_{k≥30} C(40,k)/2^40 = 0.002221 (R: binom.test(30, 40))
    const c = compareMeasure("clicks", figures({ totals: { clicks: 30 } }), figures({ totals: { clicks: 10 } }));
    expect(c.changeKind).toBe("percent");
    expect(c.change).toBeCloseTo(2, 12); // (30 − 10) / 10 = +200%
    expect(c.test).toBe("poisson_conditional_binomial");
    const exact = exactBinomialTwoSided(30, 40, 1, 2);
    expect(exact).toBeCloseTo(0.002221, 6);
    expect(Math.abs(c.pValue! - exact)).toBeLessThan(1e-9);
    expect(c.significance).toBe("significant");
  });

  it("weights by the days of each period", () => {
    // 30 clicks in 7 days vs 10 in 14: X ~ Binomial(40, 7/21 = 1/3)
    const c = compareMeasure("clicks", figures({ totals: { clicks: 30 }, days: 7 }), figures({ totals: { clicks: 10 }, days: 14 }));
    const exact = exactBinomialTwoSided(30, 40, 1, 3);
    expect(Math.abs(c.pValue! - exact)).toBeLessThan(1e-9);
    // 20 in 7 days vs 40 in 14: the same daily rate, p = 1
    const same = compareMeasure("clicks", figures({ totals: { clicks: 20 }, days: 7 }), figures({ totals: { clicks: 40 }, days: 14 }));
    expect(same.pValue).toBeCloseTo(1, 12);
    expect(same.significance).toBe("not_significant");
    expect(same.change).toBeCloseTo(-0.5, 12);
  });

  it("tests a fall from 40 to 0 even though the change from a zero base is unknown", () => {
    // 0 vs 40 of Binomial(40, 1/2): only k = 0 and k = 40 are as unlikely: p = 2 / 2^40
    const c = compareMeasure("views", figures({ totals: { views: 0 } }), figures({ totals: { views: 40 } }));
    expect(c.change).toBeCloseTo(-1, 12);
    expect(c.pValue! / (2 / 2 ** 40)).toBeCloseTo(1, 6);
    const fromZero = compareMeasure("views", figures({ totals: { views: 40 } }), figures({ totals: { views: 0 } }));
    expect(fromZero.change).toBeNull();
    expect(fromZero.significance).toBe("significant");
  });

  it("reports too little data under 30 events in total", () => {
    const c = compareMeasure("clicks", figures({ totals: { clicks: 12 } }), figures({ totals: { clicks: 10 } }));
    expect(c.test).toBe("poisson_conditional_binomial");
    expect(c.pValue).toBeNull();
    expect(c.significance).toBe("too_little_data");
  });

  it("does not test money measures (change in percent only)", () => {
    for (const m of ["spendMinor", "revenueMinor", "costMinor"] as const) {
      const c = compareMeasure(m, figures({ totals: { [m]: 300_000 } }), figures({ totals: { [m]: 100_000 } }));
      expect(c.change).toBeCloseTo(2, 12);
      expect(c.changeKind).toBe("percent");
      expect(c.test).toBeNull();
      expect(c.pValue).toBeNull();
      expect(c.significance).toBeNull();
    }
  });

  it("does not test watch seconds or the sum of daily reach", () => {
    expect(compareMeasure("watchSeconds", figures({ totals: { watchSeconds: 9_000 } }), figures({ totals: { watchSeconds: 3_000 } })).test).toBeNull();
    expect(compareMeasure("reachDailySum", figures({ totals: { reachDailySum: 9_000 } }), figures({ totals: { reachDailySum: 3_000 } })).test).toBeNull();
  });

  it("does not test negative counts", () => {
    // net follows can be negative in some exports
    const c = compareMeasure("follows", figures({ totals: { follows: -40 } }), figures({ totals: { follows: 50 } }));
    expect(c.change).toBeCloseTo(-1.8, 12); // (−40 − 50) / 50
    expect(c.test).toBeNull();
    expect(c.significance).toBeNull();
    const c2 = compareMeasure("comments", figures({ totals: { comments: 60 } }), figures({ totals: { comments: -5 } }));
    expect(c2.change).toBeCloseTo(13, 12); // (60 − (−5)) / |−5|
    expect(c2.test).toBeNull();
  });

  it("gives null change and no test for unknown totals", () => {
    const c = compareMeasure("clicks", figures({ totals: { clicks: 40 } }), figures({}));
    expect(c.previous).toBeNull();
    expect(c.change).toBeNull();
    expect(c.test).toBeNull();
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALPHA, MIN_EVENTS, poissonRateTest, twoProportionZTest } from "@/lib/metrics/stats/significance";

describe("two-proportion z-test (CTR-style rate changes)", () => {
  it("computes the pooled z by the textbook formula", () => {
    // 120 clicks / 1000 impressions now vs 90 / 1000 before.
    const pooled = (120 + 90) / 2000; // 0.105
    const z = (0.12 - 0.09) / Math.sqrt(pooled * (1 - pooled) * (1 / 1000 + 1 / 1000)); // 0.03 / √(0.105·0.895·0.002) = 0.03/0.013710 = 2.1883
    const result = twoProportionZTest(120, 1000, 90, 1000);
    expect(result.test).toBe("two_proportion_z");
    expect(result.z).toBeCloseTo(z, 12);
    expect(result.z).toBeCloseTo(2.1883, 4);
    // Table: Φ(2.18) = 0.98537, Φ(2.19) = 0.98574 → Φ(2.1883) ≈ 0.98568 → p ≈ 2·0.01432 ≈ 0.0287.
    expect(result.pValue).toBeCloseTo(0.0287, 3);
    expect(result.significance).toBe("significant");
  });

  it("reproduces Agresti's aspirin / heart-attack table (Pearson X² = 25.01 = z²)", () => {
    // Physicians' Health Study: MI 189 of 11034 on placebo vs 104 of 11037 on aspirin.
    const result = twoProportionZTest(189, 11034, 104, 11037);
    expect((result.z as number) ** 2).toBeCloseTo(25.01, 2);
    expect(result.pValue).toBeLessThan(1e-6); // z ≈ 5.0: two-sided p ≈ 5.7e-7
    expect(result.pValue).toBeGreaterThan(5e-7);
    expect(result.significance).toBe("significant");
  });

  it("calls a small change on modest counts not significant", () => {
    // 3.1% → 3.4% CTR on 2000 impressions each: z ≈ 0.53
    const result = twoProportionZTest(68, 2000, 62, 2000);
    expect(result.significance).toBe("not_significant");
    expect(result.pValue).toBeGreaterThan(ALPHA);
  });

  it("needs MIN_EVENTS successes and failures on each side", () => {
    expect(MIN_EVENTS).toBe(30);
    const tooLittle = { test: "two_proportion_z", z: null, pValue: null, significance: "too_little_data" };
    expect(twoProportionZTest(29, 1000, 90, 1000)).toEqual(tooLittle); // x1 < 30
    expect(twoProportionZTest(120, 1000, 29, 1000)).toEqual(tooLittle); // x2 < 30
    expect(twoProportionZTest(980, 1000, 90, 1000)).toEqual(tooLittle); // n1 − x1 = 20
    expect(twoProportionZTest(90, 1000, 975, 1000)).toEqual(tooLittle); // n2 − x2 = 25
    expect(twoProportionZTest(0, 0, 90, 1000)).toEqual(tooLittle); // n = 0
    expect(twoProportionZTest(90, 1000, 0, 0, { minEvents: 0 })).toEqual(tooLittle); // n = 0 even without a minimum
    expect(twoProportionZTest(30, 1000, 30, 1000).significance).toBe("not_significant"); // exactly 30 is enough
    expect(twoProportionZTest(20, 1000, 40, 1000, { minEvents: 10 }).significance).not.toBe("too_little_data");
  });

  it("uses alpha as a strict threshold", () => {
    const { pValue } = twoProportionZTest(120, 1000, 90, 1000);
    expect(twoProportionZTest(120, 1000, 90, 1000, { alpha: 0.01 }).significance).toBe("not_significant");
    expect(twoProportionZTest(120, 1000, 90, 1000, { alpha: pValue as number }).significance).toBe("not_significant");
  });

  it("rejects impossible counts", () => {
    expect(() => twoProportionZTest(1001, 1000, 90, 1000)).toThrow(RangeError);
    expect(() => twoProportionZTest(-1, 1000, 90, 1000)).toThrow(RangeError);
    expect(() => twoProportionZTest(1.5, 1000, 90, 1000)).toThrow(RangeError);
  });

  const side = fc
    .tuple(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 200_000 }))
    .map(([a, b]) => ({ x: Math.min(a, b), n: Math.max(a, b) }));

  it("is antisymmetric: swapping the sides negates z and keeps p", () => {
    fc.assert(
      fc.property(side, side, (s1, s2) => {
        const forward = twoProportionZTest(s1.x, s1.n, s2.x, s2.n);
        const backward = twoProportionZTest(s2.x, s2.n, s1.x, s1.n);
        expect(backward.significance).toBe(forward.significance);
        if (forward.z === null) {
          expect(backward.z).toBeNull();
        } else {
          expect(backward.z as number).toBeCloseTo(-forward.z, 10);
          expect(backward.pValue as number).toBeCloseTo(forward.pValue as number, 12);
        }
      }),
    );
  });

  it("gives p-values in [0, 1]", () => {
    fc.assert(
      fc.property(side, side, (s1, s2) => {
        const { pValue } = twoProportionZTest(s1.x, s1.n, s2.x, s2.n, { minEvents: 1 });
        if (pValue === null) return;
        expect(pValue).toBeGreaterThanOrEqual(0);
        expect(pValue).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("Poisson rate test (conditional binomial)", () => {
  it("is binom.test(c1, c1 + c2, t1/(t1 + t2))", () => {
    // binom.test(30, 40, 0.5): p = 0.002221
    const result = poissonRateTest(30, 10);
    expect(result.test).toBe("poisson_conditional_binomial");
    expect(result.pValue).toBeCloseTo(0.002221, 6);
    expect(result.significance).toBe("significant");
    // R's ?poisson.test two-sample example: poisson.test(c(11, 21), c(800, 3011)) → p-value = 0.07967
    expect(poissonRateTest(11, 21, 800, 3011).pValue).toBeCloseTo(0.07967, 5);
    expect(poissonRateTest(11, 21, 800, 3011).significance).toBe("not_significant");
  });

  it("defaults to equal exposure and scales with it", () => {
    expect(poissonRateTest(30, 10, 7, 7).pValue).toBeCloseTo(poissonRateTest(30, 10).pValue as number, 15);
    // 60 events in 14 days vs 30 in 7 days: the same daily rate, nothing to see.
    expect(poissonRateTest(60, 30, 14, 7).pValue).toBe(1);
  });

  it("gives too_little_data below MIN_EVENTS in total", () => {
    expect(poissonRateTest(20, 9)).toEqual({ test: "poisson_conditional_binomial", pValue: null, significance: "too_little_data" });
    expect(poissonRateTest(0, 0, 1, 1, { minEvents: 0 }).significance).toBe("too_little_data");
    expect(poissonRateTest(20, 10).significance).toBe("not_significant"); // 30 in total is enough
    // A collapse to zero is a finding, not a small sample: 2·0.5^30 ≈ 1.9e-9.
    expect(poissonRateTest(0, 30).pValue).toBeCloseTo(2 * 0.5 ** 30, 15);
  });

  it("switches to the continuity-corrected normal approximation above a million events", () => {
    // z = (|501000 − 500500| − ½)/√(1001000·¼) = 499.5/500.2499 = 0.99850; table Φ(1.00) = 0.8413 → p ≈ 0.318
    const { pValue } = poissonRateTest(501_000, 500_000);
    expect(pValue).toBeCloseTo(0.318, 3);
  });

  it("rejects negative or fractional counts and bad exposures", () => {
    expect(() => poissonRateTest(-1, 40)).toThrow(RangeError);
    expect(() => poissonRateTest(30.5, 40)).toThrow(RangeError);
    expect(() => poissonRateTest(30, 40, 0, 1)).toThrow(RangeError);
    expect(() => poissonRateTest(30, 40, 1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("gives p-values in [0, 1], symmetric in the sides at equal exposure", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (c1, c2) => {
        const a = poissonRateTest(c1, c2);
        const b = poissonRateTest(c2, c1);
        if (a.pValue === null) {
          expect(b.pValue).toBeNull();
        } else {
          expect(a.pValue).toBeGreaterThanOrEqual(0);
          expect(a.pValue).toBeLessThanOrEqual(1);
          expect(b.pValue as number).toBeCloseTo(a.pValue, 12);
        }
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { betaPosterior, EXACT_MAX_TERMS, probabilityGreaterExact, probabilityGreaterNormal, probabilityToBeat } from "@/lib/metrics/stats/bayes";

/** Seeded PRNG (mulberry32): randomness is the one thing tests may fake. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Beta(a, b) for integer a, b: Ga/(Ga + Gb) with Gamma(k) a sum of k unit exponentials. */
function sampleBeta(a: number, b: number, random: () => number): number {
  const gamma = (k: number) => {
    let s = 0;
    for (let i = 0; i < k; i++) s -= Math.log(1 - random());
    return s;
  };
  const x = gamma(a);
  return x / (x + gamma(b));
}

/**
 * P(X_B > X_A) = ∫ f_B(y) · F_A(y) dy by composite Simpson, for integer parameters, with
 * F_A(y) = P(Binomial(a1 + b1 − 1, y) ≥ a1) (the order-statistic identity of the Beta CDF).
 */
function probabilityGreaterBySimpson(a1: number, b1: number, a2: number, b2: number): number {
  const logFactorials = [0];
  for (let i = 1; i <= a1 + b1 + a2 + b2; i++) logFactorials.push((logFactorials[i - 1] as number) + Math.log(i));
  const logFactorial = (n: number) => logFactorials[n] as number;
  const logChoose = (n: number, k: number) => logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  const logBetaFn = logFactorial(a2 - 1) + logFactorial(b2 - 1) - logFactorial(a2 + b2 - 1);
  // y^(a−1) with 0^0 = 1, so the endpoints are right when a parameter is 1.
  const power = (base: number, exponent: number) => (exponent === 0 ? 1 : base === 0 ? 0 : Math.exp(exponent * Math.log(base)));
  const densityB = (y: number) => power(y, a2 - 1) * power(1 - y, b2 - 1) * Math.exp(-logBetaFn);
  const cdfA = (y: number) => {
    if (y <= 0) return 0;
    if (y >= 1) return 1;
    const m = a1 + b1 - 1;
    let s = 0;
    for (let k = a1; k <= m; k++) s += Math.exp(logChoose(m, k) + k * Math.log(y) + (m - k) * Math.log(1 - y));
    return s;
  };
  const steps = 4000;
  const h = 1 / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const weight = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
    const y = i * h;
    sum += weight * densityB(y) * cdfA(y);
  }
  return (sum * h) / 3;
}

describe("probability to beat control", () => {
  it("is 1/2 when both arms are the same", () => {
    expect(probabilityToBeat({ successes: 0, trials: 0 }, { successes: 0, trials: 0 })).toBeCloseTo(0.5, 12);
    expect(probabilityToBeat({ successes: 37, trials: 1000 }, { successes: 37, trials: 1000 })).toBeCloseTo(0.5, 10);
    expect(probabilityToBeat({ successes: 40_000, trials: 100_000 }, { successes: 40_000, trials: 100_000 })).toBeCloseTo(0.5, 10);
  });

  it("matches integrals done by hand", () => {
    // Control Beta(1,1) (no data), variant Beta(2,1) (1 of 1): ∫₀¹ 2y · y dy = 2/3.
    expect(probabilityToBeat({ successes: 0, trials: 0 }, { successes: 1, trials: 1 })).toBeCloseTo(2 / 3, 12);
    expect(probabilityToBeat({ successes: 1, trials: 1 }, { successes: 0, trials: 0 })).toBeCloseTo(1 / 3, 12);
    // Control Beta(1,2) (0 of 1), variant Beta(2,1): ∫₀¹ 2y · (1 − (1−y)²) dy = 4/3 − 1/2 = 5/6.
    expect(probabilityToBeat({ successes: 0, trials: 1 }, { successes: 1, trials: 1 })).toBeCloseTo(5 / 6, 12);
  });

  it("agrees with a seeded Monte Carlo estimate", () => {
    const random = mulberry32(20260601);
    const draws = 100_000;
    let wins = 0;
    // control 10 of 50 → Beta(11, 41); variant 18 of 60 → Beta(19, 43)
    for (let i = 0; i < draws; i++) if (sampleBeta(19, 43, random) > sampleBeta(11, 41, random)) wins++;
    expect(Math.abs(probabilityToBeat({ successes: 10, trials: 50 }, { successes: 18, trials: 60 }) - wins / draws)).toBeLessThan(0.01);
  });

  it("agrees with numerical integration through every summation route", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (a1, b1, a2, b2) => {
        const exact = probabilityGreaterExact({ alpha: a1, beta: b1 }, { alpha: a2, beta: b2 });
        expect(exact).not.toBeNull();
        expect(exact as number).toBeCloseTo(probabilityGreaterBySimpson(a1, b1, a2, b2), 7);
      }),
      { numRuns: 60 },
    );
  });

  it("sums to 1 with the arms swapped", () => {
    const arm = fc
      .tuple(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 50_000 }))
      .map(([a, b]) => ({ successes: Math.min(a, b), trials: Math.max(a, b) }));
    fc.assert(
      fc.property(arm, arm, (control, variant) => {
        const p = probabilityToBeat(control, variant);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(p + probabilityToBeat(variant, control)).toBeCloseTo(1, 8);
      }),
      { numRuns: 50 },
    );
  });

  it("uses the normal approximation only for large counts, where it agrees with the closed form", () => {
    // Just below the switch: the closed form runs (9001 terms); the normal approximation is close.
    const a = betaPosterior({ successes: 9_000, trials: 100_000 });
    const b = betaPosterior({ successes: 9_200, trials: 100_000 });
    expect(Math.min(a.alpha, b.alpha)).toBeLessThanOrEqual(EXACT_MAX_TERMS);
    const small = probabilityToBeat({ successes: 9_000, trials: 100_000 }, { successes: 9_200, trials: 100_000 });
    expect(small).toBeCloseTo(probabilityGreaterExact(a, b) as number, 14);
    expect(Math.abs(small - probabilityGreaterNormal(a, b))).toBeLessThan(1e-3);
    // Just above: every parameter > 10,000, so the normal path answers; the closed form, forced, agrees.
    const c = betaPosterior({ successes: 20_000, trials: 40_000 });
    const d = betaPosterior({ successes: 20_300, trials: 40_000 });
    expect(probabilityGreaterExact(c, d)).toBeNull();
    const large = probabilityToBeat({ successes: 20_000, trials: 40_000 }, { successes: 20_300, trials: 40_000 });
    expect(Math.abs(large - (probabilityGreaterExact(c, d, Number.POSITIVE_INFINITY) as number))).toBeLessThan(1e-3);
    expect(large).toBeGreaterThan(0.9);
  });

  it("accepts a prior and rejects impossible counts", () => {
    // Beta(2,2) prior, no data on either side: symmetric.
    expect(probabilityToBeat({ successes: 0, trials: 0 }, { successes: 0, trials: 0 }, { alpha: 2, beta: 2 })).toBeCloseTo(0.5, 12);
    // A non-integer prior has no closed form here: the normal approximation answers.
    expect(probabilityToBeat({ successes: 3, trials: 10 }, { successes: 3, trials: 10 }, { alpha: 0.5, beta: 0.5 })).toBeCloseTo(0.5, 12);
    expect(() => probabilityToBeat({ successes: 11, trials: 10 }, { successes: 3, trials: 10 })).toThrow(RangeError);
    expect(() => probabilityToBeat({ successes: 1, trials: 10 }, { successes: 3, trials: 10 }, { alpha: 0, beta: 1 })).toThrow(RangeError);
  });
});

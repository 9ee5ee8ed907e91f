import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binomialPmf, binomialTestNormalApprox, binomialTestTwoSided, logChoose, logGamma } from "@/lib/metrics/stats/binomial";

const relErr = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

// ---- Independent reference: exact rational arithmetic with BigInt ----------
// For p = num/den, P(X = k) = C(n,k)·num^k·(den−num)^(n−k) / den^n. The two-sided
// p-value is the sum over k whose numerator is ≤ the observed one × (1 + 1e-7),
// which is R's binom.test rule, compared exactly (·10^7 on both sides).

function bigPow(base: bigint, exp: number): bigint {
  let result = 1n;
  for (let i = 0; i < exp; i++) result *= base;
  return result;
}

/** a / b as the nearest double (both positive BigInts). */
function ratioToNumber(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const shift = b.toString(2).length - a.toString(2).length + 64;
  const q = shift >= 0 ? (a << BigInt(shift)) / b : a / (b << BigInt(-shift));
  return Number(q) * 2 ** -shift;
}

function exactBinomTest(x: number, n: number, num: number, den: number): number {
  const p = BigInt(num);
  const q = BigInt(den - num);
  const weights: bigint[] = [];
  let choose = 1n; // C(n, k), updated as k grows
  for (let k = 0; k <= n; k++) {
    if (k > 0) choose = (choose * BigInt(n - k + 1)) / BigInt(k);
    weights.push(choose * bigPow(p, k) * bigPow(q, n - k));
  }
  const observed = weights[x] as bigint;
  let tail = 0n;
  for (const w of weights) if (w * 10_000_000n <= observed * 10_000_001n) tail += w;
  return Math.min(1, ratioToNumber(tail, bigPow(BigInt(den), n)));
}

describe("log-gamma and log binomial coefficient", () => {
  it("matches factorials and Γ(1/2) = √π", () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 10); // ln(100!) = 363.739375555563…
    expect(Math.exp(logChoose(10, 3))).toBeCloseTo(120, 10);
    expect(Math.exp(logChoose(40, 20))).toBeCloseTo(137846528820, 0);
    expect(logChoose(7, 0)).toBe(0);
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logChoose(3, 4)).toThrow(RangeError);
  });
});

describe("binomial pmf", () => {
  it("matches hand values", () => {
    expect(binomialPmf(3, 10, 0.2)).toBeCloseTo(120 * 0.2 ** 3 * 0.8 ** 7, 14);
    expect(binomialPmf(0, 5, 0.5)).toBeCloseTo(1 / 32, 15);
    expect(binomialPmf(5, 5, 0.5)).toBeCloseTo(1 / 32, 15);
    expect(binomialPmf(6, 5, 0.5)).toBe(0);
    expect(binomialPmf(-1, 5, 0.5)).toBe(0);
  });

  it("sums to 1", () => {
    let total = 0;
    for (let k = 0; k <= 200; k++) total += binomialPmf(k, 200, 0.37);
    expect(total).toBeCloseTo(1, 13);
  });
});

describe("exact two-sided binomial test (R's binom.test)", () => {
  it("reproduces R's printed p-values", () => {
    expect(binomialTestTwoSided(7, 20, 0.5)).toBeCloseTo(0.2632, 4); // binom.test(7, 20)
    expect(binomialTestTwoSided(682, 925, 0.75)).toBeCloseTo(0.3825, 4); // ?binom.test example (Mendel's peas)
    expect(binomialTestTwoSided(30, 40, 0.5)).toBeCloseTo(0.002221, 6); // binom.test(30, 40)
    expect(binomialTestTwoSided(11, 32, 800 / 3811)).toBeCloseTo(0.07967, 5); // ?poisson.test two-sample example
  });

  it("agrees with exact rational summation", () => {
    expect(relErr(binomialTestTwoSided(7, 20, 0.5), exactBinomTest(7, 20, 1, 2))).toBeLessThan(1e-12);
    expect(relErr(binomialTestTwoSided(682, 925, 0.75), exactBinomTest(682, 925, 3, 4))).toBeLessThan(1e-12);
    expect(relErr(binomialTestTwoSided(30, 40, 0.5), exactBinomTest(30, 40, 1, 2))).toBeLessThan(1e-12);
    // Hand check of the same one: 2 · Σ_{k≤10} C(40,k) / 2^40 by the symmetry of p = 1/2.
    let lowerTail = 0n;
    let choose = 1n;
    for (let k = 0; k <= 10; k++) {
      if (k > 0) choose = (choose * BigInt(41 - k)) / BigInt(k);
      lowerTail += choose;
    }
    expect(binomialTestTwoSided(30, 40, 0.5)).toBeCloseTo((2 * Number(lowerTail)) / 2 ** 40, 15);
  });

  it("handles the edges", () => {
    expect(binomialTestTwoSided(0, 10, 0.5)).toBeCloseTo(2 / 1024, 15);
    expect(binomialTestTwoSided(10, 10, 0.5)).toBeCloseTo(2 / 1024, 15);
    expect(binomialTestTwoSided(5, 10, 0.5)).toBe(1);
    expect(binomialTestTwoSided(0, 0, 0.3)).toBe(1);
    expect(binomialTestTwoSided(1, 1, 0.3)).toBeCloseTo(0.3, 14); // outcome 0 (0.7) is more likely, so only {1}
    expect(() => binomialTestTwoSided(11, 10, 0.5)).toThrow(RangeError);
    expect(() => binomialTestTwoSided(1.5, 10, 0.5)).toThrow(RangeError);
    expect(() => binomialTestTwoSided(1, 10, 0)).toThrow(RangeError);
  });

  it("agrees with exact rational summation for random small cases (all p-values in [0, 1])", () => {
    const rationals = [[1, 2], [1, 3], [2, 3], [1, 4], [3, 4], [1, 10], [7, 10]] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 0, max: 80 }), fc.constantFrom(...rationals), (n, rawX, [num, den]) => {
        const x = rawX % (n + 1);
        const actual = binomialTestTwoSided(x, n, num / den);
        expect(actual).toBeGreaterThanOrEqual(0);
        expect(actual).toBeLessThanOrEqual(1);
        expect(relErr(actual, exactBinomTest(x, n, num, den))).toBeLessThan(1e-10);
      }),
      { numRuns: 300 },
    );
  });

  it("is symmetric for p = 1/2: x and n − x have the same p-value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (n, rawX) => {
        const x = rawX % (n + 1);
        const [a, b] = [binomialTestTwoSided(x, n, 0.5), binomialTestTwoSided(n - x, n, 0.5)];
        if (a === 0 || b === 0) expect(Math.max(a, b)).toBeLessThan(1e-300); // underflow far in the tail
        else expect(relErr(a, b)).toBeLessThan(1e-12);
      }),
    );
  });

  it("stays fast and close to the normal approximation at a million events", () => {
    const started = performance.now();
    const exact = binomialTestTwoSided(500_900, 1_000_000, 0.5);
    expect(performance.now() - started).toBeLessThan(1000);
    // z = (|500900 − 500000| − 0.5)/√(1e6 · ¼) = 899.5/500 = 1.799, two-sided p ≈ 0.072 (table: Φ(1.80) = 0.9641)
    const approx = binomialTestNormalApprox(500_900, 1_000_000, 0.5);
    expect(approx).toBeCloseTo(0.072, 3);
    expect(relErr(exact, approx)).toBeLessThan(1e-3);
  });
});

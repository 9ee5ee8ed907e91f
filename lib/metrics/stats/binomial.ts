// Binomial distribution: log-gamma, the probability mass function and R's exact
// two-sided binomial test (binom.test), used by the Poisson rate test of
// METRICS.md §4.

import { twoSidedPFromZ } from "./normal";

// Lanczos approximation, g = 7, 9 coefficients (relative error ~1e-15).
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (Lanczos). */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma: x must be > 0, got ${x}`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x); // reflection keeps accuracy near 0
  const z = x - 1;
  let a = LANCZOS[0];
  for (let k = 1; k < LANCZOS.length; k++) a += (LANCZOS[k] as number) / (z + k);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** ln C(n, k) for integers 0 ≤ k ≤ n. */
export function logChoose(n: number, k: number): number {
  assertCount(n, "n");
  assertCount(k, "k");
  if (k > n) throw new RangeError(`logChoose: k (${k}) must not exceed n (${n})`);
  if (k === 0 || k === n) return 0;
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

export function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

// Catherine Loader's saddle-point form of the binomial pmf ("Fast and accurate
// computation of binomial probabilities", 2000; also R's dbinom). Unlike
// exp(logChoose + …) it does not lose digits to cancelling log-gammas at large n,
// which matters when comparing probabilities with a 1e-7 relative tolerance.

/** stirlerr(n) = ln n! − ln(√(2πn) (n/e)^n). */
function stirlerr(n: number): number {
  if (n <= 15) return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - HALF_LOG_2PI;
  const S0 = 1 / 12;
  const S1 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  const nn = n * n;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/** bd0(x, m) = x ln(x/m) + m − x, by a series when x ≈ m to avoid cancellation. */
function bd0(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}

/** P(X = k) for X ~ Binomial(n, p), 0 < p < 1. */
export function binomialPmf(k: number, n: number, p: number): number {
  assertCount(n, "n");
  if (!Number.isInteger(k)) throw new RangeError(`binomialPmf: k must be an integer, got ${k}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomialPmf: p must be in [0, 1], got ${p}`);
  if (k < 0 || k > n) return 0;
  const q = 1 - p;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) return Math.exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q));
  if (k === n) return Math.exp(q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p));
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, n * p) - bd0(n - k, n * q);
  const lf = Math.log(2 * Math.PI) + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}

/** R's binom.test tolerance: outcomes whose probability is within this factor of the observed one count as "as extreme". */
export const BINOM_RELATIVE_TOLERANCE = 1 + 1e-7;

/**
 * Σ pmf(i) walking from `from` by `step` (±1) while `i` stays in [0, n]. Terms
 * shrink monotonically in that direction (callers start on the tail side of the
 * mode), so the walk stops once a term no longer changes the sum.
 */
function tailSum(from: number, step: 1 | -1, n: number, p: number): number {
  let sum = 0;
  for (let i = from; i >= 0 && i <= n; i += step) {
    const term = binomialPmf(i, n, p);
    if (term <= sum * 1e-17) break;
    sum += term;
  }
  return sum;
}

/**
 * First index in [lo, hi] where `isSmall` holds, for a predicate that is false
 * then true along the range (monotone pmf on one side of the mode); hi + 1 if never.
 */
function firstTrue(lo: number, hi: number, isSmall: (i: number) => boolean): number {
  let a = lo;
  let b = hi + 1;
  while (a < b) {
    const mid = Math.floor((a + b) / 2);
    if (isSmall(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}

/**
 * Exact two-sided binomial test p-value, as R's binom.test: the total probability
 * of outcomes no more likely than the observed x (within a relative tolerance of
 * 1e-7), under X ~ Binomial(n, p). Only the two tails are summed, so the cost is
 * O(√n), not O(n).
 */
export function binomialTestTwoSided(x: number, n: number, p: number): number {
  assertCount(n, "n");
  assertCount(x, "x");
  if (x > n) throw new RangeError(`binomialTestTwoSided: x (${x}) must not exceed n (${n})`);
  if (!(p > 0 && p < 1)) throw new RangeError(`binomialTestTwoSided: p must be in (0, 1), got ${p}`);
  const m = n * p;
  if (x === m) return 1;
  const limit = binomialPmf(x, n, p) * BINOM_RELATIVE_TOLERANCE;
  const isSmall = (i: number) => binomialPmf(i, n, p) <= limit;
  let pValue: number;
  if (x < m) {
    // The pmf does not increase on [ceil(m), n]: find where the upper tail starts.
    const start = firstTrue(Math.ceil(m), n, isSmall);
    pValue = tailSum(x, -1, n, p) + (start <= n ? tailSum(start, 1, n, p) : 0);
  } else {
    // The pmf does not decrease on [0, floor(m)]: the lower tail is [0, end].
    const floorM = Math.floor(m);
    const end = floorM - firstTrue(0, floorM, (j) => isSmall(floorM - j));
    pValue = tailSum(x, 1, n, p) + (end >= 0 ? tailSum(end, -1, n, p) : 0);
  }
  return Math.min(1, pValue);
}

/**
 * Normal approximation with continuity correction to the two-sided binomial test,
 * for totals too large to be worth summing: z = (|x − np| − ½) / √(np(1−p)).
 */
export function binomialTestNormalApprox(x: number, n: number, p: number): number {
  assertCount(n, "n");
  assertCount(x, "x");
  if (x > n) throw new RangeError(`binomialTestNormalApprox: x (${x}) must not exceed n (${n})`);
  if (!(p > 0 && p < 1)) throw new RangeError(`binomialTestNormalApprox: p must be in (0, 1), got ${p}`);
  const excess = Math.abs(x - n * p) - 0.5;
  if (excess <= 0) return 1;
  return twoSidedPFromZ(excess / Math.sqrt(n * p * (1 - p)));
}

// Significance of a period-over-period change (METRICS.md §4): a rate change is
// tested with a pooled two-proportion z-test on the underlying counts, a count
// change with the conditional binomial test for two Poisson rates. Both are
// two-sided; "significant" means p < ALPHA, and too few events give
// "too_little_data" instead of a p-value.

import { assertCount, binomialTestNormalApprox, binomialTestTwoSided } from "./binomial";
import { twoSidedPFromZ } from "./normal";

export type Significance = "significant" | "not_significant" | "too_little_data";

export interface RateTest {
  test: "two_proportion_z";
  /** Positive when the current rate x1/n1 is above the previous x2/n2; null exactly when too_little_data. */
  z: number | null;
  pValue: number | null;
  significance: Significance;
}

export interface CountTest {
  test: "poisson_conditional_binomial";
  /** Null exactly when too_little_data. */
  pValue: number | null;
  significance: Significance;
}

export interface SignificanceOptions {
  /** Minimum events (see each test for where it applies). Default MIN_EVENTS. */
  minEvents?: number;
  /** Significance level. Default ALPHA. */
  alpha?: number;
}

/** METRICS.md §4: "≥ 30 events on each side". */
export const MIN_EVENTS = 30;
export const ALPHA = 0.05;
/** Above this many total events the Poisson test uses the normal approximation instead of exact summation. */
export const EXACT_BINOMIAL_MAX_TOTAL = 1_000_000;

function resolveOptions(options: SignificanceOptions | undefined): { minEvents: number; alpha: number } {
  const minEvents = options?.minEvents ?? MIN_EVENTS;
  const alpha = options?.alpha ?? ALPHA;
  if (!(minEvents >= 0)) throw new RangeError(`minEvents must be ≥ 0, got ${minEvents}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  return { minEvents, alpha };
}

function classify(pValue: number, alpha: number): Significance {
  return pValue < alpha ? "significant" : "not_significant";
}

/**
 * Pooled two-proportion z-test, two-sided: x1 successes of n1 trials now against
 * x2 of n2 before (e.g. clicks of impressions):
 * z = (x1/n1 − x2/n2) / √(p̂(1 − p̂)(1/n1 + 1/n2)), p̂ = (x1 + x2)/(n1 + n2).
 *
 * Guard: too_little_data when n1 or n2 is 0, or when any of x1, n1 − x1, x2,
 * n2 − x2 is below minEvents (successes and failures on each side, which also
 * keeps p̂ strictly inside (0, 1) so the standard error is positive).
 * Counts must be non-negative integers with x ≤ n, else RangeError.
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number, options?: SignificanceOptions): RateTest {
  for (const [value, name] of [[x1, "x1"], [n1, "n1"], [x2, "x2"], [n2, "n2"]] as const) assertCount(value, name);
  if (x1 > n1) throw new RangeError(`x1 (${x1}) must not exceed n1 (${n1})`);
  if (x2 > n2) throw new RangeError(`x2 (${x2}) must not exceed n2 (${n2})`);
  const { minEvents, alpha } = resolveOptions(options);
  const tooLittle = { test: "two_proportion_z", z: null, pValue: null, significance: "too_little_data" } as const;
  if (n1 === 0 || n2 === 0) return tooLittle;
  if (Math.min(x1, n1 - x1, x2, n2 - x2) < minEvents) return tooLittle;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return tooLittle; // only reachable with minEvents = 0 and p̂ ∈ {0, 1}
  const z = (x1 / n1 - x2 / n2) / se;
  const pValue = twoSidedPFromZ(z);
  return { test: "two_proportion_z", z, pValue, significance: classify(pValue, alpha) };
}

/**
 * Two Poisson counts: c1 events over exposure t1 (this period) against c2 over t2
 * (the previous one; same-length periods give t1 = t2, the default 1 each).
 * Conditional on the total, under H0 (equal rates) c1 ~ Binomial(c1 + c2,
 * t1/(t1 + t2)); the p-value is the exact two-sided binomial test (R's
 * binom.test rule), or for c1 + c2 > EXACT_BINOMIAL_MAX_TOTAL the normal
 * approximation with continuity correction.
 *
 * Guard: too_little_data when c1 + c2 < minEvents. The guard is on the total,
 * not on each side, because the conditional test is exact: 1000 → 0 views is a
 * real change, not a small sample, and the test has all the information there
 * is in the total. Counts must be non-negative integers and exposures positive
 * and finite, else RangeError.
 */
export function poissonRateTest(c1: number, c2: number, t1 = 1, t2 = 1, options?: SignificanceOptions): CountTest {
  assertCount(c1, "c1");
  assertCount(c2, "c2");
  for (const [value, name] of [[t1, "t1"], [t2, "t2"]] as const) {
    if (!(value > 0 && Number.isFinite(value))) throw new RangeError(`${name} must be a positive finite exposure, got ${value}`);
  }
  const { minEvents, alpha } = resolveOptions(options);
  const total = c1 + c2;
  if (total === 0 || total < minEvents) return { test: "poisson_conditional_binomial", pValue: null, significance: "too_little_data" };
  const share = t1 / (t1 + t2);
  const pValue = total > EXACT_BINOMIAL_MAX_TOTAL ? binomialTestNormalApprox(c1, total, share) : binomialTestTwoSided(c1, total, share);
  return { test: "poisson_conditional_binomial", pValue, significance: classify(pValue, alpha) };
}

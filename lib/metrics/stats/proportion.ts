// Intervals and sample sizes for rates such as CTR (clicks of impressions), for
// the content test sandbox (METRICS.md §5): how sure a variant's rate is, how
// sure its difference from the control is, and how many trials per arm a test
// needs before "no difference" may be said.
import { assertCount } from "./binomial";
import { normalQuantile } from "./normal";

export interface Interval {
  low: number;
  high: number;
}

/** Two-sided 95% intervals and α = 0.05 tests. */
export const CONFIDENCE = 0.95;
/** The chance a test detects a real difference of the minimum detectable effect. */
export const POWER = 0.8;

function zFor(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}

function check(x: number, n: number): void {
  assertCount(x, "successes");
  assertCount(n, "trials");
  if (x > n) throw new RangeError(`successes (${x}) must not exceed trials (${n})`);
}

/**
 * Wilson score interval for x successes of n trials: stays inside [0, 1] and
 * behaves at small counts, unlike p̂ ± z·√(p̂(1−p̂)/n). null when n = 0.
 * centre = (p̂ + z²/2n) / (1 + z²/n), half = z·√(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n).
 */
export function wilsonInterval(x: number, n: number, confidence = CONFIDENCE): Interval | null {
  check(x, n);
  if (n === 0) return null;
  const z = zFor(confidence);
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Interval of the difference x1/n1 − x2/n2 in percentage points (unpooled
 * Wald: d ± z·√(p1(1−p1)/n1 + p2(1−p2)/n2)). null when either n is 0.
 */
export function differenceIntervalPp(x1: number, n1: number, x2: number, n2: number, confidence = CONFIDENCE): Interval | null {
  check(x1, n1);
  check(x2, n2);
  if (n1 === 0 || n2 === 0) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const half = zFor(confidence) * Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  return { low: (p1 - p2 - half) * 100, high: (p1 - p2 + half) * 100 };
}

/**
 * Trials per arm for a two-sided two-proportion test at level 1 − confidence to
 * detect p1 → p2 with the given power:
 * n = (z_{α/2}·√(2p̄(1−p̄)) + z_β·√(p1(1−p1) + p2(1−p2)))² / (p2 − p1)², p̄ = (p1 + p2)/2,
 * rounded up. null when the rates are equal or outside (0, 1).
 */
export function sampleSizePerArm(p1: number, p2: number, confidence = CONFIDENCE, power = POWER): number | null {
  if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1) || p1 === p2) return null;
  const mean = (p1 + p2) / 2;
  const a = zFor(confidence) * Math.sqrt(2 * mean * (1 - mean));
  const b = normalQuantile(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return Math.ceil(((a + b) * (a + b)) / ((p2 - p1) * (p2 - p1)));
}

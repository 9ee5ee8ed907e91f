// Standard normal distribution: erfc, CDF, two-sided p-value from z, and the
// inverse CDF (METRICS.md §4 significance and forecast intervals).
//
// Why not Abramowitz–Stegun 7.1.26: its absolute error (~1e-7) swamps p-values
// near 1e-6. erfc here is a positive-term power series for |x| < 2 and a
// continued fraction beyond, both run to full double precision (relative error
// ~1e-14 or better over the range where erfc does not underflow).

const SQRT_PI = Math.sqrt(Math.PI);
const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** erf(x) for 0 ≤ x < 2: erf(x) = 2/√π · e^(−x²) · Σ (2x²)^n · x / (1·3·…·(2n+1)). Every term is positive, so no cancellation. */
function erfSeries(x: number): number {
  const twoX2 = 2 * x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= twoX2 / (2 * n + 1);
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  return (2 / SQRT_PI) * Math.exp(-x * x) * sum;
}

/** e^(−x²) without the rounding of x² blowing up for large x: x = hi + lo with hi on a 1/16 grid, so hi² is exact. */
function expMinusSquare(x: number): number {
  const hi = Math.round(x * 16) / 16;
  const lo = x - hi;
  return Math.exp(-hi * hi) * Math.exp(-lo * (x + hi));
}

/**
 * erfc(x) for x ≥ 2 by the Laplace continued fraction
 * erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated with
 * the modified Lentz method.
 */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = d === 0 ? tiny : d;
    c = x + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return expMinusSquare(x) / (SQRT_PI * f);
}

/** Complementary error function erfc(x) = 1 − erf(x), accurate in relative terms in the upper tail. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) return 1 - erfSeries(x);
  if (x > 27.3) return 0; // erfc(27.3) < 1e-325: below the smallest double
  return erfcContinuedFraction(x);
}

/** Error function erf(x). */
export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return -erf(-x);
  return x < 2 ? erfSeries(x) : 1 - erfcContinuedFraction(Math.min(x, 27.3));
}

/** Standard normal CDF Φ(z) = erfc(−z/√2)/2 (relative accuracy kept in the lower tail). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Upper tail 1 − Φ(z), computed without cancellation for large z. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** Two-sided p-value of a standard-normal statistic: P(|Z| ≥ |z|) = erfc(|z|/√2). */
export function twoSidedPFromZ(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

// P. J. Acklam's rational approximations for the inverse normal CDF
// (relative error < 1.15e-9 before refinement).
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239] as const;
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1] as const;
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

/** Acklam's approximation for p ≤ 0.5 (the lower half; the upper half is mirrored by the caller). */
function acklamLower(p: number): number {
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}

/**
 * Inverse standard normal CDF Φ⁻¹(p): Acklam's approximation, then one Halley step
 * against normalCdf (brings it to ~1e-15 relative). Works in the lower half and
 * mirrors, because 1 − p is exact for p ≥ 0.5 while Φ(x) − p near 1 is not.
 * Φ⁻¹(0) = −∞, Φ⁻¹(1) = +∞; p outside [0, 1] throws a RangeError.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p > 0.5) return -normalQuantile(1 - p);
  let x = acklamLower(p);
  const e = normalCdf(x) - p;
  const u = e * SQRT_2PI * Math.exp((x * x) / 2);
  x -= u / (1 + (x * u) / 2);
  return x;
}

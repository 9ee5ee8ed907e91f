// Weekly forecast (METRICS.md §4): "next 4 weeks from a damped linear trend
// (Holt) on weekly values, with an interval".
//
// Additive damped trend (Gardner & McKenzie 1985), component form:
//   forecast  ŷ(t) = ℓ(t−1) + φ·b(t−1)
//   level     ℓ(t) = α·y(t) + (1 − α)·(ℓ(t−1) + φ·b(t−1))
//   trend     b(t) = β·(ℓ(t) − ℓ(t−1)) + (1 − β)·φ·b(t−1)
//   h ahead   ŷ(n+h) = ℓ(n) + (φ + φ² + … + φ^h)·b(n)
// `beta` is this component-form trend weight (β* in Hyndman et al.); the state
// space form ETS(A,Ad,N) has trend gain α·β.

import { normalQuantile } from "./normal";

export interface HoltParams {
  alpha: number;
  beta: number;
  phi: number;
}

export interface HoltOptions extends Partial<HoltParams> {
  /** Steps ahead to forecast. Default 4. */
  horizon?: number;
  /** Prediction interval coverage. Default 0.95. */
  level?: number;
}

export interface ForecastPoint {
  step: number;
  value: number;
  lower: number;
  upper: number;
}

export interface HoltForecast {
  points: ForecastPoint[];
  /** One-step-ahead fitted values aligned with the series; fitted[0] is the initial level y[0] (no forecast exists for it). */
  fitted: number[];
  params: HoltParams;
  /** Which parameters were estimated rather than given. */
  estimated: (keyof HoltParams)[];
  /** Σ (y(t) − ŷ(t))² over t = 1 … n−1. */
  sse: number;
  /** Residual variance SSE / (n − 3). */
  sigma2: number;
}

export const MIN_FORECAST_POINTS = 4;
/** Fitted α and β stay inside (0, 1) by this margin. */
const SMOOTHING_BOUNDS = [0.001, 0.999] as const;
/** Fitted φ stays in the usual damping range [0.8, 0.98]. */
const PHI_BOUNDS = [0.8, 0.98] as const;
/** α, β, φ: counted in the residual variance's degrees of freedom whether fitted or given. */
const PARAMETER_COUNT = 3;

interface HoltRun {
  sse: number;
  fitted: number[];
  level: number;
  trend: number;
}

/** Runs the recursion from ℓ(0) = y[0], b(0) = y[1] − y[0]; errors are counted from t = 1. */
function runHolt(series: readonly number[], { alpha, beta, phi }: HoltParams): HoltRun {
  let level = series[0] as number;
  let trend = (series[1] as number) - level;
  const fitted = [level];
  let sse = 0;
  for (let t = 1; t < series.length; t++) {
    const y = series[t] as number;
    const forecast = level + phi * trend;
    fitted.push(forecast);
    sse += (y - forecast) ** 2;
    const nextLevel = alpha * y + (1 - alpha) * forecast;
    trend = beta * (nextLevel - level) + (1 - beta) * phi * trend;
    level = nextLevel;
  }
  return { sse, fitted, level, trend };
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; from + i * step <= to + 1e-12; i++) out.push(Number((from + i * step).toFixed(10)));
  return out;
}

/**
 * Least-squares (one-step SSE) estimates of the parameters not given: a grid
 * (α, β in 0.05…0.95 by 0.05, φ in 0.80…0.98 by 0.02), then a pattern search
 * around the best point with halving steps. Deterministic: ties keep the
 * earlier candidate.
 */
function fitParams(series: readonly number[], given: Partial<HoltParams>): HoltParams {
  const keys = ["alpha", "beta", "phi"] as const;
  const bounds = { alpha: SMOOTHING_BOUNDS, beta: SMOOTHING_BOUNDS, phi: PHI_BOUNDS };
  const grids = { alpha: range(0.05, 0.95, 0.05), beta: range(0.05, 0.95, 0.05), phi: range(0.8, 0.98, 0.02) };
  const candidates = (key: (typeof keys)[number]) => (given[key] === undefined ? grids[key] : [given[key]]);

  let best: HoltParams = { alpha: NaN, beta: NaN, phi: NaN };
  let bestSse = Number.POSITIVE_INFINITY;
  for (const alpha of candidates("alpha")) {
    for (const beta of candidates("beta")) {
      for (const phi of candidates("phi")) {
        const sse = runHolt(series, { alpha, beta, phi }).sse;
        if (sse < bestSse) {
          bestSse = sse;
          best = { alpha, beta, phi };
        }
      }
    }
  }

  const free = keys.filter((k) => given[k] === undefined);
  const step: Record<(typeof keys)[number], number> = { alpha: 0.025, beta: 0.025, phi: 0.01 };
  for (let round = 0; round < 200 && free.some((k) => step[k] > 1e-5); round++) {
    let improved: HoltParams | null = null;
    // All 3^k − 1 neighbours on the current step lattice.
    for (let code = 1; code < 3 ** free.length; code++) {
      const trial = { ...best };
      let c = code;
      for (const k of free) {
        const move = (c % 3) - 1;
        c = Math.floor(c / 3);
        trial[k] = Math.min(bounds[k][1], Math.max(bounds[k][0], trial[k] + move * step[k]));
      }
      const sse = runHolt(series, trial).sse;
      if (sse < bestSse) {
        bestSse = sse;
        improved = trial;
      }
    }
    if (improved) best = improved;
    else for (const k of free) step[k] /= 2;
  }
  return best;
}

function assertParam(value: number | undefined, name: string): void {
  if (value !== undefined && !(value >= 0 && value <= 1)) throw new RangeError(`holtDamped: ${name} must be in [0, 1], got ${value}`);
}

/**
 * Damped-trend Holt forecast with prediction intervals; null for fewer than 4 points.
 *
 * Initial state: ℓ(0) = y[0], b(0) = y[1] − y[0]. Parameters not given are
 * fitted (α, β ∈ (0, 1), φ ∈ [0.8, 0.98]) by minimising the one-step SSE; given
 * ones may be anywhere in [0, 1] (φ = 1 is Holt's undamped linear trend).
 *
 * Interval: the analytical variance of ETS(A,Ad,N) (Hyndman, Koehler, Ord &
 * Snyder 2008, class 1): var(h) = σ²·(1 + Σ_{j=1}^{h−1} c_j²) with
 * c_j = α + αβ·(φ + φ² + … + φ^j), σ² = SSE / (n − 3); bounds are
 * ŷ ± Φ⁻¹((1 + level)/2)·√var(h).
 */
export function holtDamped(series: readonly number[], options: HoltOptions = {}): HoltForecast | null {
  const { horizon = 4, level = 0.95 } = options;
  for (const v of series) if (!Number.isFinite(v)) throw new RangeError(`holtDamped: values must be finite, got ${v}`);
  if (!(Number.isInteger(horizon) && horizon >= 1)) throw new RangeError(`holtDamped: horizon must be a positive integer, got ${horizon}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`holtDamped: level must be in (0, 1), got ${level}`);
  assertParam(options.alpha, "alpha");
  assertParam(options.beta, "beta");
  assertParam(options.phi, "phi");
  if (series.length < MIN_FORECAST_POINTS) return null;

  const given: Partial<HoltParams> = { alpha: options.alpha, beta: options.beta, phi: options.phi };
  const estimated = (["alpha", "beta", "phi"] as const).filter((k) => given[k] === undefined);
  const params = estimated.length === 0 ? (given as HoltParams) : fitParams(series, given);
  const run = runHolt(series, params);
  const sigma2 = run.sse / (series.length - PARAMETER_COUNT);
  const quantile = normalQuantile((1 + level) / 2);

  const { alpha, beta, phi } = params;
  const points: ForecastPoint[] = [];
  let dampSum = 0; // φ + … + φ^h
  let phiPower = 1;
  let varianceFactor = 1; // 1 + Σ_{j<h} c_j²
  for (let h = 1; h <= horizon; h++) {
    if (h > 1) {
      const c = alpha + alpha * beta * dampSum; // c_{h−1}: dampSum still holds φ + … + φ^{h−1}
      varianceFactor += c * c;
    }
    phiPower *= phi;
    dampSum += phiPower;
    const value = run.level + dampSum * run.trend;
    const half = quantile * Math.sqrt(sigma2 * varianceFactor);
    points.push({ step: h, value, lower: value - half, upper: value + half });
  }
  return { points, fitted: run.fitted, params, estimated: [...estimated], sse: run.sse, sigma2 };
}

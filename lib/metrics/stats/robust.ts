// Robust location/scale and the weekly anomaly rule of METRICS.md §4: "a week is
// anomalous for a KPI when it lies more than 3.5 robust z-scores (median and MAD
// of the previous 8–12 weeks) from the median".

/** Iglewicz–Hoaglin modified z-score factor: 0.6745 ≈ Φ⁻¹(0.75) = 1/1.4826. */
export const MODIFIED_Z_FACTOR = 0.6745;
/** MAD × 1.4826 estimates σ for normal data (consistency constant). */
export const MAD_CONSISTENCY = 1.4826;
/** Mean absolute deviation × √(π/2) ≈ 1.253314 estimates σ for normal data; the scale used when MAD = 0. */
export const MEAN_AD_CONSISTENCY = 1.253314;

export const ANOMALY_THRESHOLD = 3.5;
export const ANOMALY_MIN_HISTORY = 8;
export const ANOMALY_MAX_HISTORY = 12;

function assertFinite(values: readonly number[], fn: string): void {
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`${fn}: values must be finite, got ${v}`);
}

/** Median (mean of the two middle values for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  assertFinite(values, "median");
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Raw median absolute deviation median(|x − median(x)|), without the 1.4826 constant; null for no values. */
export function mad(values: readonly number[]): number | null {
  const m = median(values);
  if (m === null) return null;
  return median(values.map((v) => Math.abs(v - m)));
}

/** Scaled MAD (1.4826 · MAD): a robust estimate of the standard deviation. */
export function madSigma(values: readonly number[]): number | null {
  const raw = mad(values);
  return raw === null ? null : MAD_CONSISTENCY * raw;
}

/**
 * Modified z-score of `value` against `history`: 0.6745 · (value − median) / MAD
 * (Iglewicz & Hoaglin 1993). Null when the history is empty or its MAD is 0
 * (see `anomaly` for what the weekly rule does then).
 */
export function robustZ(value: number, history: readonly number[]): number | null {
  const m = median(history);
  const d = mad(history);
  if (m === null || d === null || d === 0) return null;
  return (MODIFIED_Z_FACTOR * (value - m)) / d;
}

export interface AnomalyOptions {
  threshold?: number;
  minHistory?: number;
  maxHistory?: number;
}

export interface AnomalyResult {
  isAnomaly: boolean;
  /** The score compared with the threshold; null with too little history or a perfectly flat history. */
  robustZ: number | null;
  median: number | null;
  /** Raw MAD of the history window. */
  mad: number | null;
  /** Side of the median; set only when isAnomaly. */
  direction: "high" | "low" | null;
  /** too_little_history: fewer than minHistory known weeks in the window. zero_mad: MAD = 0, so the fallback below decided. */
  reason?: "too_little_history" | "zero_mad";
}

/**
 * Is `value` (this week) anomalous against `history` (previous weeks, oldest
 * first; null = unknown week)?
 *
 * - Window: the last `maxHistory` weeks of `history` (entries, so a gap does not
 *   reach further back than 12 weeks); unknown (null) weeks in it are dropped.
 *   Fewer than `minHistory` known weeks → not anomalous, reason too_little_history.
 * - Score: modified z = 0.6745 · (value − median) / MAD; anomalous when |z| > threshold.
 * - MAD = 0 (more than half the window identical, common for small counts):
 *   the score uses the mean absolute deviation from the median instead,
 *   (value − median) / (1.253314 · meanAD), the usual fallback (both scale
 *   estimates are then consistent for σ). If the window is perfectly flat
 *   (meanAD = 0 too) there is no scale at all: the week is anomalous exactly when
 *   it differs from that constant, with robustZ null. Both cases carry reason zero_mad.
 */
export function anomaly(value: number, history: readonly (number | null)[], options: AnomalyOptions = {}): AnomalyResult {
  const threshold = options.threshold ?? ANOMALY_THRESHOLD;
  const minHistory = options.minHistory ?? ANOMALY_MIN_HISTORY;
  const maxHistory = options.maxHistory ?? ANOMALY_MAX_HISTORY;
  if (!Number.isFinite(value)) throw new RangeError(`anomaly: value must be finite, got ${value}`);
  if (!(threshold > 0)) throw new RangeError(`anomaly: threshold must be > 0, got ${threshold}`);
  if (!(Number.isInteger(minHistory) && minHistory >= 1 && Number.isInteger(maxHistory) && maxHistory >= minHistory)) {
    throw new RangeError(`anomaly: need integers 1 ≤ minHistory ≤ maxHistory, got ${minHistory}, ${maxHistory}`);
  }

  const window = history.slice(-maxHistory).filter((v): v is number => v !== null);
  if (window.length < minHistory) {
    return { isAnomaly: false, robustZ: null, median: null, mad: null, direction: null, reason: "too_little_history" };
  }
  const m = median(window) as number;
  const d = mad(window) as number;
  const side = (flag: boolean) => (flag ? (value > m ? "high" : "low") : null);

  if (d > 0) {
    const z = (MODIFIED_Z_FACTOR * (value - m)) / d;
    const isAnomaly = Math.abs(z) > threshold;
    return { isAnomaly, robustZ: z, median: m, mad: d, direction: side(isAnomaly) };
  }

  const meanAd = window.reduce((s, v) => s + Math.abs(v - m), 0) / window.length;
  if (meanAd > 0) {
    const z = (value - m) / (MEAN_AD_CONSISTENCY * meanAd);
    const isAnomaly = Math.abs(z) > threshold;
    return { isAnomaly, robustZ: z, median: m, mad: 0, direction: side(isAnomaly), reason: "zero_mad" };
  }
  const isAnomaly = value !== m;
  return { isAnomaly, robustZ: null, median: m, mad: 0, direction: side(isAnomaly), reason: "zero_mad" };
}

// Goal pacing (METRICS.md §4): "project the period's end value from the days so
// far (linear on the cumulative sums of numerator and denominator) and say
// whether it will be met".

export interface PacingInput {
  kind: "rate" | "sum";
  direction: "higher" | "lower";
  target: number;
  daysElapsed: number;
  daysTotal: number;
  numeratorSoFar: number;
  /** Rates only: the cumulative denominator so far. */
  denominatorSoFar?: number;
}

export interface PacingResult {
  /** Projected end-of-period value; null before the first day or for a rate with no denominator yet. */
  projected: number | null;
  /** Sum: soFar / target. Rate: current rate / target. Null when the target is 0. */
  progress: number | null;
  /** Whether the projection meets the target (≥ for higher-is-better, ≤ for lower-is-better). */
  onPace: boolean | null;
  /** Sums: target · elapsed / total, what a straight line to the target would have by now. Null for rates (a rate does not accumulate). */
  expectedSoFar: number | null;
}

const NONE: PacingResult = { projected: null, progress: null, onPace: null, expectedSoFar: null };

/**
 * Projects a goal's end value linearly from the days so far.
 *
 * Sum: projected = soFar · total / elapsed.
 * Rate: both cumulative sums are projected the same way, so the factor
 * total / elapsed cancels and the projection equals the rate so far. The rule is
 * still the contract's (and stays right if the projection of either sum changes);
 * it is not an average of daily rates.
 *
 * daysElapsed = 0 gives all nulls. daysTotal must be positive and
 * 0 ≤ daysElapsed ≤ daysTotal, else RangeError.
 */
export function goalPacing(input: PacingInput): PacingResult {
  const { kind, direction, target, daysElapsed, daysTotal, numeratorSoFar, denominatorSoFar } = input;
  if (!(daysTotal > 0 && Number.isFinite(daysTotal))) throw new RangeError(`goalPacing: daysTotal must be positive, got ${daysTotal}`);
  if (!(daysElapsed >= 0 && daysElapsed <= daysTotal)) {
    throw new RangeError(`goalPacing: daysElapsed must be in [0, daysTotal], got ${daysElapsed} of ${daysTotal}`);
  }
  if (!Number.isFinite(target) || !Number.isFinite(numeratorSoFar)) throw new RangeError("goalPacing: target and numeratorSoFar must be finite");
  if (daysElapsed === 0) return NONE;

  const meets = (value: number, goal: number) => (direction === "higher" ? value >= goal : value <= goal);

  if (kind === "sum") {
    const projected = (numeratorSoFar * daysTotal) / daysElapsed;
    return {
      projected,
      progress: target === 0 ? null : numeratorSoFar / target,
      // Compared as soFar·total vs target·elapsed: no division, so a goal met exactly is not missed by rounding.
      onPace: meets(numeratorSoFar * daysTotal, target * daysElapsed),
      expectedSoFar: (target * daysElapsed) / daysTotal,
    };
  }

  if (denominatorSoFar === undefined || !Number.isFinite(denominatorSoFar)) {
    throw new RangeError("goalPacing: a rate goal needs a finite denominatorSoFar");
  }
  if (denominatorSoFar === 0) return NONE; // no rate yet (METRICS §2: a zero denominator is no value)
  // (num · total/elapsed) / (den · total/elapsed), with the common factor cancelled
  // so the projection is exactly the rate so far, not one ulp off it.
  const projected = numeratorSoFar / denominatorSoFar;
  return {
    projected,
    progress: target === 0 ? null : projected / target,
    onPace: meets(projected, target),
    expectedSoFar: null,
  };
}

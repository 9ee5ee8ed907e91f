// Bayesian "probability to beat control" for the content test sandbox
// (METRICS.md §5): with Beta posteriors on each variant's rate, P(p_variant > p_control).

import { assertCount, logBeta } from "./binomial";
import { normalCdf } from "./normal";

export interface BinomialCounts {
  successes: number;
  trials: number;
}

export interface BetaParams {
  alpha: number;
  beta: number;
}

/** Uniform prior Beta(1, 1). */
export const UNIFORM_PRIOR: BetaParams = { alpha: 1, beta: 1 };

/** The closed form is used when its cheapest route needs at most this many terms. */
export const EXACT_MAX_TERMS = 10_000;

/** Posterior Beta(α + successes, β + failures). */
export function betaPosterior(counts: BinomialCounts, prior: BetaParams = UNIFORM_PRIOR): BetaParams {
  assertCount(counts.successes, "successes");
  assertCount(counts.trials, "trials");
  if (counts.successes > counts.trials) throw new RangeError(`successes (${counts.successes}) must not exceed trials (${counts.trials})`);
  if (!(prior.alpha > 0 && prior.beta > 0 && Number.isFinite(prior.alpha) && Number.isFinite(prior.beta))) {
    throw new RangeError(`prior alpha and beta must be positive and finite, got ${prior.alpha}, ${prior.beta}`);
  }
  return { alpha: prior.alpha + counts.successes, beta: prior.beta + counts.trials - counts.successes };
}

/**
 * Evan Miller's closed form ("Formulas for Bayesian A/B testing"), for integer αB:
 * P(X_B > X_A) = Σ_{i=0}^{αB−1} B(αA+i, βA+βB) / ((βB+i) · B(1+i, βB) · B(αA, βA)),
 * X_A ~ Beta(αA, βA), X_B ~ Beta(αB, βB); each term in log space.
 */
function millerSum(a: BetaParams, b: BetaParams): number {
  const logBetaA = logBeta(a.alpha, a.beta);
  let sum = 0;
  for (let i = 0; i < b.alpha; i++) {
    sum += Math.exp(logBeta(a.alpha + i, a.beta + b.beta) - Math.log(b.beta + i) - logBeta(1 + i, b.beta) - logBetaA);
  }
  return sum;
}

/**
 * P(X_B > X_A) by the closed form, through whichever of four equivalent sums is
 * shortest (each needs one parameter to be an integer and costs that many terms):
 *   Σ over αB:  P(B > A)
 *   Σ over αA:  1 − P(A > B)
 *   Σ over βA:  P(1 − A > 1 − B), as 1 − X ~ Beta(β, α)
 *   Σ over βB:  1 − P(1 − B > 1 − A)
 * Returns null when no parameter is an integer or the shortest sum exceeds maxTerms.
 */
export function probabilityGreaterExact(a: BetaParams, b: BetaParams, maxTerms = EXACT_MAX_TERMS): number | null {
  const routes: { terms: number; run: () => number }[] = [
    { terms: b.alpha, run: () => millerSum(a, b) },
    { terms: a.alpha, run: () => 1 - millerSum(b, a) },
    { terms: a.beta, run: () => millerSum({ alpha: b.beta, beta: b.alpha }, { alpha: a.beta, beta: a.alpha }) },
    { terms: b.beta, run: () => 1 - millerSum({ alpha: a.beta, beta: a.alpha }, { alpha: b.beta, beta: b.alpha }) },
  ];
  let best: (typeof routes)[number] | null = null;
  for (const route of routes) {
    if (Number.isInteger(route.terms) && route.terms <= maxTerms && (best === null || route.terms < best.terms)) best = route;
  }
  if (best === null) return null;
  return Math.min(1, Math.max(0, best.run()));
}

/** P(X_B > X_A) with each Beta replaced by the normal of the same mean and variance. */
export function probabilityGreaterNormal(a: BetaParams, b: BetaParams): number {
  const moments = ({ alpha, beta }: BetaParams) => {
    const s = alpha + beta;
    return { mean: alpha / s, variance: (alpha * beta) / (s * s * (s + 1)) };
  };
  const ma = moments(a);
  const mb = moments(b);
  return normalCdf((mb.mean - ma.mean) / Math.sqrt(ma.variance + mb.variance));
}

/**
 * P(p_variant > p_control) with Beta posteriors from a Beta(prior) prior
 * (uniform by default). Exact closed form (probabilityGreaterExact) when the
 * smallest integer posterior parameter is at most EXACT_MAX_TERMS, i.e. always
 * for the usual integer priors unless successes and failures on both sides are
 * all in the tens of thousands; otherwise the normal approximation, whose error
 * is then well below 0.001.
 */
export function probabilityToBeat(control: BinomialCounts, variant: BinomialCounts, prior: BetaParams = UNIFORM_PRIOR): number {
  const a = betaPosterior(control, prior);
  const b = betaPosterior(variant, prior);
  return probabilityGreaterExact(a, b) ?? probabilityGreaterNormal(a, b);
}

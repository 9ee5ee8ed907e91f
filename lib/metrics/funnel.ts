// Journey funnels (METRICS.md §2 funnel rows, §5 public → private journeys).
//
// Input rows are JourneyObservation-like: people of one cohort (the day they
// entered step 1) who reached step `position` `daysToStep` days after entering.
// Step 1 rows have daysToStep 0 and count the people who entered. Because the
// rows keep the day split, counts and the time-to-convert quantiles over many
// cohort days are exact: merge the histograms, then read the quantile.
import { changePp } from "./changes";
import { benchmarkStatus, type BenchmarkFigure, type BenchmarkStatus } from "./benchmarks";
import { daysBetween, type Day } from "./periods";
import { ratio } from "./ratios";
import { twoProportionZTest, type Significance } from "./stats/significance";

export interface JourneyObservationRow {
  cohortDay: Day;
  position: number;
  daysToStep: number;
  people: number;
}

/** people per daysToStep */
export type DayHistogram = ReadonlyMap<number, number>;

/** Adds histograms day by day (merging cohort days is addition). */
export function mergeHistograms(histograms: Iterable<DayHistogram>): Map<number, number> {
  const out = new Map<number, number>();
  for (const h of histograms) for (const [d, n] of h) out.set(d, (out.get(d) ?? 0) + n);
  return out;
}

/**
 * The q-quantile of a day histogram: the smallest d whose cumulative count
 * reaches q of the total (Σ_{d' ≤ d} people ≥ q · Σ people). This is the
 * "inverse of the empirical CDF" rule (type 1 in Hyndman & Fan): it always
 * returns a day that someone actually took, never an interpolated 2.5, and
 * the median of {1, 1, 5, 5} is 1. null for an empty histogram.
 */
export function histogramQuantile(histogram: DayHistogram, q: number): number | null {
  if (!(q > 0 && q <= 1)) throw new RangeError(`quantile must be in (0, 1], got ${q}`);
  const days = [...histogram.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = days.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  let cumulative = 0;
  for (const [d, n] of days) {
    cumulative += n;
    if (cumulative >= q * total) return d;
  }
  return days.at(-1)?.[0] ?? null;
}

export interface Maturity {
  /** the day the data was observed through */
  asOf: Day;
  /** a cohort younger than this (asOf − cohortDay < minAgeDays) has not had time to convert */
  minAgeDays: number;
}

export interface FunnelOptions {
  /** count immature cohorts (and report them) without excluding them */
  maturity?: Maturity;
  /** exclude immature cohorts; implies counting them */
  matureOnly?: Maturity;
}

export interface FunnelStep {
  position: number;
  /** Σ people who reached the step */
  reached: number;
  /** reached / reached at the previous step; null for step 1 or a zero previous step */
  stepConversion: number | null;
  /** reached / entered (step 1); null when nobody entered */
  overallConversion: number | null;
  /** median days from entering step 1 to reaching this step; null when nobody reached it */
  medianDays: number | null;
  p75Days: number | null;
  /** people who reached the step, by days after entering step 1, in day order */
  histogram: { days: number; people: number }[];
}

export interface Funnel {
  entered: number;
  steps: FunnelStep[];
  /** cohort days counted */
  cohorts: number;
  /** cohort days younger than the maturity age; null when no maturity rule was given */
  immatureCohorts: number | null;
  /** whether the immature cohorts were left out of the figures */
  immatureExcluded: boolean;
  firstCohortDay: Day | null;
  lastCohortDay: Day | null;
}

export function isImmature(cohortDay: Day, rule: Maturity): boolean {
  return daysBetween(cohortDay, rule.asOf) < rule.minAgeDays;
}

/**
 * Step and overall conversion and time to convert for the given step
 * positions (in journey order). Steps without rows have reached 0.
 */
export function computeFunnel(
  rows: readonly JourneyObservationRow[],
  positions: readonly number[],
  options: FunnelOptions = {},
): Funnel {
  const rule = options.matureOnly ?? options.maturity;
  const cohortDays = new Set(rows.map((r) => r.cohortDay));
  const immature = rule ? [...cohortDays].filter((d) => isImmature(d, rule)) : [];
  const excluded = new Set(options.matureOnly ? immature : []);
  const used = rows.filter((r) => !excluded.has(r.cohortDay));
  const usedDays = [...new Set(used.map((r) => r.cohortDay))].sort();

  const histograms = new Map<number, Map<number, number>>(positions.map((p) => [p, new Map()]));
  for (const r of used) {
    const h = histograms.get(r.position);
    if (h) h.set(r.daysToStep, (h.get(r.daysToStep) ?? 0) + r.people);
  }
  const reachedOf = (p: number | undefined): number =>
    p === undefined ? 0 : [...(histograms.get(p)?.values() ?? [])].reduce((s, n) => s + n, 0);
  const entered = reachedOf(positions[0]);

  const steps = positions.map((position, i): FunnelStep => {
    const histogram = histograms.get(position) ?? new Map<number, number>();
    const reached = reachedOf(position);
    return {
      position,
      reached,
      stepConversion: i === 0 ? null : ratio(reached, reachedOf(positions[i - 1])),
      overallConversion: ratio(reached, entered),
      medianDays: histogramQuantile(histogram, 0.5),
      p75Days: histogramQuantile(histogram, 0.75),
      histogram: [...histogram.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b).map(([days, people]) => ({ days, people })),
    };
  });

  return {
    entered,
    steps,
    cohorts: usedDays.length,
    immatureCohorts: rule ? immature.length : null,
    immatureExcluded: options.matureOnly !== undefined,
    firstCohortDay: usedDays[0] ?? null,
    lastCohortDay: usedDays.at(-1) ?? null,
  };
}

export interface TimeToConvertComparison {
  benchmark: { key: string; value: number; page: number | null };
  status: BenchmarkStatus | null;
}

/**
 * Time to convert (the median) of a step against a benchmark for the step's
 * own platform, e.g. Xiaohongshu's 3-day seeding lag (metric `timeToConvert`,
 * lower is better). Only platform-specific figures apply: how long a step
 * takes depends on what the platform does in the journey, so a general
 * figure would compare unlike things. null when no figure exists.
 */
export function compareTimeToConvert(
  medianDays: number | null,
  platformKey: string,
  benchmarks: readonly BenchmarkFigure[],
  tolerance = 0.1,
): TimeToConvertComparison | null {
  const b = benchmarks.find((x) => x.metric === "timeToConvert" && x.platformKey === platformKey && x.direction !== "info");
  if (!b) return null;
  return {
    benchmark: { key: b.key, value: b.value, page: b.page },
    status: benchmarkStatus(medianDays, b.value, b.direction, tolerance),
  };
}

export interface StepChange {
  position: number;
  /** the previous period's overall conversion (reached / entered) */
  previousOverall: number | null;
  previousStep: number | null;
  /** overall conversion now minus before, in percentage points (0.031 → 0.034 gives +0.3) */
  changePp: number | null;
  /** two-proportion z-test of reached / entered now against before; null for step 1 (always 100%) */
  pValue: number | null;
  significance: Significance | null;
}

/**
 * Each step's overall conversion against the same step in an earlier
 * funnel: the change in pp and whether it is more than chance (reached out
 * of entered in each period, a two-proportion z-test with the app's guard of
 * enough events and non-events on both sides).
 */
export function compareFunnels(current: Funnel, previous: Funnel): StepChange[] {
  return current.steps.map((step, i) => {
    const before = previous.steps.find((s) => s.position === step.position);
    const previousOverall = before?.overallConversion ?? null;
    const change = changePp(step.overallConversion, previousOverall);
    const countsFit = step.reached <= current.entered && before !== undefined && before.reached <= previous.entered;
    if (i === 0 || !before || !countsFit) return { position: step.position, previousOverall, previousStep: before?.stepConversion ?? null, changePp: change, pValue: null, significance: null };
    const test = twoProportionZTest(step.reached, current.entered, before.reached, previous.entered);
    return { position: step.position, previousOverall, previousStep: before.stepConversion, changePp: change, pValue: test.pValue, significance: test.significance };
  });
}

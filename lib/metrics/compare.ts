// Period-over-period comparison of KPIs and counts (METRICS.md §4): change
// in pp for rates and % otherwise, with the significance test that fits.
import type { MeasureSums, TotalKey } from "./aggregate";
import { changePp, changeRelative } from "./changes";
import type { KpiDefinition } from "./definitions";
import type { FollowerFigures } from "./follower-parts";
import type { KpiKey, Kpis } from "./kpis";
import type { AdditiveMeasure } from "./measures";
import { poissonRateTest, twoProportionZTest, type Significance } from "./stats/significance";

export interface Change {
  current: number | null;
  previous: number | null;
  /** pp for rates, a fraction (+0.12 = +12%) for everything else */
  change: number | null;
  changeKind: "pp" | "percent";
  test: "two_proportion_z" | "poisson_conditional_binomial" | null;
  pValue: number | null;
  /** null where no test applies (ROI, money, dwell) */
  significance: Significance | null;
}

export interface PeriodFigures {
  kpis: Kpis;
  sums: MeasureSums;
  followers: FollowerFigures;
  /** days in the period, the exposure of count tests */
  days: number;
}

export function compareKpi(definition: KpiDefinition, current: PeriodFigures, previous: PeriodFigures): Change {
  const key: KpiKey = definition.key;
  const now = current.kpis[key];
  const before = previous.kpis[key];
  const change = definition.change === "pp" ? changePp(now, before) : changeRelative(now, before);
  const base = { current: now, previous: before, change, changeKind: definition.change };
  if (!definition.proportion || now === null || before === null) {
    return { ...base, test: null, pValue: null, significance: null };
  }
  const a = current.sums.pairs[definition.proportion];
  const b = previous.sums.pairs[definition.proportion];
  // A proportion test needs each event to be one trial at most.
  if (a.numerator > a.denominator || b.numerator > b.denominator || a.numerator < 0 || b.numerator < 0) {
    return { ...base, test: null, pValue: null, significance: null };
  }
  const t = twoProportionZTest(a.numerator, a.denominator, b.numerator, b.denominator);
  return { ...base, test: t.test, pValue: t.pValue, significance: t.significance };
}

/** Counts whose changes a Poisson test can judge: events, not money or seconds. */
export const COUNT_MEASURES = [
  "impressions",
  "views",
  "clicks",
  "likes",
  "comments",
  "shares",
  "saves",
  "follows",
  "unfollows",
  "profileVisits",
  "conversions",
] as const satisfies readonly AdditiveMeasure[];

export function compareMeasure(measure: TotalKey, current: PeriodFigures, previous: PeriodFigures): Change {
  const now = current.sums.totals[measure];
  const before = previous.sums.totals[measure];
  const base = { current: now, previous: before, change: changeRelative(now, before), changeKind: "percent" as const };
  const countable = (COUNT_MEASURES as readonly string[]).includes(measure);
  const valid = (v: number | null): v is number => v !== null && v >= 0 && Number.isInteger(v);
  if (!countable || !valid(now) || !valid(before) || current.days <= 0 || previous.days <= 0) {
    return { ...base, test: null, pValue: null, significance: null };
  }
  const t = poissonRateTest(now, before, current.days, previous.days);
  return { ...base, test: t.test, pValue: t.pValue, significance: t.significance };
}

// Content test sandbox (内容测试沙箱, METRICS.md §5) and the origin split.
//
// Per variant (or origin): items, impressions, clicks, CTR, interaction rate
// and average dwell, all ratios of sums over the items that know both parts.
// Each non-control variant is compared with the control on clicks/impressions:
// the CTR difference in percentage points, a two-proportion z-test (which
// carries the minimum-sample guard) and the Bayesian probability to beat
// control. A winner is named only when the difference is significant.
import type { MeasureSums, MeasureTotals } from "./aggregate";
import { changePp } from "./changes";
import { ADDITIVE_MEASURES, type MeasureRow } from "./measures";
import { INTERACTIONS, pairSums, partValue, ratio } from "./ratios";
import { probabilityToBeat } from "./stats/bayes";
import { differenceIntervalPp, sampleSizePerArm, wilsonInterval, type Interval } from "./stats/proportion";
import { MIN_EVENTS, twoProportionZTest, type RateTest } from "./stats/significance";

/** A content item's measures (ContentItem columns), with the variant it belongs to. */
export interface ContentTestItem extends MeasureRow {
  variant: string | null;
  impressions: number | null;
  reach: number | null;
  views: number | null;
  clicks: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  watchSeconds: number | null;
}

export interface ContentSummary {
  items: number;
  /** Σ over items that know the measure; null when none does */
  impressions: number | null;
  clicks: number | null;
  interactions: number | null;
  views: number | null;
  watchSeconds: number | null;
  /** clicks / impressions */
  ctr: number | null;
  /** (likes + comments + shares + saves) / impressions */
  interactionRate: number | null;
  /** watch seconds / views */
  avgDwell: number | null;
  /** the paired sums behind CTR, for tests of the difference */
  ctrParts: { clicks: number; impressions: number };
  /** 95% Wilson interval of CTR; null without impressions */
  ctrInterval: Interval | null;
}

/** Base-measure totals and paired sums of item rows (the TS twin of measureSumsSelect). */
export function sumsOfRows(rows: readonly MeasureRow[]): MeasureSums {
  const totals = Object.fromEntries(
    ADDITIVE_MEASURES.map((m) => {
      let total: number | null = null;
      for (const r of rows) {
        const v = r[m];
        if (v !== null && v !== undefined) total = (total ?? 0) + v;
      }
      return [m, total];
    }),
  ) as MeasureTotals;
  return { totals, pairs: pairSums(rows) };
}

function ctrInterval(clicks: number, impressions: number): Interval | null {
  const c = { clicks, impressions };
  return testable(c) ? wilsonInterval(clicks, impressions) : null;
}

export function contentSummary(items: number, sums: MeasureSums): ContentSummary {
  const { totals, pairs } = sums;
  return {
    items,
    impressions: totals.impressions,
    clicks: totals.clicks,
    interactions: partValue(totals, INTERACTIONS),
    views: totals.views,
    watchSeconds: totals.watchSeconds,
    ctr: ratio(pairs.clicksPerImpression.numerator, pairs.clicksPerImpression.denominator),
    interactionRate: ratio(pairs.interactionsPerImpression.numerator, pairs.interactionsPerImpression.denominator),
    avgDwell: ratio(pairs.watchSecondsPerView.numerator, pairs.watchSecondsPerView.denominator),
    ctrParts: { clicks: pairs.clicksPerImpression.numerator, impressions: pairs.clicksPerImpression.denominator },
    ctrInterval: ctrInterval(pairs.clicksPerImpression.numerator, pairs.clicksPerImpression.denominator),
  };
}

export interface VariantComparison {
  /** variant CTR − control CTR, percentage points */
  ctrDiffPp: number | null;
  /** 95% interval of the CTR difference, percentage points; null when the counts cannot be tested */
  ctrDiffIntervalPp: Interval | null;
  /** z-test of the variant's clicks/impressions against the control's (z > 0: variant higher); null when the counts cannot be tested */
  test: RateTest | null;
  /** P(variant CTR > control CTR) with Beta(1, 1) priors; null when the counts cannot be tested */
  probabilityToBeatControl: number | null;
}

export interface VariantResult extends ContentSummary {
  variant: string;
  isControl: boolean;
  /** null for the control */
  vsControl: VariantComparison | null;
}

export type WinnerReason =
  /** a variant's CTR is significantly above the control's */
  | "significant_winner"
  /** every other variant's CTR is significantly below the control's */
  | "control_better"
  /** some comparison lacks the minimum sample (≥ 30 clicks and non-clicks on each side) */
  | "too_little_data"
  | "not_significant"
  /** the control variant has no items, or there is nothing to compare it with */
  | "no_comparison";

export interface ContentTestResult {
  controlVariant: string;
  variants: VariantResult[];
  winner: string | null;
  reason: WinnerReason;
}

/**
 * The smallest CTR change worth finding: a 10% relative lift on the control
 * (3.0% → 3.3%). "No difference" is said only when every arm has the
 * impressions to find a change this large 80% of the time; a smaller real
 * change may still exist.
 */
export const MIN_DETECTABLE_LIFT = 0.1;

export type Verdict = "winner" | "no_difference" | "not_enough_data";

export interface ContentTestVerdict {
  verdict: Verdict;
  /** the winning variant (the control when every other one is significantly below it) */
  winner: string | null;
  /** impressions each arm needs: to find a MIN_DETECTABLE_LIFT change (α 0.05, power 0.8), and at least MIN_EVENTS clicks and non-clicks at the control's CTR; null when the control has no CTR above 0 */
  impressionsPerArm: number | null;
  /** Σ over arms of the impressions each still lacks; null when impressionsPerArm is */
  impressionsStillNeeded: number | null;
}

/** Impressions per arm a test needs, from the control's CTR (see ContentTestVerdict). */
export function impressionsPerArm(controlCtr: number | null): number | null {
  if (controlCtr === null || !(controlCtr > 0 && controlCtr < 1)) return null;
  const treated = controlCtr * (1 + MIN_DETECTABLE_LIFT);
  const power = treated < 1 ? sampleSizePerArm(controlCtr, treated) : null;
  if (power === null) return null;
  const guard = Math.ceil(MIN_EVENTS / Math.min(controlCtr, 1 - controlCtr));
  return Math.max(power, guard);
}

/**
 * The plain verdict on a test: a winner when the significance rule names one;
 * otherwise "no difference" only when every comparison passed the minimum-sample
 * guard and every arm has impressionsPerArm; otherwise "not enough data yet",
 * with the impressions still needed.
 */
export function contentTestVerdict(result: ContentTestResult): ContentTestVerdict {
  const control = result.variants.find((v) => v.isControl) ?? null;
  const perArm = impressionsPerArm(control?.ctr ?? null);
  const stillNeeded = perArm === null ? null : result.variants.reduce((sum, v) => sum + Math.max(0, perArm - v.ctrParts.impressions), 0);
  const base = { impressionsPerArm: perArm, impressionsStillNeeded: stillNeeded };
  if (result.reason === "significant_winner" || result.reason === "control_better") return { verdict: "winner", winner: result.winner, ...base };
  if (result.reason === "not_significant" && stillNeeded === 0) return { verdict: "no_difference", winner: null, ...base };
  return { verdict: "not_enough_data", winner: null, ...base };
}

/** Counts a binomial test accepts: integers with 0 ≤ successes ≤ trials. */
function testable(p: { clicks: number; impressions: number }): boolean {
  return Number.isSafeInteger(p.clicks) && Number.isSafeInteger(p.impressions) && p.clicks >= 0 && p.clicks <= p.impressions;
}

export function compareWithControl(variant: ContentSummary, control: ContentSummary): VariantComparison {
  const v = variant.ctrParts;
  const c = control.ctrParts;
  const ok = testable(v) && testable(c);
  return {
    ctrDiffPp: changePp(variant.ctr, control.ctr),
    ctrDiffIntervalPp: ok ? differenceIntervalPp(v.clicks, v.impressions, c.clicks, c.impressions) : null,
    test: ok ? twoProportionZTest(v.clicks, v.impressions, c.clicks, c.impressions) : null,
    probabilityToBeatControl:
      ok && v.impressions > 0 && c.impressions > 0
        ? probabilityToBeat({ successes: c.clicks, trials: c.impressions }, { successes: v.clicks, trials: v.impressions })
        : null,
  };
}

/**
 * The test's variants and its winner. Variants are listed control first, then
 * in name order. The winner is the variant with the highest CTR among those
 * significantly above the control (p < 0.05); the control wins when every
 * other variant is significantly below it; otherwise there is no winner and
 * the reason says why. With several variants each is tested against the
 * control only (no correction for multiple comparisons: the UI shows every
 * p-value, and the report's tests have two or three arms).
 */
export function analyseContentTest(items: readonly ContentTestItem[], controlVariant: string): ContentTestResult {
  const byVariant = new Map<string, ContentTestItem[]>();
  for (const item of items) {
    if (item.variant === null) continue;
    const list = byVariant.get(item.variant) ?? [];
    list.push(item);
    byVariant.set(item.variant, list);
  }
  const names = [...byVariant.keys()].sort((a, b) => (a === controlVariant ? -1 : b === controlVariant ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const summaries = new Map(names.map((name) => {
    const rows = byVariant.get(name) ?? [];
    return [name, contentSummary(rows.length, sumsOfRows(rows))] as const;
  }));
  const control = summaries.get(controlVariant);

  const variants: VariantResult[] = names.map((name) => {
    const summary = summaries.get(name) as ContentSummary;
    const isControl = name === controlVariant;
    return { variant: name, isControl, ...summary, vsControl: isControl || !control ? null : compareWithControl(summary, control) };
  });

  const others = variants.filter((v) => !v.isControl);
  if (!control || others.length === 0) return { controlVariant, variants, winner: null, reason: "no_comparison" };

  const significance = (v: VariantResult) => v.vsControl?.test?.significance ?? "too_little_data";
  const z = (v: VariantResult) => v.vsControl?.test?.z ?? 0;
  const better = others.filter((v) => significance(v) === "significant" && z(v) > 0);
  if (better.length > 0) {
    const best = better.reduce((a, b) => ((b.ctr ?? -Infinity) > (a.ctr ?? -Infinity) ? b : a));
    return { controlVariant, variants, winner: best.variant, reason: "significant_winner" };
  }
  if (others.every((v) => significance(v) === "significant" && z(v) < 0)) {
    return { controlVariant, variants, winner: controlVariant, reason: "control_better" };
  }
  const reason: WinnerReason = others.some((v) => significance(v) === "too_little_data") ? "too_little_data" : "not_significant";
  return { controlVariant, variants, winner: null, reason };
}

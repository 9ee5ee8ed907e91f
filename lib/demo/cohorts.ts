// Audience cohorts for the retention view: people who joined in a week (or a
// month) and how many of them were active in each later week (or month).
// Curves decay to a floor: the virtual platform lands near the report's 28%
// at week 4, the private domain keeps far more, Xiaohongshu followers fewer.
// Monthly cohorts follow the same curves read at 30/7 weeks a month, as the
// month-level exports of the same platforms would.
import { addDays, monthOf } from "@/lib/metrics/periods";
import { periodEnd, periodStart } from "@/lib/metrics/retention";
import type { PlatformKey } from "@/lib/schemas/enums";
import { accountKey } from "./accounts";
import { forkRng } from "./prng";
import type { Timeline } from "./timeline";
import type { AccountKey, DemoCohort } from "./types";

const COHORT_WEEKS = 12;
const COHORT_MONTHS = 6;
const WEEKS_PER_MONTH = 30 / 7;

interface RetentionCurve {
  platformKey: PlatformKey;
  /** null: the platform's cohort over all its accounts */
  accountKey: AccountKey | null;
  weeklySize: number;
  /** people who join in a month */
  monthlySize: number;
  /** long-run share still active */
  floor: number;
  /** weeks for the part above the floor to shrink by e */
  decayWeeks: number;
}

const CURVES: readonly RetentionCurve[] = [
  { platformKey: "wechat_private", accountKey: null, weeklySize: 5200, monthlySize: 22_000, floor: 0.35, decayWeeks: 2.1 },
  // floor + (1 − floor)·e^(−4/τ) = 0.28 at week 4
  { platformKey: "virtual", accountKey: accountKey("virtual", "qinghe_meta"), weeklySize: 2800, monthlySize: 12_000, floor: 0.17, decayWeeks: 1.98 },
  { platformKey: "xiaohongshu", accountKey: accountKey("xiaohongshu", "qinghe_lab"), weeklySize: 8000, monthlySize: 34_000, floor: 0.12, decayWeeks: 1.6 },
];

export function expectedRetention(curve: Pick<RetentionCurve, "floor" | "decayWeeks">, period: number): number {
  if (period === 0) return 1;
  return curve.floor + (1 - curve.floor) * Math.exp(-period / curve.decayWeeks);
}

export function generateCohorts(timeline: Timeline, seed: number): DemoCohort[] {
  const cohorts: DemoCohort[] = [];
  for (const curve of CURVES) {
    const rng = forkRng(seed, `cohort:${curve.platformKey}`);
    for (let i = 0; i < COHORT_WEEKS; i += 1) {
      const weeksBack = COHORT_WEEKS - 1 - i;
      const cohortStart = addDays(timeline.lastWeekStart, -7 * weeksBack);
      const size = Math.round(curve.weeklySize * rng.jitter(0.12));
      // Cohorts differ in quality (source mix), so curves fan out a little.
      const quality = rng.jitter(0.06);
      const active = [size];
      for (let period = 1; period <= weeksBack; period += 1) {
        const share = Math.min(1, expectedRetention(curve, period) * quality * rng.jitter(0.04));
        active.push(Math.min(size, Math.round(size * share)));
      }
      cohorts.push({ platformKey: curve.platformKey, accountKey: curve.accountKey, cohortStart, periodUnit: "week", size, active });
    }
  }
  return cohorts;
}

/**
 * Six monthly cohorts per curve, the last one the last month that has ended;
 * each has a count for every month that has ended by the range's last day
 * (a month still running would read as a drop).
 */
export function generateMonthlyCohorts(timeline: Timeline, seed: number): DemoCohort[] {
  const end = timeline.range.end;
  // The last cohort is the last month that has ended: people still joining this month make no cohort yet.
  const month = monthOf(end);
  const lastMonth = month.end === end ? month.start : periodStart(month.start, "month", -1);
  const cohorts: DemoCohort[] = [];
  for (const curve of CURVES) {
    const rng = forkRng(seed, `cohort-month:${curve.platformKey}`);
    for (let back = COHORT_MONTHS - 1; back >= 0; back -= 1) {
      const cohortStart = periodStart(lastMonth, "month", -back);
      const size = Math.round(curve.monthlySize * rng.jitter(0.1));
      const quality = rng.jitter(0.05);
      const active = [size];
      for (let period = 1; periodEnd(cohortStart, "month", period) <= end; period += 1) {
        const share = Math.min(1, expectedRetention(curve, period * WEEKS_PER_MONTH) * quality * rng.jitter(0.04));
        active.push(Math.min(size, Math.round(size * share)));
      }
      cohorts.push({ platformKey: curve.platformKey, accountKey: curve.accountKey, cohortStart, periodUnit: "month", size, active });
    }
  }
  return cohorts;
}

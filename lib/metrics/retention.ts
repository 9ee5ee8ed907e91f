// Cohort retention (METRICS.md §2 "Retention (cohort)", §5).
//
// A cohort is the audience members who joined in one period (day, week or
// month); period index 0 is that period, n the n-th period after it. The
// triangle holds active/size per cohort and period; the curve adds cohorts up
// per period index: Σ active / Σ size over the cohorts that have reached that
// index (a ratio of sums: a 100-member cohort does not weigh like a 10,000 one).
import type { CohortPeriodUnit } from "@/lib/schemas/enums";
import { addDays, type Day } from "./periods";
import { ratio } from "./ratios";

export interface CohortInput {
  /** first day of the cohort's period */
  cohortStart: Day;
  size: number;
  activity: readonly { periodIndex: number; active: number }[];
}

export interface RetentionCell {
  active: number;
  /** active / size; null for an empty cohort */
  rate: number | null;
}

export interface TriangleRow {
  cohortStart: Day;
  size: number;
  /** one entry per period index 0…maxIndex; null where the period has not ended yet or was not recorded */
  cells: (RetentionCell | null)[];
}

export interface CurvePoint {
  periodIndex: number;
  /** cohorts with a value at this index */
  cohorts: number;
  size: number;
  active: number;
  /** Σ active / Σ size over those cohorts */
  rate: number | null;
}

export interface Retention {
  unit: CohortPeriodUnit;
  triangle: TriangleRow[];
  curve: CurvePoint[];
}

/**
 * Which period the single "retention" figure is. The report's 28% for virtual
 * platforms gives no horizon; a month after joining is the usual reading, so
 * for weekly cohorts it is week 4 (index 4: the fifth week counting the
 * joining week as 0), for daily cohorts day 28, for monthly month 1.
 */
export const DEFAULT_RETENTION_PERIOD: Record<CohortPeriodUnit, number> = { day: 28, week: 4, month: 1 };

function addMonths(day: Day, months: number): Day {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const d = Math.min(Number(day.slice(8, 10)), lastOfMonth);
  return `${year}-${String(month + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** First day of period `index` of a cohort starting on `start`. */
export function periodStart(start: Day, unit: CohortPeriodUnit, index: number): Day {
  if (unit === "day") return addDays(start, index);
  if (unit === "week") return addDays(start, 7 * index);
  return addMonths(start, index);
}

/** Last day of period `index`. */
export function periodEnd(start: Day, unit: CohortPeriodUnit, index: number): Day {
  return addDays(periodStart(start, unit, index + 1), -1);
}

/**
 * Whether period `index` of the cohort has ended by `asOf`. A period still
 * running would show a partial count as if it were a drop in retention.
 */
export function periodHasEnded(start: Day, unit: CohortPeriodUnit, index: number, asOf: Day): boolean {
  return periodEnd(start, unit, index) <= asOf;
}

export interface RetentionOptions {
  unit: CohortPeriodUnit;
  /** periods ending after this day are not shown (null); omit to trust the recorded rows alone */
  asOf?: Day;
}

/**
 * The triangle and the curve. A cell is known when the period has ended (by
 * `asOf`) and a row was recorded for it; a missing row in an ended period is
 * unknown, not zero, and that cohort drops out of the curve at that index.
 */
export function computeRetention(cohorts: readonly CohortInput[], options: RetentionOptions): Retention {
  const sorted = [...cohorts].sort((a, b) => (a.cohortStart < b.cohortStart ? -1 : a.cohortStart > b.cohortStart ? 1 : 0));
  const known = sorted.map((c) => {
    const byIndex = new Map<number, number>();
    for (const a of c.activity) {
      if (a.periodIndex < 0) continue;
      if (options.asOf !== undefined && !periodHasEnded(c.cohortStart, options.unit, a.periodIndex, options.asOf)) continue;
      byIndex.set(a.periodIndex, a.active);
    }
    return { cohort: c, byIndex };
  });
  const maxIndex = Math.max(-1, ...known.flatMap((k) => [...k.byIndex.keys()]));

  const triangle: TriangleRow[] = known.map(({ cohort, byIndex }) => ({
    cohortStart: cohort.cohortStart,
    size: cohort.size,
    cells: Array.from({ length: maxIndex + 1 }, (_, i) => {
      const active = byIndex.get(i);
      return active === undefined ? null : { active, rate: ratio(active, cohort.size) };
    }),
  }));

  const curve: CurvePoint[] = Array.from({ length: maxIndex + 1 }, (_, periodIndex) => {
    let n = 0;
    let size = 0;
    let active = 0;
    for (const { cohort, byIndex } of known) {
      const a = byIndex.get(periodIndex);
      if (a === undefined) continue;
      n += 1;
      size += cohort.size;
      active += a;
    }
    return { periodIndex, cohorts: n, size, active, rate: ratio(active, size) };
  });

  return { unit: options.unit, triangle, curve };
}

/** The curve's value at one period index (null when no cohort has reached it). */
export function retentionAt(curve: readonly CurvePoint[], periodIndex: number): CurvePoint | null {
  return curve.find((p) => p.periodIndex === periodIndex) ?? null;
}

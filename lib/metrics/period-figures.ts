// The figures of one period from daily rows: sums, follower figures and every
// KPI. The weekly board and the KPI report (and so /executive and
// /platforms) read a period through this one function.
import { sumAll, type MeasureSums } from "./aggregate";
import { periodLength } from "./buckets";
import type { PeriodFigures } from "./compare";
import { followerFiguresOf, type FollowerSource } from "./follower-parts";
import { computeKpis } from "./kpis";
import { addDays, type Day, type Period } from "./periods";
import type { InteractionDenominator } from "@/lib/schemas/enums";

export interface PeriodFigureOptions {
  interactionDenominator: InteractionDenominator;
  /** minor units per major unit of the workspace currency (lib/reference/currencies), for CPM/CPC/CPA */
  minorPerMajor: number;
}

/** Index of the first row whose day is ≥ `day` in day-ordered rows. */
function firstFrom(rows: readonly { day: Day }[], day: Day): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as { day: Day }).day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sums over the rows whose day is in `p`, follower figures over `p`, and the
 * KPIs from them. `rows` are in day order (as every daily query returns them),
 * so a period's rows are found by binary search: a year of daily buckets reads
 * each row once, not once per bucket.
 */
export function periodFigures(
  p: Period,
  rows: readonly (MeasureSums & { day: Day })[],
  followers: FollowerSource,
  options: PeriodFigureOptions,
): PeriodFigures {
  const sums = sumAll(rows.slice(firstFrom(rows, p.start), firstFrom(rows, addDays(p.end, 1))));
  const f = followerFiguresOf(followers.parts(p));
  const kpis = computeKpis({ pairs: sums.pairs, followers: f, interactionDenominator: options.interactionDenominator, minorPerMajor: options.minorPerMajor });
  return { sums, followers: f, kpis, days: periodLength(p) };
}

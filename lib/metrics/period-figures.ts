// The figures of one period from daily rows: sums, follower figures and every
// KPI. The weekly board and the KPI report (and so /executive and
// /platforms) read a period through this one function.
import { sumAll, type MeasureSums } from "./aggregate";
import { periodLength } from "./buckets";
import type { PeriodFigures } from "./compare";
import { followerFiguresOf, type FollowerSource } from "./follower-parts";
import { computeKpis } from "./kpis";
import type { Day, Period } from "./periods";
import type { InteractionDenominator } from "@/lib/schemas/enums";

export interface PeriodFigureOptions {
  interactionDenominator: InteractionDenominator;
  /** minor units per major unit of the workspace currency (lib/reference/currencies), for CPM/CPC/CPA */
  minorPerMajor: number;
}

/** Sums over the rows whose day is in `p`, follower figures over `p`, and the KPIs from them. */
export function periodFigures(
  p: Period,
  rows: readonly (MeasureSums & { day: Day })[],
  followers: FollowerSource,
  options: PeriodFigureOptions,
): PeriodFigures {
  const sums = sumAll(rows.filter((r) => r.day >= p.start && r.day <= p.end));
  const f = followerFiguresOf(followers.parts(p));
  const kpis = computeKpis({ pairs: sums.pairs, followers: f, interactionDenominator: options.interactionDenominator, minorPerMajor: options.minorPerMajor });
  return { sums, followers: f, kpis, days: periodLength(p) };
}

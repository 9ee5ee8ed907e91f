// Goals (METRICS.md §4): which goal a figure is paced against, how it is
// paced, and its status. One home for the weekly board and the executive
// summary, so one goal cannot read red on one page and amber on the other.
import { benchmarkStatus, type BenchmarkStatus } from "./benchmarks";
import { BOARD_METRICS, type BoardMetricKey } from "./board-metrics";
import type { GoalPeriod, WeekStart } from "@/lib/schemas/enums";
import { bucketOf, periodLength } from "./buckets";
import { addDays, isWeekLabel, monthOf, quarterOf, weekFromLabel, type Day, type Period } from "./periods";
import { goalPacing, type PacingResult } from "./stats/pacing";

export interface GoalLike {
  id: number;
  metric: string;
  platformKey: string | null;
  accountId: number | null;
  startDay: Day;
  endDay: Day;
  target: number;
}

function length(g: GoalLike): number {
  return periodLength({ start: g.startDay, end: g.endDay });
}

/**
 * The goal a figure over `period` (the calendar week, month or quarter the
 * page shows) is paced against: same metric, same platform (null = the
 * workspace-wide goal of the total), not tied to one account, and covering
 * the whole period. The shortest such goal wins (a week's goal over its
 * quarter's); ties go to the later start, then the lower id, so the choice
 * never depends on the order the rows came in.
 */
export function pickGoal<G extends GoalLike>(
  goals: readonly G[],
  metric: BoardMetricKey,
  platformKey: string | null,
  period: Period,
): G | null {
  const candidates = goals.filter(
    (g) => g.metric === metric && g.platformKey === platformKey && g.accountId === null && g.startDay <= period.start && g.endDay >= period.end,
  );
  candidates.sort((a, b) => length(a) - length(b) || (a.startDay < b.startDay ? 1 : a.startDay > b.startDay ? -1 : 0) || a.id - b.id);
  return candidates[0] ?? null;
}

/** The goal's days up to `lastDay` (the last day the figures cover); empty (end < start) before it starts. */
export function goalSoFar(goal: GoalLike, lastDay: Day): Period {
  return { start: goal.startDay, end: lastDay < goal.endDay ? lastDay : goal.endDay };
}

export interface GoalPacing extends PacingResult {
  /**
   * above = on pace; near = off pace, but projected within the workspace's
   * benchmark tolerance of the target (benchmarkStatus's rule); below = further off.
   */
  status: BenchmarkStatus | null;
  daysElapsed: number;
  daysTotal: number;
}

/**
 * A goal's pacing from the metric's value over its days so far.
 *
 * Money and follower growth accumulate: projected = value · total / elapsed.
 * A rate projects its numerator and denominator alike, so the projection is
 * the rate so far (stats/pacing's rule, applied to value / 1).
 */
export function paceGoal(metric: BoardMetricKey, valueSoFar: number | null, goal: GoalLike, lastDay: Day, tolerance: number): GoalPacing {
  const m = BOARD_METRICS[metric];
  const soFar = goalSoFar(goal, lastDay);
  const daysElapsed = soFar.end < soFar.start ? 0 : periodLength(soFar);
  const daysTotal = length(goal);
  const base = { direction: m.direction, target: goal.target, daysElapsed, daysTotal };
  const accumulates = m.kind === "measure" || m.pacing.kind === "cumulative";
  const result: PacingResult =
    valueSoFar === null
      ? { projected: null, progress: null, onPace: null, expectedSoFar: null }
      : accumulates
        ? goalPacing({ ...base, kind: "sum", numeratorSoFar: valueSoFar })
        : goalPacing({ ...base, kind: "rate", numeratorSoFar: valueSoFar, denominatorSoFar: 1 });
  return { ...result, status: goalStatus(result, goal.target, m.direction, tolerance), daysElapsed, daysTotal };
}

/** on pace → above; otherwise benchmarkStatus of the projection against the target, never better than near. */
export function goalStatus(p: Pick<PacingResult, "projected" | "onPace">, target: number, direction: "higher" | "lower", tolerance: number): BenchmarkStatus | null {
  if (p.onPace === null || p.projected === null) return null;
  if (p.onPace) return "above";
  return benchmarkStatus(p.projected, target, direction, tolerance) === "below" ? "below" : "near";
}

/** Where a goal's period stands on `lastDay`: not begun, under way (some days so far) or over. */
export type GoalPhase = "upcoming" | "running" | "ended";

export function goalPhase(goal: Pick<GoalLike, "startDay" | "endDay">, lastDay: Day): GoalPhase {
  if (lastDay < goal.startDay) return "upcoming";
  return lastDay >= goal.endDay ? "ended" : "running";
}

/**
 * The last day goals are paced to: the last day that has ended (yesterday in
 * the workspace's time zone) and has data, so a sync that lags a few days
 * does not read as a shortfall. The executive summary uses the same rule;
 * null when the workspace has no data yet.
 */
export function goalsAsOf(yesterday: Day, lastDataDay: Day | null): Day | null {
  if (lastDataDay === null) return null;
  return lastDataDay < yesterday ? lastDataDay : yesterday;
}

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;

/**
 * The days of the week, month or quarter a goal is set for, from its key
 * (`2026-W48`, `2026-11`, `2026-Q4`; weeks begin on the workspace's week
 * start); null when the key is not one of `periodType`.
 */
export function goalPeriodOf(periodType: GoalPeriod, key: string, weekStart: WeekStart): Period | null {
  switch (periodType) {
    case "week":
      return isWeekLabel(key) ? weekFromLabel(key, weekStart) : null;
    case "month":
      return MONTH_KEY.test(key) ? monthOf(`${key}-01`) : null;
    case "quarter": {
      const m = QUARTER_KEY.exec(key);
      return m ? quarterOf(`${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, "0")}-01`) : null;
    }
  }
}

/** The key of the period a goal starts in (the inverse of goalPeriodOf for a goal set through it). */
export function goalPeriodKey(periodType: GoalPeriod, startDay: Day, weekStart: WeekStart): string {
  return bucketOf(startDay, periodType, weekStart).key;
}

/** `count` periods of a kind before and after the one holding `day`, oldest first: what a goal form offers. */
export function goalPeriodChoices(periodType: GoalPeriod, day: Day, weekStart: WeekStart, before: number, after: number): (Period & { key: string })[] {
  const current = bucketOf(day, periodType, weekStart);
  const out: (Period & { key: string })[] = [current];
  for (let i = 0, p = current; i < before; i++) out.unshift((p = bucketOf(addDays(p.start, -1), periodType, weekStart)));
  for (let i = 0, p = current; i < after; i++) out.push((p = bucketOf(addDays(p.end, 1), periodType, weekStart)));
  return out;
}

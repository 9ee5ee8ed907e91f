// GET /api/v1/report/weekly and the weekly board: per platform and in total,
// each board metric with its change on the previous week (the same days when
// the week is not over), significance, benchmark status, goal pacing,
// anomaly flag and a 12-week sparkline; then the attention list and findings.
import type { Db } from "@/lib/db";
import { attentionItems } from "@/lib/metrics/attention";
import { benchmarkStatus, selectBenchmark } from "@/lib/metrics/benchmarks";
import { BOARD_METRICS, BOARD_METRIC_KEYS, boardChange, boardValue, type BoardMetricKey } from "@/lib/metrics/board-metrics";
import { previousPeriod } from "@/lib/metrics/buckets";
import type { PeriodFigures } from "@/lib/metrics/compare";
import { kpiDefinitions } from "@/lib/metrics/definitions";
import type { MetricFilter } from "@/lib/metrics/filter";
import { attentionFinding, kpiFinding, type Finding } from "@/lib/metrics/findings";
import { goalSoFar, paceGoal, pickGoal } from "@/lib/metrics/goals";
import { denseStaleAccounts } from "@/lib/metrics/dense-followers";
import { NO_FOLLOWERS, type FollowerSource } from "@/lib/metrics/follower-parts";
import { periodFigures } from "@/lib/metrics/period-figures";
import { addDays, dayInZone, lastCompleteWeek, weekFromLabel, weekLabel, type Day, type Period } from "@/lib/metrics/periods";
import { anomaly } from "@/lib/metrics/stats/robust";
import { getAnnotations } from "@/lib/queries/getAnnotations";
import type { DailyPlatformSums } from "@/lib/queries/getDailyPlatformSums";
import { getGoalsOverlapping } from "@/lib/queries/getGoalsOverlapping";
import { getStaleAccountCounts } from "@/lib/queries/getStaleAccountCounts";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { minorPerMajor } from "@/lib/reference/currencies";
import type { BoardCell, WeeklyReportResponse } from "@/lib/schemas/api/weekly-report";
import { InteractionDenominator, PLATFORM_KEYS, PlatformKey, WeekStart } from "@/lib/schemas/enums";
import { getBenchmarkFigures } from "./analysis-support";
import { loadDailyFigures } from "./daily-figures";

export const SPARKLINE_WEEKS = 12;
/** Weeks before the board's week that count as "recent" when looking for stale accounts. */
export const STALE_LOOKBACK_WEEKS = 4;

export interface WeeklyReportParams {
  /** ISO week label; default: the last complete week */
  week?: string;
  filter: MetricFilter;
  interactionDenominator?: InteractionDenominator;
  now: Date;
}

/** The platforms of a filter that are also in `only` (a missing filter allows all). */
function intersect(filter: readonly PlatformKey[] | undefined, only: readonly PlatformKey[]): PlatformKey[] {
  return filter?.length ? filter.filter((k) => only.includes(k)) : [...only];
}

function within(day: Day, p: Period): boolean {
  return day >= p.start && day <= p.end;
}

export async function getWeeklyReport(db: Db, workspace: Workspace, params: WeeklyReportParams): Promise<WeeklyReportResponse> {
  const weekStart = WeekStart.parse(workspace.weekStart);
  const denominator = params.interactionDenominator ?? InteractionDenominator.parse(workspace.interactionDenominator);
  const today = dayInZone(params.now, workspace.timeZone);
  const lastComplete = lastCompleteWeek(today, weekStart);
  const week = params.week ? weekFromLabel(params.week, weekStart) : lastComplete;
  // A week that has not ended covers its days up to yesterday and is compared with the same days a week earlier.
  const coveredEnd = week.end >= today ? addDays(today, -1) : week.end;
  const covered = { start: week.start, end: coveredEnd < week.start ? addDays(week.start, -1) : coveredEnd };
  const partial = covered.end !== week.end;
  const previous = previousPeriod(covered, "week", weekStart);
  const weeks = Array.from({ length: SPARKLINE_WEEKS }, (_, i) => addDays(week.start, -7 * (SPARKLINE_WEEKS - 1 - i)));
  const historyStart = addDays(week.start, -7 * SPARKLINE_WEEKS);

  const goals = await getGoalsOverlapping(db, { workspaceId: workspace.id, from: week.start, to: week.end });
  const from = goals.reduce((min, g) => (g.startDay < min ? g.startDay : min), historyStart);
  const staleWindow = { start: addDays(week.start, -7 * STALE_LOOKBACK_WEEKS), end: addDays(week.start, -1) };
  const [{ daily, followers: followersByPlatform, allFollowers, dense, sparse }, benchmarks, annotations] = await Promise.all([
    loadDailyFigures(db, { workspaceId: workspace.id, from, to: week.end, filter: params.filter }),
    getBenchmarkFigures(db, workspace),
    getAnnotations(db, { workspaceId: workspace.id, from: weeks[0] ?? week.start, to: week.end }),
  ]);
  // Stale accounts: from the spans where the rollups proved the accounts dense, else one index probe per account.
  const probe = sparse === "all" ? params.filter : { ...params.filter, platforms: intersect(params.filter.platforms, sparse) };
  const staleCounts =
    probe.platforms?.length === 0 ? new Map<string, number>() : await getStaleAccountCounts(db, { workspaceId: workspace.id, recent: staleWindow, current: covered, filter: probe });
  for (const [platform, span] of dense) staleCounts.set(platform, denseStaleAccounts(span, staleWindow, covered));
  const definitions = kpiDefinitions(denominator);

  const options = { interactionDenominator: denominator, minorPerMajor: minorPerMajor(workspace.currency) };
  const figures = (p: Period, rows: readonly DailyPlatformSums[], followers: FollowerSource): PeriodFigures =>
    periodFigures(p, rows, followers, options);

  const row = (platformKey: PlatformKey | null): { accounts: number; metrics: Record<BoardMetricKey, BoardCell> } => {
    const rows = platformKey ? daily.filter((r) => r.platformKey === platformKey) : daily;
    const followers = platformKey ? (followersByPlatform.get(platformKey) ?? NO_FOLLOWERS) : allFollowers;
    const now = figures(covered, rows, followers);
    const before = figures(previous, rows, followers);
    // The twelve whole weeks before this one (the anomaly history), then this week as far as it goes.
    const earlier = Array.from({ length: SPARKLINE_WEEKS }, (_, i) => {
      const start = addDays(week.start, -7 * (SPARKLINE_WEEKS - i));
      return figures({ start, end: addDays(start, 6) }, rows, followers);
    });
    const history = [...earlier.slice(1), now];
    const accounts = followers.parts(covered).accounts;

    const metrics = Object.fromEntries(
      BOARD_METRIC_KEYS.map((key) => {
        const metric = BOARD_METRICS[key];
        const value = boardValue(metric, now);
        const change = boardChange(metric, definitions, now, before);
        const b = metric.kind === "kpi" ? selectBenchmark(benchmarks, metric.kpi, platformKey) : null;
        const goal = pickGoal(goals, key, platformKey, week);
        let pacing = null;
        if (goal) {
          const soFar = goalSoFar(goal, covered.end);
          const valueSoFar = soFar.end < soFar.start ? null : boardValue(metric, figures(soFar, rows, followers));
          pacing = paceGoal(key, valueSoFar, goal, covered.end, workspace.benchmarkTolerance);
        }
        // Partial weeks are not judged against whole ones.
        const flag = value === null || partial ? null : anomaly(value, earlier.map((f) => boardValue(metric, f)));
        const cell: BoardCell = {
          value,
          previous: change.previous,
          change: change.change,
          changeKind: change.changeKind,
          significance: change.significance,
          pValue: change.pValue,
          benchmark:
            b && b.direction !== "info"
              ? { key: b.key, value: b.value, page: b.page, direction: b.direction, status: benchmarkStatus(value, b.value, b.direction, workspace.benchmarkTolerance) }
              : null,
          goal:
            goal && pacing
              ? {
                  id: goal.id,
                  periodType: goal.periodType,
                  start: goal.startDay,
                  end: goal.endDay,
                  target: goal.target,
                  projected: pacing.projected,
                  progress: pacing.progress,
                  onPace: pacing.onPace,
                  expectedSoFar: pacing.expectedSoFar,
                  status: pacing.status,
                }
              : null,
          anomaly: flag
            ? { isAnomaly: flag.isAnomaly, robustZ: flag.robustZ, median: flag.median, direction: flag.direction, reason: flag.reason ?? null }
            : null,
          sparkline: history.map((f) => boardValue(metric, f)),
        };
        return [key, cell];
      }),
    ) as Record<BoardMetricKey, BoardCell>;
    return { accounts, metrics };
  };

  const platforms = PLATFORM_KEYS.flatMap((platformKey) => {
    const days = daily.filter((r) => r.platformKey === platformKey && r.accounts > 0);
    if (!days.some((r) => within(r.day, staleWindow) || within(r.day, covered))) return [];
    const lastDataDay = days.filter((r) => r.day <= covered.end).reduce<Day | null>((last, r) => (last === null || r.day > last ? r.day : last), null);
    const staleAccounts = staleCounts.get(platformKey) ?? 0;
    return [{ platformKey, staleAccounts, lastDataDay, ...row(platformKey) }];
  });
  const total = row(null);

  const attention = attentionItems([{ platformKey: null, staleAccounts: 0, metrics: total.metrics }, ...platforms]).map((a) => ({
    ...a,
    platformKey: a.platformKey === null ? null : PlatformKey.parse(a.platformKey),
  }));
  const findings: Finding[] = [
    ...BOARD_METRIC_KEYS.flatMap((key) => {
      const cell = total.metrics[key];
      if (!cell.benchmark && key !== "revenue") return [];
      const finding = kpiFinding(
        {
          platformKey: null,
          metric: key,
          value: cell.value,
          // the chip's status, not a second verdict
          benchmark: cell.benchmark ? { value: cell.benchmark.value, direction: cell.benchmark.direction, status: cell.benchmark.status } : null,
          change: cell.change,
          changeKind: cell.changeKind,
          significance: cell.significance,
        },
        workspace.currency,
      );
      return finding ? [finding] : [];
    }),
    ...attention.flatMap((a) => {
      const f = attentionFinding(a, workspace.currency);
      return f ? [f] : [];
    }),
  ];

  return {
    workspace: { slug: workspace.slug, name: workspace.name, currency: workspace.currency, timeZone: workspace.timeZone, weekStart },
    week: { ...week, label: weekLabel(week.start, weekStart), covered, partial, lastComplete: weekLabel(lastComplete.start, weekStart) },
    previousWeek: { ...previous, label: weekLabel(previous.start, weekStart) },
    interactionDenominator: denominator,
    weeks: weeks.map((start) => weekLabel(start, weekStart)),
    total,
    platforms,
    attention,
    findings,
    annotations: annotations.map((a) => ({
      ...a,
      week: weekLabel(a.day, weekStart),
      platformKey: a.platformKey === null ? null : PlatformKey.parse(a.platformKey),
    })),
  };
}

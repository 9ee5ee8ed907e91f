// GET /api/v1/goals and the /goals page: every goal of the workspace with its
// figure so far, projected end value and status, paced to one day (goalsAsOf:
// the last ended day with data). The rules — which days count, how a goal is
// projected, when it is on pace — are lib/metrics/goals', the same the weekly
// board's and the executive summary's goal chips follow.
import type { Db } from "@/lib/db";
import { BOARD_METRICS, boardValue, type BoardMetricKey } from "@/lib/metrics/board-metrics";
import type { MetricFilter } from "@/lib/metrics/filter";
import { goalPeriodKey, goalPhase, goalsAsOf, goalSoFar, paceGoal } from "@/lib/metrics/goals";
import { periodFigures } from "@/lib/metrics/period-figures";
import { addDays, dayInZone, type Day, type Period } from "@/lib/metrics/periods";
import { getDataRange } from "@/lib/queries/getDataRange";
import { getWorkspaceGoals } from "@/lib/queries/getWorkspaceGoals";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { minorPerMajor } from "@/lib/reference/currencies";
import { GoalPeriod, InteractionDenominator, PlatformKey, WeekStart } from "@/lib/schemas/enums";
import { GoalMetric, type GoalJson, type GoalListQuery, type GoalListResponse } from "@/lib/schemas/api/goals";
import { loadDailyFigures } from "./daily-figures";

type GoalRow = Awaited<ReturnType<typeof getWorkspaceGoals>>[number];

export interface GoalListParams extends Omit<GoalListQuery, "workspace"> {
  now: Date;
  /** only these goals (a write's answer) */
  ids?: readonly number[];
}

/** The rows a goal's figure is read from: its account, its platform, or the whole workspace. */
function scopeOf(g: GoalRow): { key: string; filter: MetricFilter } {
  if (g.accountId !== null) return { key: `account:${g.accountId}`, filter: { accountIds: [g.accountId] } };
  if (g.platformKey !== null) return { key: `platform:${g.platformKey}`, filter: { platforms: [PlatformKey.parse(g.platformKey)] } };
  return { key: "all", filter: {} };
}

function unitOf(metric: BoardMetricKey): GoalJson["unit"] {
  const unit = BOARD_METRICS[metric].unit;
  if (unit === "percent" || unit === "ratio" || unit === "money_minor") return unit;
  throw new Error(`no goal unit for ${metric}`);
}

export async function listGoals(db: Db, workspace: Workspace, params: GoalListParams): Promise<GoalListResponse> {
  const weekStart = WeekStart.parse(workspace.weekStart);
  const today = dayInZone(params.now, workspace.timeZone);
  const yesterday = addDays(today, -1);
  const [rows, range] = await Promise.all([getWorkspaceGoals(db, { workspaceId: workspace.id }), getDataRange(db, { workspaceId: workspace.id })]);
  const asOf = goalsAsOf(yesterday, range.last);
  // Without any data the phases still follow the calendar.
  const lastDay = asOf ?? yesterday;

  const goals = rows
    .map((g) => ({ row: g, metric: GoalMetric.parse(g.metric), phase: goalPhase(g, lastDay) }))
    .filter(({ row, metric, phase }) => {
      if (params.ids && !params.ids.includes(row.id)) return false;
      if (params.metric && metric !== params.metric) return false;
      if (params.platform && (params.platform === "all" ? row.platformKey !== null : row.platformKey !== params.platform)) return false;
      return !params.phase || phase === params.phase;
    });

  // One read per scope, over the days so far of all its goals.
  const needed = new Map<string, { filter: MetricFilter; from: Day; to: Day }>();
  for (const { row } of goals) {
    if (asOf === null || asOf < row.startDay) continue;
    const soFar = goalSoFar(row, asOf);
    const { key, filter } = scopeOf(row);
    const seen = needed.get(key);
    needed.set(key, seen ? { filter, from: soFar.start < seen.from ? soFar.start : seen.from, to: soFar.end > seen.to ? soFar.end : seen.to } : { filter, from: soFar.start, to: soFar.end });
  }
  const read = await Promise.all(
    [...needed].map(async ([key, { filter, from, to }]) => {
      const { daily, allFollowers } = await loadDailyFigures(db, { workspaceId: workspace.id, from, to, filter });
      return [key, { daily, followers: allFollowers }] as const;
    }),
  );
  const data = new Map(read);
  const options = { interactionDenominator: InteractionDenominator.parse(workspace.interactionDenominator), minorPerMajor: minorPerMajor(workspace.currency) };

  const json = goals.map(({ row, metric, phase }): GoalJson => {
    const periodType = GoalPeriod.parse(row.periodType);
    let soFar: Period | null = null;
    let valueSoFar: number | null = null;
    if (asOf !== null && asOf >= row.startDay) {
      soFar = goalSoFar(row, asOf);
      const scope = data.get(scopeOf(row).key);
      if (scope) valueSoFar = boardValue(BOARD_METRICS[metric], periodFigures(soFar, scope.daily, scope.followers, options));
    }
    const pacing = paceGoal(metric, valueSoFar, row, lastDay, workspace.benchmarkTolerance);
    return {
      id: row.id,
      metric,
      platformKey: row.platformKey === null ? null : PlatformKey.parse(row.platformKey),
      account: row.account ? { ...row.account, platformKey: PlatformKey.parse(row.account.platformKey) } : null,
      periodType,
      period: goalPeriodKey(periodType, row.startDay, weekStart),
      start: row.startDay,
      end: row.endDay,
      target: row.target,
      unit: unitOf(metric),
      direction: BOARD_METRICS[metric].direction,
      phase,
      soFar,
      daysElapsed: pacing.daysElapsed,
      daysTotal: pacing.daysTotal,
      valueSoFar,
      projected: pacing.projected,
      progress: pacing.progress,
      onPace: pacing.onPace,
      expectedSoFar: pacing.expectedSoFar,
      status: pacing.status,
    };
  });

  return {
    workspace: { slug: workspace.slug, currency: workspace.currency, timeZone: workspace.timeZone, weekStart },
    today,
    asOf,
    goals: json,
  };
}

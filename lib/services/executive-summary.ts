// What /executive shows (PRODUCT.md): a month or quarter — by default the
// current quarter so far, against the same days of the previous quarter —
// with six headline KPIs judged against benchmark and goal, public vs private
// domain economics, the best and worst platforms, and a weekly forecast of
// CTR. Numbers only: the page formats them, lib/metrics/executive-findings
// turns them into sentences.
//
// Every figure comes from the services the API uses (getKpiReport,
// getDomainEconomics), so a headline equals GET /api/v1/kpis for the same
// period, to the last digit.
import type { Db } from "@/lib/db";
import { benchmarkStatus, selectBenchmark, type BenchmarkStatus } from "@/lib/metrics/benchmarks";
import { BOARD_METRICS, type BoardMetricKey } from "@/lib/metrics/board-metrics";
import { bucketOf, bucketsInRange, previousPeriod } from "@/lib/metrics/buckets";
import { addDays, dayInZone, weekOf, type Day, type Period } from "@/lib/metrics/periods";
import { goalSoFar, paceGoal, pickGoal } from "@/lib/metrics/goals";
import { rankPlatforms, RANKING_MIN_SHARE, type PlatformRank, type RankingEnds } from "@/lib/metrics/platform-ranking";
import type { Significance } from "@/lib/metrics/stats/significance";
import { getDataRange } from "@/lib/queries/getDataRange";
import { getGoalsOverlapping } from "@/lib/queries/getGoalsOverlapping";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { PLATFORMS } from "@/lib/reference/platforms";
import type { KpisResponse } from "@/lib/schemas/api/kpis";
import type { Domain, InteractionDenominator, PlatformKey } from "@/lib/schemas/enums";
import { GoalPeriod, InteractionDenominator as InteractionDenominatorSchema, WeekStart } from "@/lib/schemas/enums";
import type { ExecutivePeriodKind } from "@/lib/schemas/executive-page-params";
import { getBenchmarkFigures } from "./analysis-support";
import { getDomainEconomics } from "./domain-economics";
import { getKpiReport } from "./kpi-report";

/** The six headline KPIs, in the order the page shows them. */
export const HEADLINE_METRICS = [
  "revenue",
  "roi",
  "ctr",
  "interactionRate",
  "conversionRate",
  "followerGrowthRate",
] as const satisfies readonly BoardMetricKey[];
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];

/** The KPI the forecast follows: the report's headline ad metric, with the 3.2% benchmark. */
export const FORECAST_METRIC = "ctr" as const;
/** Complete weeks the forecast is fitted on, and weeks it looks ahead (METRICS.md §4). */
export const FORECAST_HISTORY_WEEKS = 12;

export type HeadlineUnit = "money" | "roi" | "percent";
export type { PlatformRank };
export { RANKING_MIN_SHARE, RANKING_SIZE } from "@/lib/metrics/platform-ranking";

export interface BenchmarkRefStatus {
  key: string;
  value: number;
  page: number | null;
  note: string | null;
  status: BenchmarkStatus | null;
}

export interface GoalPace {
  id: number;
  periodType: GoalPeriod;
  /** the goal's period: `2026-Q4`, `2026-10`, `2026-W47` */
  key: string;
  start: Day;
  end: Day;
  /** money in minor units, rates as fractions, ROI as N of 1:N */
  target: number;
  /** the goal's end value, projected from its days so far (linear, METRICS.md §4) */
  projected: number | null;
  onPace: boolean | null;
  /** above = on pace; near = projected within the benchmark tolerance of the target; below = off pace */
  status: BenchmarkStatus | null;
  daysElapsed: number;
  daysTotal: number;
}

export interface HeadlineKpi {
  key: HeadlineMetric;
  unit: HeadlineUnit;
  direction: "higher" | "lower";
  value: number | null;
  previous: number | null;
  /** pp for rates, a fraction for money and ROI */
  change: number | null;
  changeKind: "pp" | "percent";
  significance: Significance | null;
  benchmark: BenchmarkRefStatus | null;
  goal: GoalPace | null;
}

export interface ExecutivePeriod extends Period {
  kind: ExecutivePeriodKind;
  /** `2026-11` or `2026-Q4` */
  key: string;
  /** the days the figures cover: the whole period, or its days so far */
  covered: Period;
  /** the figures cover only the period's first days (it has not ended, or its last days have no data yet): "so far" */
  partial: boolean;
}

export interface PeriodOption {
  key: string;
  start: Day;
  end: Day;
  partial: boolean;
}

export interface DomainFigures {
  domain: Domain;
  platforms: PlatformKey[];
  spendMinor: number | null;
  revenueMinor: number | null;
  conversionRate: number | null;
  profitMargin: number | null;
  roi: number | null;
  profitMarginBenchmark: BenchmarkRefStatus | null;
  roiBenchmark: BenchmarkRefStatus | null;
}

export interface PlatformRanking {
  /** every platform with data in the period, best ROI first, unranked ones last */
  rows: PlatformRank[];
  byRoi: RankingEnds;
  byCtr: RankingEnds;
  minShare: number;
  roiBenchmark: { key: string; value: number; page: number | null } | null;
}

export interface WeeklyForecast {
  metric: typeof FORECAST_METRIC;
  /** the complete weeks before the period's end (value null where a week has no data) */
  weeks: { key: string; start: Day; end: Day; value: number | null }[];
  /** the next weeks, with the interval */
  points: { key: string; start: Day; end: Day; value: number; lower: number; upper: number }[];
  basedOn: number;
  /** status: the last forecast week against the benchmark (benchmarkStatus, the workspace tolerance) */
  benchmark: { key: string; value: number; page: number | null; status: BenchmarkStatus | null } | null;
}

export interface ExecutiveSummary {
  workspace: { slug: string; name: string; currency: string; timeZone: string; interactionDenominator: InteractionDenominator };
  /** first and last day with data; null: nothing imported yet */
  dataRange: Period | null;
  period: ExecutivePeriod;
  /** what the period is compared with: the same days of the previous period when partial */
  previous: Period & { key: string };
  /** the URL's `at` was not a period with data, so the default is shown */
  requestedUnavailable: string | null;
  options: Record<ExecutivePeriodKind, PeriodOption[]>;
  headline: HeadlineKpi[];
  domains: DomainFigures[];
  platforms: PlatformRanking;
  forecast: WeeklyForecast | null;
}

export interface ExecutiveSummaryParams {
  kind: ExecutivePeriodKind;
  /** `2026-11` / `2026-Q4`; null or unavailable = the latest period with data (the current one so far) */
  at: string | null;
  now: Date;
}

type Goal = Awaited<ReturnType<typeof getGoalsOverlapping>>[number];

/**
 * The month or quarter periods a user can pick: every one from the first day
 * with data up to `anchor` (the last day that has both ended and has data).
 * The last one is partial when it runs past the anchor: it has not ended yet,
 * or it has (on 1 January, Q4) but its last days have no data yet. Either
 * way its figures cover the days up to the anchor and are compared with the
 * same days of the previous period, so a sync that lags does not read as a drop.
 */
export function periodOptions(kind: ExecutivePeriodKind, data: Period, anchor: Day, today: Day): PeriodOption[] {
  if (anchor < data.start) return [];
  // (the week start does not matter for months and quarters)
  return bucketsInRange({ start: data.start, end: anchor }, kind, 1, today).map((b) => ({
    key: b.key,
    start: b.start,
    end: b.end,
    partial: b.end > anchor,
  }));
}

function headlineValue(metric: HeadlineMetric, report: Pick<KpisResponse, "kpis" | "totals">): number | null {
  const m = BOARD_METRICS[metric];
  return m.kind === "kpi" ? (report.kpis[m.kpi] ?? null) : (report.totals[m.measure] ?? null);
}

function pace(metric: HeadlineMetric, soFar: number | null, goal: Goal, lastDay: Day, tolerance: number, weekStart: WeekStart): GoalPace {
  const p = paceGoal(metric, soFar, goal, lastDay, tolerance);
  const periodType = GoalPeriod.catch("quarter").parse(goal.periodType);
  return {
    id: goal.id,
    periodType,
    key: bucketOf(goal.startDay, periodType, weekStart).key,
    start: goal.startDay,
    end: goal.endDay,
    target: goal.target,
    projected: p.projected,
    onPace: p.onPace,
    status: p.status,
    daysElapsed: p.daysElapsed,
    daysTotal: p.daysTotal,
  };
}

function benchmarkRef(b: KpisResponse["benchmarks"][keyof KpisResponse["benchmarks"]] | undefined): BenchmarkRefStatus | null {
  return b ? { key: b.key, value: b.value, page: b.page, note: b.note, status: b.status } : null;
}

export type ExecutiveSummaryResult =
  /** the workspace has no complete day of data yet: the page asks for an import */
  | { status: "empty"; workspace: ExecutiveSummary["workspace"] }
  | { status: "ready"; summary: ExecutiveSummary };

export async function getExecutiveSummary(db: Db, workspace: Workspace, params: ExecutiveSummaryParams): Promise<ExecutiveSummaryResult> {
  const weekStart = WeekStart.parse(workspace.weekStart);
  const today = dayInZone(params.now, workspace.timeZone);
  const yesterday = addDays(today, -1);
  const info: ExecutiveSummary["workspace"] = {
    slug: workspace.slug,
    name: workspace.name,
    currency: workspace.currency,
    timeZone: workspace.timeZone,
    interactionDenominator: InteractionDenominatorSchema.parse(workspace.interactionDenominator),
  };
  const range = await getDataRange(db, { workspaceId: workspace.id });
  const dataRange: Period | null = range.first && range.last ? { start: range.first, end: range.last } : null;
  // The last day that has ended and has data: a partial period runs to it, so
  // a sync that lags a few days does not count as a drop.
  const anchor = dataRange ? (dataRange.end < yesterday ? dataRange.end : yesterday) : null;
  if (!dataRange || !anchor || anchor < dataRange.start) return { status: "empty", workspace: info };

  const options = {
    month: periodOptions("month", dataRange, anchor, today),
    quarter: periodOptions("quarter", dataRange, anchor, today),
  };
  const choices = options[params.kind];
  const requested = params.at ? (choices.find((o) => o.key === params.at) ?? null) : null;
  const chosen = requested ?? choices.at(-1);
  if (!chosen) return { status: "empty", workspace: info };
  const covered: Period = { start: chosen.start, end: chosen.partial ? anchor : chosen.end };
  const period: ExecutivePeriod = { kind: params.kind, key: chosen.key, start: chosen.start, end: chosen.end, covered, partial: chosen.partial };
  const previousRange = previousPeriod(covered, params.kind, weekStart);
  const previous = { ...previousRange, key: bucketOf(previousRange.start, params.kind, weekStart).key };

  // The forecast is fitted on the complete weeks up to the period's last covered day.
  const lastWeek = weekOf(covered.end, weekStart);
  const historyEnd = lastWeek.end === covered.end ? lastWeek.end : addDays(lastWeek.start, -1);
  const history: Period = { start: addDays(historyEnd, -7 * FORECAST_HISTORY_WEEKS + 1), end: historyEnd };

  const [report, weekly, domains, benchmarks, goals] = await Promise.all([
    getKpiReport(db, workspace, { period: covered, filter: {}, granularity: params.kind, compare: true, now: params.now }),
    getKpiReport(db, workspace, {
      period: history,
      filter: {},
      granularity: "week",
      compare: false,
      metrics: [FORECAST_METRIC],
      forecast: FORECAST_METRIC,
      now: params.now,
    }),
    getDomainEconomics(db, workspace, { from: covered.start, to: covered.end }),
    getBenchmarkFigures(db, workspace),
    getGoalsOverlapping(db, { workspaceId: workspace.id, from: period.start, to: period.end }),
  ]);
  const tolerance = workspace.benchmarkTolerance;

  // Goals whose days so far differ from the period's (a quarter goal seen from one of its months) need their own figures.
  const goalFor = new Map(HEADLINE_METRICS.map((m) => [m, pickGoal(goals, m, null, period)] as const));
  const soFarOf = (g: Goal): Period => goalSoFar(g, covered.end);
  const sameAsCovered = (p: Period) => p.start === covered.start && p.end === covered.end;
  const goalReports = new Map<string, Promise<KpisResponse>>();
  for (const g of goalFor.values()) {
    if (!g) continue;
    const p = soFarOf(g);
    const key = `${p.start}/${p.end}`;
    if (sameAsCovered(p) || p.end < p.start || goalReports.has(key)) continue;
    const granularity = g.periodType === "month" || g.periodType === "quarter" ? g.periodType : "week";
    goalReports.set(key, getKpiReport(db, workspace, { period: p, filter: {}, granularity, compare: false, now: params.now }));
  }
  const goalFigures = new Map(await Promise.all([...goalReports].map(async ([k, r]) => [k, await r] as const)));

  const headline: HeadlineKpi[] = HEADLINE_METRICS.map((key) => {
    const metric = BOARD_METRICS[key];
    const change =
      metric.kind === "kpi" ? report.comparison?.kpis[metric.kpi] : report.comparison?.measures[metric.measure];
    const goal = goalFor.get(key) ?? null;
    let goalPace: GoalPace | null = null;
    if (goal) {
      const p = soFarOf(goal);
      const figures = sameAsCovered(p) ? report : goalFigures.get(`${p.start}/${p.end}`);
      goalPace = pace(key, figures ? headlineValue(key, figures) : null, goal, covered.end, tolerance, weekStart);
    }
    return {
      key,
      unit: key === "revenue" ? "money" : key === "roi" ? "roi" : "percent",
      direction: metric.direction,
      value: headlineValue(key, report),
      previous: change?.previous ?? null,
      change: change?.change ?? null,
      changeKind: change?.changeKind ?? (key === "revenue" || key === "roi" ? "percent" : "pp"),
      significance: change?.significance ?? null,
      benchmark: metric.kind === "kpi" ? benchmarkRef(report.benchmarks[metric.kpi]) : null,
      goal: goalPace,
    };
  });

  const domainFigures: DomainFigures[] = domains.domains.map((d) => {
    const ref = (c: (typeof d.benchmarks)["roi"]): BenchmarkRefStatus | null =>
      c ? { key: c.benchmark.key, value: c.benchmark.value, page: c.benchmark.page, note: null, status: c.status } : null;
    return {
      domain: d.domain,
      platforms: d.platforms,
      spendMinor: d.spendMinor,
      revenueMinor: d.revenueMinor,
      conversionRate: d.conversionRate,
      profitMargin: d.profitMargin,
      roi: d.roi,
      profitMarginBenchmark: ref(d.benchmarks.profitMargin),
      roiBenchmark: ref(d.benchmarks.roi),
    };
  });

  const roiFigure = selectBenchmark(benchmarks, "roi", null);
  const ranking = rankPlatforms(
    report.platforms.map((p) => ({
      platformKey: p.platformKey,
      domain: PLATFORMS[p.platformKey].domain,
      spendMinor: p.totals.spendMinor ?? null,
      revenueMinor: p.totals.revenueMinor ?? null,
      impressions: p.totals.impressions ?? null,
      roi: p.kpis.roi ?? null,
      ctr: p.kpis.ctr ?? null,
      ctrFigure: selectBenchmark(benchmarks, "ctr", p.platformKey),
    })),
    {
      totals: { spendMinor: report.totals.spendMinor ?? null, impressions: report.totals.impressions ?? null },
      roiFigure,
      tolerance,
    },
  );

  const ctrBenchmark = weekly.benchmarks[FORECAST_METRIC] ?? null;
  const forecast: WeeklyForecast | null = weekly.forecast
    ? {
        metric: FORECAST_METRIC,
        weeks: weekly.series.map((s) => ({ key: s.key, start: s.start, end: s.end, value: s.kpis[FORECAST_METRIC] ?? null })),
        points: weekly.forecast.points,
        basedOn: weekly.forecast.basedOn,
        benchmark: ctrBenchmark
          ? {
              key: ctrBenchmark.key,
              value: ctrBenchmark.value,
              page: ctrBenchmark.page,
              status: benchmarkStatus(weekly.forecast.points.at(-1)?.value ?? null, ctrBenchmark.value, ctrBenchmark.direction, tolerance),
            }
          : null,
      }
    : null;

  const summary: ExecutiveSummary = {
    workspace: info,
    dataRange,
    period,
    previous,
    requestedUnavailable: params.at && !requested ? params.at : null,
    options,
    headline,
    domains: domainFigures,
    platforms: {
      ...ranking,
      minShare: RANKING_MIN_SHARE,
      roiBenchmark: roiFigure ? { key: roiFigure.key, value: roiFigure.value, page: roiFigure.page } : null,
    },
    forecast,
  };
  return { status: "ready", summary };
}

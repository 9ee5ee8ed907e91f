// GET /api/v1/kpis: totals, KPIs, a bucketed series, a per-platform
// breakdown, the comparison with the previous period, the matching
// benchmarks and the definitions used — for any filter and period.
import type { Db } from "@/lib/db";
import { TOTAL_KEYS } from "@/lib/metrics/aggregate";
import { benchmarkStatus, selectBenchmark } from "@/lib/metrics/benchmarks";
import { bucketsInRange, periodLength, previousPeriod, type Bucket, type Granularity } from "@/lib/metrics/buckets";
import { compareKpi, compareMeasure, type PeriodFigures } from "@/lib/metrics/compare";
import { kpiDefinitions } from "@/lib/metrics/definitions";
import type { MetricFilter } from "@/lib/metrics/filter";
import { NO_FOLLOWERS, type FollowerSource } from "@/lib/metrics/follower-parts";
import { periodFigures } from "@/lib/metrics/period-figures";
import { forecastSeries } from "@/lib/metrics/forecast-series";
import { KPI_KEYS, type KpiKey } from "@/lib/metrics/kpis";
import { dayInZone, type Day, type Period } from "@/lib/metrics/periods";
import type { DailyPlatformSums } from "@/lib/queries/getDailyPlatformSums";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { minorPerMajor } from "@/lib/reference/currencies";
import type { KpisResponse } from "@/lib/schemas/api/kpis";
import { InteractionDenominator, PLATFORM_KEYS, PlatformKey, WeekStart } from "@/lib/schemas/enums";
import { getBenchmarkFigures } from "./analysis-support";
import { loadDailyFigures } from "./daily-figures";
import { mapInTurns } from "./turns";


export interface KpiReportParams {
  period: Period;
  filter: MetricFilter;
  granularity: Granularity;
  compare: boolean;
  interactionDenominator?: InteractionDenominator;
  metrics?: readonly KpiKey[];
  /** a KPI to forecast after the series */
  forecast?: KpiKey;
  /** also give each platform its own series (for per-platform trend lines) */
  platformSeries?: boolean;
  now: Date;
}

function pick<T>(record: Record<KpiKey, T>, keys: readonly KpiKey[]): Partial<Record<KpiKey, T>> {
  return Object.fromEntries(keys.map((k) => [k, record[k]])) as Partial<Record<KpiKey, T>>;
}

function inPeriod(day: Day, period: Period): boolean {
  return day >= period.start && day <= period.end;
}

export async function getKpiReport(db: Db, workspace: Workspace, params: KpiReportParams): Promise<KpisResponse> {
  const weekStart = WeekStart.parse(workspace.weekStart);
  const denominator = params.interactionDenominator ?? InteractionDenominator.parse(workspace.interactionDenominator);
  const today = dayInZone(params.now, workspace.timeZone);
  const keys = params.metrics?.length ? params.metrics : KPI_KEYS;
  const { period, filter } = params;
  const previous = params.compare ? previousPeriod(period, params.granularity, weekStart) : null;
  const from = previous && previous.start < period.start ? previous.start : period.start;

  const [{ daily, followers: followersByPlatform, allFollowers }, benchmarkFigures] = await Promise.all([
    loadDailyFigures(db, { workspaceId: workspace.id, from, to: period.end, filter }),
    getBenchmarkFigures(db, workspace),
  ]);
  const options = { interactionDenominator: denominator, minorPerMajor: minorPerMajor(workspace.currency) };
  const figuresFor = (p: Period, rows: readonly DailyPlatformSums[], followers: FollowerSource): PeriodFigures =>
    periodFigures(p, rows, followers, options);
  const current = figuresFor(period, daily, allFollowers);

  // Long series (three years by day, per platform) are computed in turns of
  // ITEMS_PER_TURN buckets, letting other requests run in between.
  const buckets = await mapInTurns(bucketsInRange(period, params.granularity, weekStart, today), (bucket) => ({
    bucket,
    figures: figuresFor(bucket.covered, daily, allFollowers),
  }));
  const seriesPoint = (bucket: Bucket) => ({
    key: bucket.key,
    start: bucket.start,
    end: bucket.end,
    covered: bucket.covered,
    partial: bucket.partial,
  });
  const series = buckets.map(({ bucket, figures }) => ({
    ...seriesPoint(bucket),
    totals: figures.sums.totals,
    kpis: pick(figures.kpis, keys),
  }));

  const platforms = [];
  for (const platformKey of PLATFORM_KEYS) {
    const rows = daily.filter((r) => r.platformKey === platformKey);
    if (!rows.some((r) => inPeriod(r.day, period))) continue;
    const followers = followersByPlatform.get(platformKey) ?? NO_FOLLOWERS;
    const figures = figuresFor(period, rows, followers);
    platforms.push({
      platformKey,
      accounts: followers.parts(period).accounts,
      totals: figures.sums.totals,
      kpis: pick(figures.kpis, keys),
      ...(params.platformSeries
        ? {
            series: await mapInTurns(buckets, ({ bucket }) => {
              const f = figuresFor(bucket.covered, rows, followers);
              return { ...seriesPoint(bucket), totals: f.sums.totals, kpis: pick(f.kpis, keys) };
            }),
          }
        : {}),
    });
  }

  const forecastOf = (metric: KpiKey | undefined) => {
    if (!metric) return null;
    const values = buckets.map(({ bucket, figures }) => ({ end: bucket.end, partial: bucket.partial, value: figures.kpis[metric] }));
    const f = forecastSeries(values, params.granularity, weekStart);
    return f ? { metric, ...f } : null;
  };

  const definitions = kpiDefinitions(denominator);
  let comparison: KpisResponse["comparison"] = null;
  if (previous) {
    const before = figuresFor(previous, daily, allFollowers);
    comparison = {
      period: { ...previous, days: periodLength(previous) },
      totals: before.sums.totals,
      kpis: Object.fromEntries(keys.map((k) => [k, compareKpi(definitions[k], current, before)])),
      measures: Object.fromEntries(TOTAL_KEYS.map((m) => [m, compareMeasure(m, current, before)])) as NonNullable<
        KpisResponse["comparison"]
      >["measures"],
    };
  }

  const singlePlatform = filter.platforms?.length === 1 ? PlatformKey.parse(filter.platforms[0]) : null;
  const benchmarks = Object.fromEntries(
    keys.map((k) => {
      const metric = k.startsWith("interactionRate") ? "interactionRate" : k;
      const b = selectBenchmark(benchmarkFigures, metric, singlePlatform);
      if (!b) return [k, null];
      return [
        k,
        {
          key: b.key,
          metric: b.metric,
          value: b.value,
          unit: b.unit,
          direction: b.direction,
          scope: b.scope,
          platformKey: b.platformKey === null ? null : PlatformKey.parse(b.platformKey),
          page: b.page,
          textZh: b.textZh,
          note: b.note,
          status: benchmarkStatus(current.kpis[k], b.value, b.direction, workspace.benchmarkTolerance),
        },
      ];
    }),
  );

  return {
    workspace: { slug: workspace.slug, currency: workspace.currency, timeZone: workspace.timeZone, weekStart },
    period: { ...period, days: periodLength(period) },
    filter: {
      platforms: filter.platforms?.length ? [...filter.platforms] : null,
      accounts: filter.accountIds?.length ? [...filter.accountIds] : null,
      industries: filter.industries?.length ? [...filter.industries] : null,
      domain: filter.domain ?? null,
    },
    granularity: params.granularity,
    interactionDenominator: denominator,
    totals: current.sums.totals,
    followers: {
      start: current.followers.followersStart,
      end: current.followers.followersEnd,
      netFollows: current.followers.netFollows,
    },
    kpis: pick(current.kpis, keys),
    series,
    platforms,
    comparison,
    benchmarks,
    definitions: pick(definitions, keys),
    forecast: forecastOf(params.forecast),
  };
}

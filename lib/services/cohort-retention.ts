// What /retention and GET /api/v1/cohorts need: per platform, the cohort
// triangle, the retention curve (ratio of sums) and the retention figure at
// one period index against the report's 28%.
import type { Db } from "@/lib/db";
import { selectBenchmark } from "@/lib/metrics/benchmarks";
import { dayInZone, type Day } from "@/lib/metrics/periods";
import { computeRetention, DEFAULT_RETENTION_PERIOD, retentionAt } from "@/lib/metrics/retention";
import { getCohortsWithActivity } from "@/lib/queries/getCohortsWithActivity";
import { PLATFORMS } from "@/lib/reference/platforms";
import type { CohortsResponse } from "@/lib/schemas/api/cohorts";
import { PLATFORM_KEYS, PlatformKey, type CohortPeriodUnit } from "@/lib/schemas/enums";
import { benchmarkCheck, getBenchmarkFigures, type WorkspaceRef } from "./analysis-support";

/** The report's only retention figure; the reference line for platforms without their own. */
export const REFERENCE_RETENTION_BENCHMARK = "virtual_platform_retention";

export interface CohortRetentionParams {
  platforms?: readonly PlatformKey[];
  from?: Day;
  to?: Day;
  unit: CohortPeriodUnit;
  /** period index of the retention figure; default DEFAULT_RETENTION_PERIOD[unit] */
  period?: number;
  now: Date;
}

export async function getCohortRetention(db: Db, workspace: WorkspaceRef, params: CohortRetentionParams): Promise<CohortsResponse> {
  const [cohorts, benchmarks] = await Promise.all([
    getCohortsWithActivity(db, {
      workspaceId: workspace.id,
      unit: params.unit,
      platforms: params.platforms,
      from: params.from,
      to: params.to,
    }),
    getBenchmarkFigures(db, workspace),
  ]);
  const asOf = dayInZone(params.now, workspace.timeZone);
  const period = params.period ?? DEFAULT_RETENTION_PERIOD[params.unit];
  const reference = benchmarks.find((b) => b.key === REFERENCE_RETENTION_BENCHMARK && b.direction !== "info") ?? null;

  const byPlatform = new Map<PlatformKey, typeof cohorts>();
  for (const c of cohorts) {
    const key = PlatformKey.parse(c.platformKey);
    byPlatform.set(key, [...(byPlatform.get(key) ?? []), c]);
  }

  const platforms = [...byPlatform.entries()]
    .sort(([a], [b]) => PLATFORM_KEYS.indexOf(a) - PLATFORM_KEYS.indexOf(b))
    .map(([platformKey, list]) => {
      const retention = computeRetention(list, { unit: params.unit, asOf });
      const point = retentionAt(retention.curve, period);
      const rate = point?.rate ?? null;
      const figure = selectBenchmark(benchmarks, "retention", platformKey) ?? reference;
      return {
        platformKey,
        domain: PLATFORMS[platformKey].domain,
        triangle: retention.triangle,
        curve: retention.curve,
        retention: {
          periodIndex: period,
          rate,
          cohorts: point?.cohorts ?? 0,
          benchmark: benchmarkCheck(rate, figure, workspace.benchmarkTolerance),
        },
      };
    });

  return {
    unit: params.unit,
    period,
    asOf,
    range: { from: params.from ?? null, to: params.to ?? null },
    platforms,
  };
}

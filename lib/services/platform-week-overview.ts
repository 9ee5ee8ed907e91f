// What the home page shows: each platform's totals and headline KPIs for the
// last complete week, against the previous week and the active benchmarks.
import type { Db } from "@/lib/db";
import { selectBenchmark, benchmarkStatus, type BenchmarkFigure, type BenchmarkStatus } from "@/lib/metrics/benchmarks";
import { changePp, changeRelative } from "@/lib/metrics/changes";
import { kpisFromPairs } from "@/lib/metrics/kpis";
import { partValue, INTERACTIONS, addPairSums, emptyPairSums } from "@/lib/metrics/ratios";
import { addDays, dayInZone, lastCompleteWeek, weekLabel, type Period } from "@/lib/metrics/periods";
import { getActiveBenchmarks } from "@/lib/queries/getActiveBenchmarks";
import { getPlatformMeasureSums, type PlatformMeasureSums } from "@/lib/queries/getPlatformMeasureSums";
import { getWorkspaceBySlug } from "@/lib/queries/getWorkspaceBySlug";
import { BenchmarkDirection, PLATFORM_KEYS, PlatformKey, WeekStart } from "@/lib/schemas/enums";

export const HEADLINE_KPIS = ["ctr", "interactionRate", "conversionRate", "roi"] as const;
export type HeadlineKpi = (typeof HEADLINE_KPIS)[number];

export interface KpiCell {
  value: number | null;
  previous: number | null;
  /** percentage points */
  changePp: number | null;
  benchmark: { key: string; value: number; page: number | null } | null;
  status: BenchmarkStatus | null;
}

export interface PlatformWeekRow {
  platformKey: PlatformKey;
  accounts: number;
  impressions: number | null;
  /** relative change of impressions vs the previous week (fraction) */
  impressionsChange: number | null;
  clicks: number | null;
  interactions: number | null;
  spendMinor: number | null;
  revenueMinor: number | null;
  kpis: Record<HeadlineKpi, KpiCell>;
}

export interface PlatformWeekOverview {
  workspace: { slug: string; name: string; currency: string; timeZone: string; weekStart: WeekStart };
  week: Period & { label: string };
  previousWeek: Period & { label: string };
  platforms: PlatformWeekRow[];
  total: Omit<PlatformWeekRow, "platformKey">;
}

function interactionsOf(sums: PlatformMeasureSums["totals"]): number | null {
  return partValue(sums, INTERACTIONS);
}

function buildRow(
  current: Pick<PlatformMeasureSums, "totals" | "pairs" | "accounts">,
  previous: Pick<PlatformMeasureSums, "totals" | "pairs"> | undefined,
  platformKey: PlatformKey | null,
  benchmarks: readonly BenchmarkFigure[],
  tolerance: number,
): Omit<PlatformWeekRow, "platformKey"> {
  // The home page reads interaction rate by impressions (the default setting).
  const headline = (pairs: PlatformMeasureSums["pairs"]) => {
    const k = kpisFromPairs(pairs);
    return { ...k, interactionRate: k.interactionRateByImpressions };
  };
  const now = headline(current.pairs);
  const before = previous ? headline(previous.pairs) : null;
  const cell = (kpi: HeadlineKpi): KpiCell => {
    const b = selectBenchmark(benchmarks, kpi, platformKey);
    const value = now[kpi];
    const prev = before?.[kpi] ?? null;
    return {
      value,
      previous: prev,
      changePp: kpi === "roi" ? null : changePp(value, prev),
      benchmark: b ? { key: b.key, value: b.value, page: b.page } : null,
      status: b ? benchmarkStatus(value, b.value, b.direction, tolerance) : null,
    };
  };
  return {
    accounts: current.accounts,
    impressions: current.totals.impressions,
    impressionsChange: changeRelative(current.totals.impressions, previous?.totals.impressions ?? null),
    clicks: current.totals.clicks,
    interactions: interactionsOf(current.totals),
    spendMinor: current.totals.spendMinor,
    revenueMinor: current.totals.revenueMinor,
    kpis: Object.fromEntries(HEADLINE_KPIS.map((k) => [k, cell(k)])) as Record<HeadlineKpi, KpiCell>,
  };
}

function sumTotals(rows: readonly PlatformMeasureSums[]): Pick<PlatformMeasureSums, "totals" | "pairs" | "accounts"> {
  const totals = {} as PlatformMeasureSums["totals"];
  for (const row of rows) {
    for (const [k, v] of Object.entries(row.totals) as [keyof typeof totals, number | null][]) {
      if (v !== null) totals[k] = (totals[k] ?? 0) + v;
      else totals[k] ??= null;
    }
  }
  return {
    totals,
    pairs: rows.reduce((acc, r) => addPairSums(acc, r.pairs), emptyPairSums()),
    accounts: rows.reduce((n, r) => n + r.accounts, 0),
  };
}

export async function getPlatformWeekOverview(
  db: Db,
  params: { workspaceSlug: string; now: Date },
): Promise<PlatformWeekOverview | null> {
  const workspace = await getWorkspaceBySlug(db, params.workspaceSlug);
  if (!workspace) return null;
  const weekStart = WeekStart.parse(workspace.weekStart);
  const week = lastCompleteWeek(dayInZone(params.now, workspace.timeZone), weekStart);
  const previousWeek = { start: addDays(week.start, -7), end: addDays(week.end, -7) };

  const [current, previous, benchmarkRows] = await Promise.all([
    getPlatformMeasureSums(db, { workspaceId: workspace.id, from: week.start, to: week.end }),
    getPlatformMeasureSums(db, { workspaceId: workspace.id, from: previousWeek.start, to: previousWeek.end }),
    getActiveBenchmarks(db, { activeBenchmarkSetId: workspace.activeBenchmarkSetId }),
  ]);
  const benchmarks: BenchmarkFigure[] = benchmarkRows.map((b) => ({
    ...b,
    direction: BenchmarkDirection.parse(b.direction),
  }));
  const previousByPlatform = new Map(previous.map((p) => [p.platformKey, p]));
  const tolerance = workspace.benchmarkTolerance;

  const platforms = current
    .map((p) => {
      const key = PlatformKey.parse(p.platformKey);
      return { platformKey: key, ...buildRow(p, previousByPlatform.get(key), key, benchmarks, tolerance) };
    })
    .sort((a, b) => PLATFORM_KEYS.indexOf(a.platformKey) - PLATFORM_KEYS.indexOf(b.platformKey));

  return {
    workspace: {
      slug: workspace.slug,
      name: workspace.name,
      currency: workspace.currency,
      timeZone: workspace.timeZone,
      weekStart,
    },
    week: { ...week, label: weekLabel(week.start, weekStart) },
    previousWeek: { ...previousWeek, label: weekLabel(previousWeek.start, weekStart) },
    platforms,
    total: buildRow(sumTotals(current), previous.length ? sumTotals(previous) : undefined, null, benchmarks, tolerance),
  };
}

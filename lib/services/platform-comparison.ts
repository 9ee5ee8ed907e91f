// What /platforms shows: one KPI compared across platforms over a period —
// per-platform totals and KPIs sorted best-first, per-platform trend series,
// the benchmarks that apply (general and platform-specific) with each
// platform's status, and the definitions in use. Numbers only: the page formats.
import type { Db } from "@/lib/db";
import { benchmarkStatus, selectBenchmark, type BenchmarkFigure, type BenchmarkStatus } from "@/lib/metrics/benchmarks";
import { kpiDefinitions } from "@/lib/metrics/definitions";
import type { KpiKey } from "@/lib/metrics/kpis";
import { dayInZone, type Day, type Period } from "@/lib/metrics/periods";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import type { KpisResponse } from "@/lib/schemas/api/kpis";
import { InteractionDenominator, PLATFORM_KEYS, WeekStart, type PlatformKey } from "@/lib/schemas/enums";
import {
  FIXED_KPIS,
  PLATFORM_PAGE_KPIS,
  type FixedKpi,
  resolvePlatformPageParams,
  type PlatformPageKpi,
  type PlatformPageQuery,
  type PlatformPageState,
} from "@/lib/schemas/platform-page-params";
import { getBenchmarkFigures } from "./analysis-support";
import { getKpiReport } from "./kpi-report";

/** A KPI's definition as the KPI report gives it (formula and denominator in both languages). */
export type KpiDefinition = NonNullable<KpisResponse["definitions"][KpiKey]>;

export interface BenchmarkRef {
  key: string;
  value: number;
  direction: "higher" | "lower";
  /** null = applies to every platform */
  platformKey: PlatformKey | null;
  /** page of the report it comes from */
  page: number | null;
  textZh: string;
  note: string | null;
}

export interface ComparisonFigures {
  impressions: number | null;
  clicks: number | null;
  /** minor units of the workspace currency */
  spendMinor: number | null;
  revenueMinor: number | null;
  /** the chosen KPI */
  value: number | null;
  kpis: Record<FixedKpi, number | null>;
  /** the benchmark the chosen KPI is compared with here (platform-specific when one exists), and the status against it */
  benchmark: BenchmarkRef | null;
  status: BenchmarkStatus | null;
}

export interface PlatformComparisonRow extends ComparisonFigures {
  platformKey: PlatformKey;
  accounts: number;
}

export interface TrendBucket {
  /** 2026-W47 | 2026-11-16 | 2026-11 */
  key: string;
  start: Day;
  end: Day;
  covered: Period;
  partial: boolean;
}

export interface TrendLine {
  platformKey: PlatformKey;
  /** the chosen KPI per bucket, aligned with `buckets` */
  values: (number | null)[];
}

export interface PlatformComparison {
  workspace: {
    slug: string;
    name: string;
    currency: string;
    timeZone: string;
    weekStart: WeekStart;
    interactionDenominator: InteractionDenominator;
  };
  /** the state the page shows: the URL's choices with defaults filled in */
  state: PlatformPageState;
  /** today in the workspace's time zone (the current, incomplete day) */
  today: Day;
  /** which way is better for every KPI the page offers, for the picker */
  directions: Record<PlatformPageKpi, "higher" | "lower">;
  period: Period & { days: number };
  kpi: { key: PlatformPageKpi; definition: KpiDefinition };
  /** definitions of the chosen KPI and the fixed ones, for captions, tooltips and the legend */
  definitions: Partial<Record<KpiKey, KpiDefinition>>;
  benchmarks: {
    /** the general line for the chosen KPI: selectBenchmark(…, kpi, null) */
    general: BenchmarkRef | null;
    /** the general lines of the scatter's axes */
    ctr: BenchmarkRef | null;
    interactionRate: BenchmarkRef | null;
    /** figures that apply to one platform shown on the page (e.g. Douyin dwell 8 s) */
    platformSpecific: BenchmarkRef[];
  };
  /** all platforms (or the filtered ones) together */
  total: ComparisonFigures;
  /** one row per platform with data in the period, best first for the chosen KPI (no value last) */
  rows: PlatformComparisonRow[];
  trend: { buckets: TrendBucket[]; lines: TrendLine[] };
}

/** Benchmark metric names are KPI keys, except that every interaction-rate variant shares one figure. */
function benchmarkMetric(kpi: KpiKey): string {
  return kpi.startsWith("interactionRate") ? "interactionRate" : kpi;
}

function toRef(b: BenchmarkFigure | null): BenchmarkRef | null {
  if (!b || b.direction === "info") return null;
  return {
    key: b.key,
    value: b.value,
    direction: b.direction,
    platformKey: b.platformKey === null ? null : (b.platformKey as PlatformKey),
    page: b.page,
    textZh: b.textZh,
    note: b.note,
  };
}

/**
 * Best first for a KPI's direction; rows without a value go last, ties in
 * catalogue order so the order is stable.
 */
export function compareBest(direction: "higher" | "lower") {
  return (a: { value: number | null; platformKey: PlatformKey }, b: { value: number | null; platformKey: PlatformKey }): number => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) {
      return direction === "higher" ? b.value - a.value : a.value - b.value;
    }
    return PLATFORM_KEYS.indexOf(a.platformKey) - PLATFORM_KEYS.indexOf(b.platformKey);
  };
}

export async function getPlatformComparison(
  db: Db,
  workspace: Workspace,
  params: { query: PlatformPageQuery; now: Date },
): Promise<PlatformComparison> {
  const weekStart = WeekStart.parse(workspace.weekStart);
  const workspaceDenominator = InteractionDenominator.parse(workspace.interactionDenominator);
  const today = dayInZone(params.now, workspace.timeZone);
  const state = resolvePlatformPageParams(params.query, {
    today,
    weekStart,
    workspaceDenominator,
  });
  const metrics = [...new Set<KpiKey>([state.kpi, ...FIXED_KPIS])];

  const [report, figures] = await Promise.all([
    getKpiReport(db, workspace, {
      period: { start: state.from, end: state.to },
      filter: { platforms: state.platforms ?? undefined },
      granularity: state.granularity,
      compare: false,
      interactionDenominator: state.denominator,
      metrics,
      platformSeries: true,
      now: params.now,
    }),
    getBenchmarkFigures(db, workspace),
  ]);

  const benchmarkFor = (kpi: KpiKey, platformKey: PlatformKey | null) => toRef(selectBenchmark(figures, benchmarkMetric(kpi), platformKey));
  const definition = report.definitions[state.kpi];
  if (!definition) throw new Error(`the KPI report has no definition of ${state.kpi}`);
  const tolerance = workspace.benchmarkTolerance;

  const figuresOf = (
    source: { totals: KpisResponse["totals"]; kpis: KpisResponse["kpis"] },
    platformKey: PlatformKey | null,
  ): ComparisonFigures => {
    const value = source.kpis[state.kpi] ?? null;
    const benchmark = benchmarkFor(state.kpi, platformKey);
    return {
      impressions: source.totals.impressions ?? null,
      clicks: source.totals.clicks ?? null,
      spendMinor: source.totals.spendMinor ?? null,
      revenueMinor: source.totals.revenueMinor ?? null,
      value,
      kpis: Object.fromEntries(FIXED_KPIS.map((k) => [k, source.kpis[k] ?? null])) as Record<FixedKpi, number | null>,
      benchmark,
      status: benchmark ? benchmarkStatus(value, benchmark.value, benchmark.direction, tolerance) : null,
    };
  };

  const rows: PlatformComparisonRow[] = report.platforms
    .map((p) => ({ platformKey: p.platformKey, accounts: p.accounts, ...figuresOf(p, p.platformKey) }))
    .sort(compareBest(definition.direction));

  const buckets: TrendBucket[] = report.series.map((p) => ({ key: p.key, start: p.start, end: p.end, covered: p.covered, partial: p.partial }));
  const lines: TrendLine[] = rows.map((row) => {
    const series = report.platforms.find((p) => p.platformKey === row.platformKey)?.series ?? [];
    const byKey = new Map(series.map((point) => [point.key, point.kpis[state.kpi] ?? null]));
    return { platformKey: row.platformKey, values: buckets.map((b) => byKey.get(b.key) ?? null) };
  });

  const general = benchmarkFor(state.kpi, null);
  const allDefinitions = kpiDefinitions(state.denominator);
  const platformSpecific = rows
    .map((r) => r.benchmark)
    .filter((b): b is BenchmarkRef => b !== null && b.platformKey !== null);

  return {
    workspace: {
      slug: workspace.slug,
      name: workspace.name,
      currency: workspace.currency,
      timeZone: workspace.timeZone,
      weekStart,
      interactionDenominator: workspaceDenominator,
    },
    state,
    today,
    directions: Object.fromEntries(PLATFORM_PAGE_KPIS.map((k) => [k, allDefinitions[k].direction])) as Record<PlatformPageKpi, "higher" | "lower">,
    period: report.period,
    kpi: { key: state.kpi, definition },
    definitions: report.definitions,
    benchmarks: {
      general,
      ctr: benchmarkFor("ctr", null),
      interactionRate: benchmarkFor("interactionRate", null),
      platformSpecific,
    },
    total: figuresOf(report, null),
    rows,
    trend: { buckets, lines },
  };
}

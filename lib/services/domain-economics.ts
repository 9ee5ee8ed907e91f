// Public vs private domain economics (公域 vs 私域, METRICS.md §5): conversion
// rate, profit margin and ROI per domain from the daily rows, against the
// report's 12% delivery-channel (public) and 28% private-domain margins and
// the 1:18 multi-platform ROI.
import type { Db } from "@/lib/db";
import { addSums, emptySums, type MeasureSums } from "@/lib/metrics/aggregate";
import { selectBenchmark, type BenchmarkFigure } from "@/lib/metrics/benchmarks";
import { kpisFromPairs } from "@/lib/metrics/kpis";
import type { Day } from "@/lib/metrics/periods";
import { getDomainMeasureSums } from "@/lib/queries/getDomainMeasureSums";
import type { DomainsResponse } from "@/lib/schemas/api/domains";
import { Domain, PLATFORM_KEYS, PlatformKey } from "@/lib/schemas/enums";
import { minorPerMajor } from "@/lib/reference/currencies";
import { benchmarkCheck, getBenchmarkFigures, type WorkspaceRef } from "./analysis-support";

/** The report's profit-margin figure for each side (page 13). */
export const DOMAIN_MARGIN_BENCHMARK: Record<Domain, string> = {
  public: "delivery_channel_profit_margin",
  private: "private_domain_profit_margin",
};
export const DOMAIN_ROI_BENCHMARK = "multi_platform_linkage_roi";

function economics(sums: MeasureSums, currency: string) {
  const k = kpisFromPairs(sums.pairs, minorPerMajor(currency));
  return { conversionRate: k.conversionRate, profitMargin: k.profitMargin, roi: k.roi };
}

function figure(benchmarks: readonly BenchmarkFigure[], key: string): BenchmarkFigure | null {
  return benchmarks.find((b) => b.key === key && b.direction !== "info") ?? null;
}

export async function getDomainEconomics(db: Db, workspace: WorkspaceRef, params: { from: Day; to: Day }): Promise<DomainsResponse> {
  const [rows, benchmarks] = await Promise.all([
    getDomainMeasureSums(db, { workspaceId: workspace.id, from: params.from, to: params.to }),
    getBenchmarkFigures(db, workspace),
  ]);
  const tolerance = workspace.benchmarkTolerance;
  const roiFigure = figure(benchmarks, DOMAIN_ROI_BENCHMARK) ?? selectBenchmark(benchmarks, "roi", null);
  const platforms = rows
    .map((r) => ({ ...r, platformKey: PlatformKey.parse(r.platformKey), domain: Domain.parse(r.domain) }))
    .sort((a, b) => PLATFORM_KEYS.indexOf(a.platformKey) - PLATFORM_KEYS.indexOf(b.platformKey));

  const domains = Domain.options.map((domain) => {
    const mine = platforms.filter((p) => p.domain === domain);
    const sums = mine.reduce((acc, p) => addSums(acc, p), emptySums());
    const e = economics(sums, workspace.currency);
    return {
      domain,
      platforms: mine.map((p) => p.platformKey),
      accounts: mine.reduce((n, p) => n + p.accounts, 0),
      spendMinor: sums.totals.spendMinor,
      revenueMinor: sums.totals.revenueMinor,
      costMinor: sums.totals.costMinor,
      clicks: sums.totals.clicks,
      conversions: sums.totals.conversions,
      ...e,
      benchmarks: {
        profitMargin: benchmarkCheck(e.profitMargin, figure(benchmarks, DOMAIN_MARGIN_BENCHMARK[domain]), tolerance),
        roi: benchmarkCheck(e.roi, roiFigure, tolerance),
      },
    };
  });

  return {
    range: { from: params.from, to: params.to },
    currency: workspace.currency,
    domains,
    platforms: platforms.map((p) => ({ platformKey: p.platformKey, domain: p.domain, accounts: p.accounts, ...economics(p, workspace.currency) })),
  };
}

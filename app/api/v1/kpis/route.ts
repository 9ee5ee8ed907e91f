import { now } from "@/lib/clock";
import { csvResponse } from "@/lib/api/csv";
import { checkKpisResponse, kpisJson } from "@/lib/api/kpis-response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { TOTAL_KEYS } from "@/lib/metrics/aggregate";
import { KpisQuery } from "@/lib/schemas/api/kpis";
import { getKpiReport } from "@/lib/services/kpi-report";

export const dynamic = "force-dynamic";

export const GET = apiRoute("dashboard.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(KpisQuery, queryObject(query, ["platform", "account", "industry", "metric"]));
  const report = await checkKpisResponse(
    await getKpiReport(db, workspace, {
      period: { start: q.from, end: q.to },
      filter: { platforms: q.platform, accountIds: q.account, industries: q.industry, domain: q.domain },
      granularity: q.granularity,
      compare: q.compare === "previous",
      interactionDenominator: q.interactionDenominator,
      metrics: q.metric,
      forecast: q.forecast,
      platformSeries: q.breakdown === "platform",
      now: now(),
    }),
  );
  if (q.format === "csv") {
    const kpiKeys = Object.keys(report.kpis) as (keyof typeof report.kpis)[];
    const header = ["period", "start", "end", "partial", ...TOTAL_KEYS, ...kpiKeys];
    const line = (p: (typeof report.series)[number]) => [
      p.key, p.covered.start, p.covered.end, p.partial, ...TOTAL_KEYS.map((m) => p.totals[m]), ...kpiKeys.map((k) => p.kpis[k]),
    ];
    const file = `kpis-${q.from}-${q.to}-${q.granularity}.csv`;
    if (q.breakdown === "platform") {
      return csvResponse(file, ["platform", ...header], report.platforms.flatMap((pl) => (pl.series ?? []).map((p) => [pl.platformKey, ...line(p)])));
    }
    return csvResponse(file, header, report.series.map(line));
  }
  return kpisJson(report);
});

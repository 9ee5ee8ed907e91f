// GET /api/v1/domains — public vs private domain conversion, profit margin and
// ROI over [from, to], against the report's 12% / 28% margins and 1:18 ROI.
import { csvResponse } from "@/lib/api/csv";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { DomainsQuery, DomainsResponse } from "@/lib/schemas/api/domains";
import { getDomainEconomics } from "@/lib/services/domain-economics";

export const dynamic = "force-dynamic";

export const GET = apiRoute("analysis.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(DomainsQuery, queryObject(query));
  const report = await getDomainEconomics(db, workspace, { from: q.from, to: q.to });
  if (q.format === "csv") {
    return csvResponse(
      `domains-${q.from}-${q.to}.csv`,
      [
        "domain", "platforms", "accounts", "spend_minor", "revenue_minor", "cost_minor", "clicks", "conversions",
        "conversion_rate", "profit_margin", "roi", "profit_margin_benchmark", "profit_margin_status", "roi_benchmark", "roi_status",
      ],
      report.domains.map((d) => [
        d.domain, d.platforms.join(" "), d.accounts, d.spendMinor, d.revenueMinor, d.costMinor, d.clicks, d.conversions,
        d.conversionRate, d.profitMargin, d.roi, d.benchmarks.profitMargin?.benchmark.value, d.benchmarks.profitMargin?.status,
        d.benchmarks.roi?.benchmark.value, d.benchmarks.roi?.status,
      ]),
    );
  }
  return json(DomainsResponse.parse(report));
});

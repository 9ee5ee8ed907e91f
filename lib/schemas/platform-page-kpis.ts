// The KPIs and granularities of the /platforms page. Apart from its URL parser
// (platform-page-params.ts, which needs zod) so that the page's table, which
// runs in the browser, does not ship zod.
import type { KpiKey } from "@/lib/metrics/kpis";

/** The KPIs the page can compare, in the order its picker lists them. */
export const PLATFORM_PAGE_KPIS = [
  "ctr",
  "interactionRate",
  "conversionRate",
  "roi",
  "netRoi",
  "cpm",
  "cpc",
  "cpa",
  "followerGrowthRate",
  "avgDwell",
  "profitMargin",
] as const satisfies readonly KpiKey[];
export type PlatformPageKpi = (typeof PLATFORM_PAGE_KPIS)[number];

/** The KPIs every row carries besides the chosen one (the table's fixed columns, the scatter's axes). */
export const FIXED_KPIS = ["ctr", "interactionRate", "conversionRate", "roi"] as const satisfies readonly PlatformPageKpi[];
export type FixedKpi = (typeof FIXED_KPIS)[number];

export const PLATFORM_PAGE_GRANULARITIES = ["day", "week", "month"] as const;
export type PlatformPageGranularity = (typeof PLATFORM_PAGE_GRANULARITIES)[number];

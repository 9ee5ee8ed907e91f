// GET /api/v1/export/template — the canonical CSV template: the header and
// one example row (UTF-8 with BOM, money in major units, empty = unknown).
import { csvResponse } from "@/lib/api/csv";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { CANONICAL_HEADER } from "@/lib/ingest/canonical";
import { TemplateQuery } from "@/lib/schemas/api/imports";

export const dynamic = "force-dynamic";

/** One plausible Douyin day; `saves` and `cost` left empty to show "unknown". */
const EXAMPLE: Record<string, string> = {
  date: "2026-11-16",
  platform: "douyin",
  account: "brand_douyin",
  impressions: "120000",
  reach: "86000",
  views: "95000",
  clicks: "4200",
  likes: "3100",
  comments: "240",
  shares: "180",
  saves: "",
  follows: "320",
  unfollows: "45",
  followers: "152300",
  profile_visits: "2900",
  watch_seconds: "760000",
  spend: "1200.50",
  revenue: "24800.00",
  conversions: "85",
  cost: "",
};

export const GET = apiRoute(async (_request, { query }) => {
  parseInput(TemplateQuery, queryObject(query));
  return csvResponse("kpi-template.csv", CANONICAL_HEADER, [CANONICAL_HEADER.map((c) => EXAMPLE[c] ?? "")]);
});

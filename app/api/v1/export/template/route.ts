// GET /api/v1/export/template — the canonical CSV template: the header and
// one example row (UTF-8 with BOM, money in major units with the workspace
// currency's decimals, so the example imports as it is; empty = unknown).
import { csvResponse } from "@/lib/api/csv";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { CANONICAL_HEADER } from "@/lib/ingest/canonical";
import { minorToDecimal } from "@/lib/ingest/decimal";
import { currencyDigits } from "@/lib/reference/currencies";
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

  conversions: "85",
  cost: "",
};

/** Example amounts in hundredths of the major unit (1200.50 and 24800.00), written with the currency's decimals. */
const MONEY_EXAMPLE: Record<string, bigint> = { spend: 120050n, revenue: 2480000n };

export const GET = apiRoute("imports.read", async (_request, { query, workspace }) => {
  parseInput(TemplateQuery, queryObject(query));
  const digits = currencyDigits(workspace.currency);
  const money = (hundredths: bigint) => minorToDecimal((hundredths * 10n ** BigInt(digits)) / 100n, digits);
  const cell = (c: string) => (c in MONEY_EXAMPLE ? money(MONEY_EXAMPLE[c] as bigint) : (EXAMPLE[c] ?? ""));
  return csvResponse("kpi-template.csv", CANONICAL_HEADER, [CANONICAL_HEADER.map(cell)]);
});

// The weekly board's URL state as a query string. Apart from the parser
// (board-page-params.ts, which needs zod) so that the board's controls, which
// run in the browser, do not ship zod.
import type { BoardMetricKey } from "@/lib/metrics/board-metrics";
import type { Domain, Industry, PlatformKey } from "@/lib/schemas/enums";

export interface BoardParams {
  week: string | null;
  platforms: PlatformKey[];
  industries: Industry[];
  domain: Domain | null;
  trend: BoardMetricKey;
}

/** The query string for a board state, leaving defaults out so URLs stay short. */
export function boardQuery(params: BoardParams, change: Partial<BoardParams> = {}): string {
  const p = { ...params, ...change };
  const q = new URLSearchParams();
  if (p.week) q.set("week", p.week);
  if (p.platforms.length) q.set("platform", p.platforms.join(","));
  if (p.industries.length) q.set("industry", p.industries.join(","));
  if (p.domain) q.set("domain", p.domain);
  if (p.trend !== "ctr") q.set("trend", p.trend);
  const s = q.toString();
  return s ? `?${s}` : "";
}

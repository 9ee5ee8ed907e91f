// Each post's own KPIs as SQL over ContentItem `c`, defined as
// lib/metrics/content-test.ts defines them for one post: a ratio of the post's
// own parts, NULL when a part is unknown or the denominator is zero. Stored
// on the row (ctr, interactionRate, avgDwell) by updateContentItemKpis after
// every write of its measures, and read from there by the rankings.
import { INTERACTIONS } from "@/lib/metrics/ratios";
import { partSql } from "./measure-sums";

// DOUBLE PRECISION: a 64-bit float on both databases (SQLite reads any type
// name with DOUB as REAL; PostgreSQL's REAL would be a 32-bit float).
const ratio = (num: string, den: string) => `CASE WHEN (${num}) IS NOT NULL AND (${den}) IS NOT NULL AND (${den}) <> 0 THEN CAST((${num}) AS DOUBLE PRECISION) / (${den}) END`;

/** Stored KPI column → its definition over the post's measures. */
export const CONTENT_KPI_SQL = {
  ctr: ratio(`c."clicks"`, `c."impressions"`),
  interactionRate: ratio(partSql("c", INTERACTIONS), `c."impressions"`),
  avgDwell: ratio(`c."watchSeconds"`, `c."views"`),
} as const;

export type ContentKpiColumn = keyof typeof CONTENT_KPI_SQL;

/** `"ctr" = …, "interactionRate" = …, "avgDwell" = …` for an UPDATE of "ContentItem" aliased c. */
export const CONTENT_KPI_ASSIGNMENTS = Object.entries(CONTENT_KPI_SQL)
  .map(([column, sql]) => `"${column}" = ${sql}`)
  .join(",\n  ");

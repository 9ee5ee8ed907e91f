// Tables other than DailyMetric (ContentItem, SegmentDailyMetric) store a
// subset of the base measures under the same column names. Selecting them
// through a subquery that fills the missing ones with NULL lets those tables
// reuse measureSumsSelect, so the "both parts known" rule stays in one place.
// The NULLs are typed (CAST) so that PostgreSQL can SUM them too.
import { Prisma } from "@/lib/generated/prisma/client";
import { MEASURES, type Measure } from "@/lib/metrics/measures";

export function measureColumns(alias: string, available: readonly Measure[]): Prisma.Sql {
  const has = new Set<Measure>(available);
  return Prisma.raw(
    MEASURES.map((m) => (has.has(m) ? `${alias}."${m}" AS "${m}"` : `CAST(NULL AS BIGINT) AS "${m}"`)).join(",\n    "),
  );
}

export const CONTENT_ITEM_MEASURES = [
  "impressions", "reach", "views", "clicks", "likes", "comments", "shares", "saves", "follows", "watchSeconds",
] as const satisfies readonly Measure[];

export const SEGMENT_MEASURES = [
  "impressions", "views", "clicks", "likes", "comments", "shares", "saves", "conversions", "spendMinor", "revenueMinor",
] as const satisfies readonly Measure[];

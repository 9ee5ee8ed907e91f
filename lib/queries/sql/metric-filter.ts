// The WHERE conditions of a MetricFilter, built in one place for every query:
// over DailyMetric `m` joined with Account `a`, or over DailyRollup `r`
// (which carries platform and industry, but not accounts).
import { Prisma } from "@/lib/generated/prisma/client";
import { filterPlatforms, type MetricFilter } from "@/lib/metrics/filter";

function groupConditions(filter: MetricFilter, alias: string): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  const platforms = filterPlatforms(filter);
  // An empty list (e.g. private domain ∩ public platforms) matches nothing.
  if (platforms) conditions.push(platforms.length ? Prisma.sql`${Prisma.raw(alias)}."platformKey" IN (${Prisma.join(platforms)})` : Prisma.sql`0 = 1`);
  if (filter.industries?.length) conditions.push(Prisma.sql`${Prisma.raw(alias)}."industry" IN (${Prisma.join(filter.industries)})`);
  return conditions;
}

export function metricFilterSql(filter: MetricFilter): Prisma.Sql {
  const conditions = groupConditions(filter, "a");
  if (filter.accountIds?.length) conditions.push(Prisma.sql`m."accountId" IN (${Prisma.join(filter.accountIds)})`);
  return conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** The same over rollup rows `r` or accounts `a` alone; a filter that names accounts cannot be read from rollups. */
export function groupFilterSql(filter: MetricFilter, alias: "r" | "a"): Prisma.Sql {
  if (filter.accountIds?.length) throw new Error("a filter on accounts needs the daily rows, not the rollups");
  const conditions = groupConditions(filter, alias);
  return conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

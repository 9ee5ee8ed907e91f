// The WHERE conditions of a MetricFilter for queries over DailyMetric `m`
// joined with Account `a`, built in one place for every query.
import { Prisma } from "@/lib/generated/prisma/client";
import { filterPlatforms, type MetricFilter } from "@/lib/metrics/filter";

export function metricFilterSql(filter: MetricFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  const platforms = filterPlatforms(filter);
  // An empty list (e.g. private domain ∩ public platforms) matches nothing.
  if (platforms) conditions.push(platforms.length ? Prisma.sql`a."platformKey" IN (${Prisma.join(platforms)})` : Prisma.sql`0 = 1`);
  if (filter.accountIds?.length) conditions.push(Prisma.sql`m."accountId" IN (${Prisma.join(filter.accountIds)})`);
  if (filter.industries?.length) conditions.push(Prisma.sql`a."industry" IN (${Prisma.join(filter.industries)})`);
  return conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MetricFilter } from "@/lib/metrics/filter";
import type { Period } from "@/lib/metrics/periods";
import { metricFilterSql } from "./sql/metric-filter";

/**
 * Per platform, the accounts (of the filter) that have daily rows in `recent`
 * but none in `current`: each account costs two probes of the (accountId, day)
 * index, whatever its number of rows.
 */
export async function getStaleAccountCounts(
  db: Db,
  params: { workspaceId: number; recent: Period; current: Period; filter: MetricFilter },
): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ platformKey: string; stale: number | bigint }[]>(Prisma.sql`
SELECT a."platformKey" AS "platformKey", COUNT(*) AS "stale"
FROM "Account" a
WHERE a."workspaceId" = ${params.workspaceId}
  AND a."lastDay" >= ${params.recent.start}
  AND EXISTS (SELECT 1 FROM "DailyMetric" m WHERE m."accountId" = a."id" AND m."day" BETWEEN ${params.recent.start} AND ${params.recent.end})
  AND NOT EXISTS (SELECT 1 FROM "DailyMetric" m WHERE m."accountId" = a."id" AND m."day" BETWEEN ${params.current.start} AND ${params.current.end})
  ${accountFilterSql(params.filter)}
GROUP BY a."platformKey"`);
  return new Map(rows.map((r) => [r.platformKey, Number(r.stale)]));
}

/** metricFilterSql speaks of m."accountId"; here the account is a. */
function accountFilterSql(filter: MetricFilter): Prisma.Sql {
  const { accountIds, ...rest } = filter;
  const ids = accountIds?.length ? Prisma.sql`AND a."id" IN (${Prisma.join(accountIds)})` : Prisma.empty;
  return Prisma.sql`${metricFilterSql(rest)} ${ids}`;
}

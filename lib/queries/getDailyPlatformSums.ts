import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MeasureSums } from "@/lib/metrics/aggregate";
import type { MetricFilter } from "@/lib/metrics/filter";
import type { Day } from "@/lib/metrics/periods";
import { measureSumsSelect, readMeasureSums } from "./sql/measure-sums";
import { metricFilterSql } from "./sql/metric-filter";

export interface DailyPlatformSums extends MeasureSums {
  day: Day;
  platformKey: string;
  /** accounts with a row that day */
  accounts: number;
}

/** Measure sums and ratio parts per day and platform over [from, to], filtered. */
export async function getDailyPlatformSums(
  db: Db,
  params: { workspaceId: number; from: Day; to: Day; filter: MetricFilter },
): Promise<DailyPlatformSums[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
SELECT
  m."day" AS "day",
  a."platformKey" AS "platformKey",
  COUNT(*) AS "accounts",
  ${measureSumsSelect("m")}
FROM "DailyMetric" m
JOIN "Account" a ON a."id" = m."accountId"
WHERE m."workspaceId" = ${params.workspaceId}
  AND m."day" BETWEEN ${params.from} AND ${params.to}
  ${metricFilterSql(params.filter)}
GROUP BY m."day", a."platformKey"
ORDER BY m."day", a."platformKey"`);
  return rows.map((row) => ({
    day: String(row.day),
    platformKey: String(row.platformKey),
    accounts: Number(row.accounts),
    ...readMeasureSums(row),
  }));
}

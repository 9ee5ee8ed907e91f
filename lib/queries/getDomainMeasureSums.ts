import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MeasureSums } from "@/lib/metrics/aggregate";
import type { Day } from "@/lib/metrics/periods";
import { measureSumsSelect, readMeasureSums } from "./sql/measure-sums";

export interface DomainPlatformMeasureSums extends MeasureSums {
  /** public | private, from the platform catalogue */
  domain: string;
  platformKey: string;
  accounts: number;
}

/**
 * Sums and paired ratio parts of DailyMetric over [from, to] per domain and
 * platform. Grouping by platform inside the domain costs nothing and lets the
 * view show which platforms make up each side; domain figures add these sums.
 */
export async function getDomainMeasureSums(
  db: Db,
  params: { workspaceId: number; from: Day; to: Day },
): Promise<DomainPlatformMeasureSums[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
SELECT
  p."domain" AS "domain",
  a."platformKey" AS "platformKey",
  COUNT(DISTINCT m."accountId") AS "accounts",
  ${measureSumsSelect("m")}
FROM "DailyMetric" m
JOIN "Account" a ON a."id" = m."accountId"
JOIN "Platform" p ON p."key" = a."platformKey"
WHERE m."workspaceId" = ${params.workspaceId}
  AND m."day" BETWEEN ${params.from} AND ${params.to}
GROUP BY p."domain", a."platformKey"
ORDER BY p."domain", a."platformKey"`);
  return rows.map((row) => ({
    domain: String(row.domain),
    platformKey: String(row.platformKey),
    accounts: Number(row.accounts),
    ...readMeasureSums(row),
  }));
}

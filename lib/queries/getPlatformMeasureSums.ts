import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/metrics/periods";
import type { MeasureSums } from "@/lib/metrics/aggregate";
import { measureSumsSelect, readMeasureSums } from "./sql/measure-sums";

export interface PlatformMeasureSums extends MeasureSums {
  platformKey: string;
  /** accounts with at least one row in the period */
  accounts: number;
  /** days with at least one row in the period */
  days: number;
}

/** Sums of the base measures and ratio parts per platform over [from, to]. */
export async function getPlatformMeasureSums(
  db: Db,
  params: { workspaceId: number; from: Day; to: Day },
): Promise<PlatformMeasureSums[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
SELECT
  a."platformKey" AS "platformKey",
  COUNT(DISTINCT m."accountId") AS "accounts",
  COUNT(DISTINCT m."day") AS "days",
  ${measureSumsSelect("m")}
FROM "DailyMetric" m
JOIN "Account" a ON a."id" = m."accountId"
WHERE m."workspaceId" = ${params.workspaceId}
  AND m."day" BETWEEN ${params.from} AND ${params.to}
GROUP BY a."platformKey"
ORDER BY a."platformKey"`);
  return rows.map((row) => ({
    platformKey: String(row.platformKey),
    accounts: Number(row.accounts),
    days: Number(row.days),
    ...readMeasureSums(row),
  }));
}

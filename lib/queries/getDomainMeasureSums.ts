import type { Db } from "@/lib/db";
import { readRows } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MeasureSums } from "@/lib/metrics/aggregate";
import type { Day } from "@/lib/metrics/periods";
import { ALL_INDUSTRIES } from "@/lib/metrics/rollup-delta";
import { readMeasureSums } from "./sql/measure-sums";
import { rollupSumsSelect } from "./sql/rollup-sql";

export interface DomainPlatformMeasureSums extends MeasureSums {
  /** public | private, from the platform catalogue */
  domain: string;
  platformKey: string;
  /** accounts with a daily row in [from, to] */
  accounts: number;
}

/**
 * Sums and paired ratio parts over [from, to] per domain and platform, from
 * DailyRollup. Grouping by platform inside the domain costs nothing and lets
 * the view show which platforms make up each side; domain figures add these
 * sums. An account has data in the range when its first or last day with
 * data falls inside it (a span that overlaps the range and starts or ends
 * inside it); only one whose span covers the whole range and more needs a
 * probe of the (accountId, day) index, for a gap could hold the range.
 */
export async function getDomainMeasureSums(db: Db, params: { workspaceId: number; from: Day; to: Day }): Promise<DomainPlatformMeasureSums[]> {
  const rows = await readRows(
    db,
    Prisma.sql`
SELECT
  p."domain" AS "domain",
  r."platformKey" AS "platformKey",
  (SELECT COUNT(*) FROM "Account" a
    WHERE a."workspaceId" = ${params.workspaceId} AND a."platformKey" = r."platformKey"
      AND a."firstDay" <= ${params.to} AND a."lastDay" >= ${params.from}
      AND (a."firstDay" >= ${params.from} OR a."lastDay" <= ${params.to}
        OR EXISTS (SELECT 1 FROM "DailyMetric" m WHERE m."accountId" = a."id" AND m."day" BETWEEN ${params.from} AND ${params.to}))) AS "accounts",
  ${rollupSumsSelect("r")}
FROM "DailyRollup" r
JOIN "Platform" p ON p."key" = r."platformKey"
WHERE r."workspaceId" = ${params.workspaceId}
  AND r."day" BETWEEN ${params.from} AND ${params.to}
  AND r."industry" = ${ALL_INDUSTRIES}
GROUP BY p."domain", r."platformKey"
ORDER BY p."domain", r."platformKey"`,
  );
  return rows.map((row) => ({
    domain: String(row.domain),
    platformKey: String(row.platformKey),
    accounts: Number(row.accounts),
    ...readMeasureSums(row),
  }));
}

import type { Db } from "@/lib/db";
import { readRows } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/metrics/periods";
import { ALL_INDUSTRIES } from "@/lib/metrics/rollup-delta";

/** Daily rows per day over [from, to] (optionally on some platforms), from the rollups; days without rows are absent. */
export function getDailyRowCounts(db: Db, params: { workspaceId: number; from: Day; to: Day; platforms: readonly string[] }): { day: Day; rows: number }[] {
  return readRows(
    db,
    Prisma.sql`
SELECT r."day" AS "day", SUM(r."rows") AS "rows"
FROM "DailyRollup" r
WHERE r."workspaceId" = ${params.workspaceId} AND r."day" BETWEEN ${params.from} AND ${params.to} AND r."industry" = ${ALL_INDUSTRIES}
  ${params.platforms.length ? Prisma.sql`AND r."platformKey" IN (${Prisma.join(params.platforms)})` : Prisma.empty}
GROUP BY r."day"
ORDER BY r."day"`,
  ).map((r) => ({ day: String(r.day), rows: Number(r.rows) }));
}

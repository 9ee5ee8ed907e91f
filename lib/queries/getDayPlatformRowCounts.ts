import type { Db } from "@/lib/db";
import { readRows } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/metrics/periods";
import { ALL_INDUSTRIES } from "@/lib/metrics/rollup-delta";

export interface DayPlatformRows {
  day: Day;
  platformKey: string;
  rows: number;
}

/**
 * Daily rows per day and platform over [from, to] (optionally on some
 * platforms), from the rollups' platform totals, in (day, platform) order as
 * SQLite sorts text; pairs without rows are absent.
 */
export async function getDayPlatformRowCounts(db: Db, params: { workspaceId: number; from: Day; to: Day; platforms: readonly string[] }): Promise<DayPlatformRows[]> {
  return (await readRows(
    db,
    Prisma.sql`
SELECT r."day" AS "day", r."platformKey" AS "platformKey", r."rows" AS "rows"
FROM "DailyRollup" r
WHERE r."workspaceId" = ${params.workspaceId} AND r."day" BETWEEN ${params.from} AND ${params.to} AND r."industry" = ${ALL_INDUSTRIES}
  ${params.platforms.length ? Prisma.sql`AND r."platformKey" IN (${Prisma.join(params.platforms)})` : Prisma.empty}
  AND r."rows" > 0
ORDER BY r."day", r."platformKey"`,
  )).map((r) => ({ day: String(r.day), platformKey: String(r.platformKey), rows: Number(r.rows) }));
}

import type { Db } from "@/lib/db";
import { readRows } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";
import { CANONICAL_MEASURE_COLUMNS } from "@/lib/ingest/canonical";
import type { Day } from "@/lib/metrics/periods";

const MEASURES = Object.values(CANONICAL_MEASURE_COLUMNS);

type DayPlatform = { day: Day; platformKey: string };

/**
 * The daily rows from (day, platform) `from` to `to`, both included, as the
 * canonical CSV lists them: by day, platform and handle.
 */
export function getExportRows(db: Db, params: { workspaceId: number; from: DayPlatform; to: DayPlatform; platforms: readonly string[] }): Promise<Record<string, unknown>[]> {
  const { from, to } = params;
  return readRows(
    db,
    Prisma.sql`
SELECT d."day" AS "day", a."platformKey" AS "platform", a."handle" AS "account", ${Prisma.raw(MEASURES.map((m) => `d."${m}" AS "${m}"`).join(", "))}
FROM "DailyMetric" d JOIN "Account" a ON a."id" = d."accountId"
WHERE d."workspaceId" = ${params.workspaceId} AND d."day" BETWEEN ${from.day} AND ${to.day}
  AND (d."day", a."platformKey") >= (${from.day}, ${from.platformKey}) AND (d."day", a."platformKey") <= (${to.day}, ${to.platformKey})
  ${params.platforms.length ? Prisma.sql`AND a."platformKey" IN (${Prisma.join(params.platforms)})` : Prisma.empty}
ORDER BY d."day", a."platformKey", a."handle"`,
  );
}

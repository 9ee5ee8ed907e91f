import type { Db } from "@/lib/db";
import { readRows } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";
import { CANONICAL_MEASURE_COLUMNS } from "@/lib/ingest/canonical";
import type { Day } from "@/lib/metrics/periods";

const MEASURES = Object.values(CANONICAL_MEASURE_COLUMNS);

/** The daily rows of [from, to] as the canonical CSV lists them: by day, platform and handle. */
export function getExportRows(db: Db, params: { workspaceId: number; from: Day; to: Day; platforms: readonly string[] }): Record<string, unknown>[] {
  return readRows(
    db,
    Prisma.sql`
SELECT d."day" AS "day", a."platformKey" AS "platform", a."handle" AS "account", ${Prisma.raw(MEASURES.map((m) => `d."${m}" AS "${m}"`).join(", "))}
FROM "DailyMetric" d JOIN "Account" a ON a."id" = d."accountId"
WHERE d."workspaceId" = ${params.workspaceId} AND d."day" BETWEEN ${params.from} AND ${params.to}
  ${params.platforms.length ? Prisma.sql`AND a."platformKey" IN (${Prisma.join(params.platforms)})` : Prisma.empty}
ORDER BY d."day", a."platformKey", a."handle"`,
  );
}

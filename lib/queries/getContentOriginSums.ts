import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MeasureSums } from "@/lib/metrics/aggregate";
import type { PlatformKey } from "@/lib/schemas/enums";
import { CONTENT_ITEM_MEASURES, measureColumns } from "./sql/measure-columns";
import { measureSumsSelect, readMeasureSums } from "./sql/measure-sums";

export interface ContentOriginSums extends MeasureSums {
  origin: string;
  items: number;
}

/**
 * Sums and paired ratio parts of the content published in [gte, lt) per
 * origin (ai_generated, human, co_created); test items included.
 */
export async function getContentOriginSums(
  db: Db,
  params: { workspaceId: number; gte: Date; lt: Date; platforms?: readonly PlatformKey[] },
): Promise<ContentOriginSums[]> {
  const platformFilter = params.platforms?.length
    ? Prisma.sql`AND a."platformKey" IN (${Prisma.join([...params.platforms])})`
    : Prisma.empty;
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
SELECT
  m."origin" AS "origin",
  COUNT(*) AS "items",
  ${measureSumsSelect("m")}
FROM (
  SELECT
    c."origin" AS "origin",
    ${measureColumns("c", CONTENT_ITEM_MEASURES)}
  FROM "ContentItem" c
  JOIN "Account" a ON a."id" = c."accountId"
  WHERE c."workspaceId" = ${params.workspaceId}
    AND c."publishedAt" >= ${params.gte}
    AND c."publishedAt" < ${params.lt}
    ${platformFilter}
) m
GROUP BY m."origin"
ORDER BY m."origin"`);
  return rows.map((row) => ({ origin: String(row.origin), items: Number(row.items), ...readMeasureSums(row) }));
}

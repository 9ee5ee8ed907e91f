import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MeasureSums } from "@/lib/metrics/aggregate";
import type { Day } from "@/lib/metrics/periods";
import type { PlatformKey } from "@/lib/schemas/enums";
import { SEGMENT_MEASURES, measureColumns } from "./sql/measure-columns";
import { measureSumsSelect, readMeasureSums } from "./sql/measure-sums";

export interface SegmentMeasureSums extends MeasureSums {
  segment: string;
  platformKey: string;
  accounts: number;
}

/** Sums and paired ratio parts of SegmentDailyMetric over [from, to] per segment and platform. */
export async function getSegmentMeasureSums(
  db: Db,
  params: { workspaceId: number; from: Day; to: Day; platforms?: readonly PlatformKey[] },
): Promise<SegmentMeasureSums[]> {
  const platformFilter = params.platforms?.length
    ? Prisma.sql`AND a."platformKey" IN (${Prisma.join([...params.platforms])})`
    : Prisma.empty;
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
SELECT
  m."segment" AS "segment",
  m."platformKey" AS "platformKey",
  COUNT(DISTINCT m."accountId") AS "accounts",
  ${measureSumsSelect("m")}
FROM (
  SELECT
    s."segment" AS "segment",
    s."accountId" AS "accountId",
    a."platformKey" AS "platformKey",
    ${measureColumns("s", SEGMENT_MEASURES)}
  FROM "SegmentDailyMetric" s
  JOIN "Account" a ON a."id" = s."accountId"
  WHERE s."workspaceId" = ${params.workspaceId}
    AND s."day" BETWEEN ${params.from} AND ${params.to}
    ${platformFilter}
) m
GROUP BY m."segment", m."platformKey"
ORDER BY m."segment", m."platformKey"`);
  return rows.map((row) => ({
    segment: String(row.segment),
    platformKey: String(row.platformKey),
    accounts: Number(row.accounts),
    ...readMeasureSums(row),
  }));
}

import type { Db } from "@/lib/db";
import { readRows } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AccountSetSpan } from "@/lib/metrics/dense-followers";
import type { MetricFilter } from "@/lib/metrics/filter";
import type { Day } from "@/lib/metrics/periods";
import { groupFilterSql } from "./sql/metric-filter";

/**
 * Per platform (platform and industry filters only): the first and last day of
 * data of its accounts, and how many of them have data overlapping [from, to].
 */
export async function getPlatformAccountSpans(db: Db, params: PlatformAccountSpansParams): Promise<Map<string, AccountSetSpan>> {
  return parsePlatformAccountSpans(await readRows(db, platformAccountSpansSql(params)));
}

export interface PlatformAccountSpansParams {
  workspaceId: number;
  from: Day;
  to: Day;
  filter: MetricFilter;
}

export function platformAccountSpansSql(params: PlatformAccountSpansParams): Prisma.Sql {
  return Prisma.sql`
SELECT
  a."platformKey" AS "platformKey",
  MIN(a."firstDay") AS "first",
  MAX(a."lastDay") AS "last",
  COUNT(CASE WHEN a."firstDay" <= ${params.to} AND a."lastDay" >= ${params.from} THEN 1 END) AS "accounts"
FROM "Account" a
WHERE a."workspaceId" = ${params.workspaceId}
  AND a."firstDay" IS NOT NULL
  ${groupFilterSql(params.filter, "a")}
GROUP BY a."platformKey"`;
}

export function parsePlatformAccountSpans(rows: readonly Record<string, unknown>[]): Map<string, AccountSetSpan> {
  return new Map(
    rows.map((r) => [
      String(r.platformKey),
      { first: r.first === null ? null : String(r.first), last: r.last === null ? null : String(r.last), accounts: Number(r.accounts) },
    ]),
  );
}

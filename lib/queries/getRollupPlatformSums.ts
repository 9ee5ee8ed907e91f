import type { Db } from "@/lib/db";
import { readRows } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FollowerDay } from "@/lib/metrics/dense-followers";
import type { MetricFilter } from "@/lib/metrics/filter";
import type { Day } from "@/lib/metrics/periods";
import type { DailyPlatformSums } from "./getDailyPlatformSums";
import { readMeasureSums, toNumber } from "./sql/measure-sums";
import { groupFilterSql } from "./sql/metric-filter";
import { ROLLUP_FOLLOWER_COLUMNS, rollupFollowerSelect, rollupSumsSelect } from "./sql/rollup-sql";

export interface RollupPlatformSums extends DailyPlatformSums {
  followerDay: FollowerDay;
}

/**
 * The same sums as getDailyPlatformSums, per day and platform over [from, to],
 * read from DailyRollup (platform and industry filters only), with each day's
 * follower rollup.
 */
export function getRollupPlatformSums(db: Db, params: RollupPlatformSumsParams): RollupPlatformSums[] {
  return parseRollupPlatformSums(readRows(db, rollupPlatformSumsSql(params)));
}

export interface RollupPlatformSumsParams {
  workspaceId: number;
  from: Day;
  to: Day;
  filter: MetricFilter;
}

export function rollupPlatformSumsSql(params: RollupPlatformSumsParams): Prisma.Sql {
  return Prisma.sql`
SELECT
  r."day" AS "day",
  r."platformKey" AS "platformKey",
  ${rollupSumsSelect("r")},
  ${rollupFollowerSelect("r")}
FROM "DailyRollup" r
WHERE r."workspaceId" = ${params.workspaceId}
  AND r."day" BETWEEN ${params.from} AND ${params.to}
  ${groupFilterSql(params.filter, "r")}
GROUP BY r."day", r."platformKey"
ORDER BY r."day", r."platformKey"`;
}

export function parseRollupPlatformSums(rows: readonly Record<string, unknown>[]): RollupPlatformSums[] {
  return rows.map(parseRollupPlatformSum);
}

export function parseRollupPlatformSum(row: Record<string, unknown>): RollupPlatformSums {
  const day = String(row.day);
  const f = Object.fromEntries(ROLLUP_FOLLOWER_COLUMNS.map((c) => [c, toNumber(row[`f:${c}`]) ?? 0])) as Record<(typeof ROLLUP_FOLLOWER_COLUMNS)[number], number>;
  return {
    day,
    platformKey: String(row.platformKey),
    accounts: f.rows,
    ...readMeasureSums(row),
    followerDay: { day, ...f },
  };
}

import type { Db } from "@/lib/db";
import { readTablesTogether, type Table } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FollowerDay } from "@/lib/metrics/dense-followers";
import { ALL_INDUSTRIES } from "@/lib/metrics/rollup-delta";
import type { MetricFilter } from "@/lib/metrics/filter";
import type { Day } from "@/lib/metrics/periods";
import type { DailyPlatformSums } from "./getDailyPlatformSums";
import { columnIndex, measureSumsReader, toNumber } from "./sql/measure-sums";
import { groupFilterSql } from "./sql/metric-filter";
import { ROLLUP_FOLLOWER_COLUMNS, rollupFollowerSelect, rollupSumsSelect } from "./sql/rollup-sql";

export interface RollupPlatformSums extends DailyPlatformSums {
  followerDay: FollowerDay;
}

/**
 * The same sums as getDailyPlatformSums, per day and platform over [from, to],
 * read from DailyRollup (platform and industry filters only), with each day's
 * follower rollup: the platform total rows, or the industry rows summed.
 */
export async function getRollupPlatformSums(db: Db, params: RollupPlatformSumsParams): Promise<RollupPlatformSums[]> {
  const [table] = await readTablesTogether(db, [rollupPlatformSumsSql(params)]);
  if (!table) return [];
  return table.rows.map(rollupPlatformSumsReader(table.columns));
}

export interface RollupPlatformSumsParams {
  workspaceId: number;
  from: Day;
  to: Day;
  filter: MetricFilter;
}

export function rollupPlatformSumsSql(params: RollupPlatformSumsParams): Prisma.Sql {
  const range = Prisma.sql`r."workspaceId" = ${params.workspaceId} AND r."day" BETWEEN ${params.from} AND ${params.to}`;
  if (params.filter.industries?.length) {
    return Prisma.sql`
SELECT r."day" AS "day", r."platformKey" AS "platformKey", ${rollupSumsSelect("r")}, ${rollupFollowerSelect("r")}
FROM "DailyRollup" r
WHERE ${range} ${groupFilterSql(params.filter, "r")}
GROUP BY r."day", r."platformKey"
ORDER BY r."day", r."platformKey"`;
  }
  // One platform total row per day and platform: nothing to sum.
  return Prisma.sql`
SELECT r."day" AS "day", r."platformKey" AS "platformKey", ${rollupSumsSelect("r", false)}, ${rollupFollowerSelect("r", false)}
FROM "DailyRollup" r
WHERE ${range} AND r."industry" = ${ALL_INDUSTRIES} ${groupFilterSql(params.filter, "r")}
ORDER BY r."day", r."platformKey"`;
}

/** The parser of rows read as a Table of rollupPlatformSumsSql. */
export function rollupPlatformSumsReader(columns: Table["columns"]): (row: readonly unknown[]) => RollupPlatformSums {
  const dayAt = columnIndex(columns, "day");
  const platformAt = columnIndex(columns, "platformKey");
  const follower = ROLLUP_FOLLOWER_COLUMNS.map((c) => [c, columnIndex(columns, `f:${c}`)] as const);
  const sums = measureSumsReader(columns);
  return (row) => {
    const day = String(row[dayAt]);
    const f = {} as Record<(typeof ROLLUP_FOLLOWER_COLUMNS)[number], number>;
    for (const [c, i] of follower) f[c] = toNumber(row[i]) ?? 0;
    return { day, platformKey: String(row[platformAt]), accounts: f.rows, ...sums(row), followerDay: { day, ...f } };
  };
}

import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MetricFilter } from "@/lib/metrics/filter";
import type { Day } from "@/lib/metrics/periods";
import { INTERACTIONS } from "@/lib/metrics/ratios";
import { partSql, toNumber } from "./sql/measure-sums";
import { metricFilterSql } from "./sql/metric-filter";

export interface AccountDayFollowers {
  accountId: number;
  platformKey: string;
  day: Day;
  /** follower total at the end of the day */
  followers: number | null;
  follows: number | null;
  unfollows: number | null;
  /** likes + comments + shares + saves, null when none is known */
  interactions: number | null;
}

/**
 * Per account and day, the measures the follower-based KPIs need (followers
 * is semi-additive, so these cannot come from platform sums).
 */
export async function getAccountDailyFollowers(
  db: Db,
  params: { workspaceId: number; from: Day; to: Day; filter: MetricFilter },
): Promise<AccountDayFollowers[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
SELECT
  m."accountId" AS "accountId",
  a."platformKey" AS "platformKey",
  m."day" AS "day",
  m."followers" AS "followers",
  m."follows" AS "follows",
  m."unfollows" AS "unfollows",
  ${Prisma.raw(partSql("m", INTERACTIONS))} AS "interactions"
FROM "DailyMetric" m
JOIN "Account" a ON a."id" = m."accountId"
WHERE m."workspaceId" = ${params.workspaceId}
  AND m."day" BETWEEN ${params.from} AND ${params.to}
  ${metricFilterSql(params.filter)}
ORDER BY m."accountId", m."day"`);
  return rows.map((row) => ({
    accountId: Number(row.accountId),
    platformKey: String(row.platformKey),
    day: String(row.day),
    followers: toNumber(row.followers),
    follows: toNumber(row.follows),
    unfollows: toNumber(row.unfollows),
    interactions: toNumber(row.interactions),
  }));
}

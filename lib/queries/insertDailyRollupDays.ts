import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/metrics/periods";
import { rollupBuildSql, rollupTotalsBuildSql } from "./sql/rollup-sql";

/** Builds a workspace's rollup rows of the given days from its daily rows, then the platform totals (those days must hold none yet). */
export async function insertDailyRollupDays(q: Db | Prisma.TransactionClient, params: { workspaceId: number; days: readonly Day[] }): Promise<number> {
  const days = JSON.stringify(params.days);
  const built = await q.$executeRaw(rollupBuildSql(Prisma.sql`m."workspaceId" = ${params.workspaceId} AND m."day" IN (SELECT j.value FROM json_each(${days}) j)`));
  return built + (await q.$executeRaw(rollupTotalsBuildSql(Prisma.sql`r."workspaceId" = ${params.workspaceId} AND r."day" IN (SELECT j.value FROM json_each(${days}) j)`)));
}

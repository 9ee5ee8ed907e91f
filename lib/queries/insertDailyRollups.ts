import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/metrics/periods";
import { rollupBuildSql, rollupTotalsBuildSql } from "./sql/rollup-sql";

/** Builds a workspace's rollup rows over [from, to] from its daily rows, then the platform totals (the range must hold none yet). */
export async function insertDailyRollups(q: Db | Prisma.TransactionClient, params: { workspaceId: number; from: Day; to: Day }): Promise<number> {
  const built = await q.$executeRaw(rollupBuildSql(Prisma.sql`m."workspaceId" = ${params.workspaceId} AND m."day" BETWEEN ${params.from} AND ${params.to}`));
  return built + (await q.$executeRaw(rollupTotalsBuildSql(Prisma.sql`r."workspaceId" = ${params.workspaceId} AND r."day" BETWEEN ${params.from} AND ${params.to}`)));
}

import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/metrics/periods";
import { rollupBuildSql } from "./sql/rollup-sql";

/** Builds a workspace's rollup rows of the given days from its daily rows (those days must hold none yet). */
export async function insertDailyRollupDays(q: Db | Prisma.TransactionClient, params: { workspaceId: number; days: readonly Day[] }): Promise<number> {
  return q.$executeRaw(
    rollupBuildSql(Prisma.sql`m."workspaceId" = ${params.workspaceId} AND m."day" IN (SELECT j.value FROM json_each(${JSON.stringify(params.days)}) j)`),
  );
}

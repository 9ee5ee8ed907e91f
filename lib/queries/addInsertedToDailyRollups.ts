import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { rollupAddSql } from "./sql/rollup-sql";

/**
 * Adds the daily rows a statement just inserted (ids above `afterId`: SQLite
 * gives new rows larger ids) to the workspace's rollups. Reads only those
 * rows, through the rowid.
 */
export async function addInsertedToDailyRollups(q: Db | Prisma.TransactionClient, params: { workspaceId: number; afterId: number }): Promise<number> {
  return q.$executeRaw(rollupAddSql(Prisma.sql`m."id" > ${params.afterId} AND m."workspaceId" = ${params.workspaceId}`));
}

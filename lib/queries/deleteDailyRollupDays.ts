import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/metrics/periods";

/** Removes a workspace's rollup rows of the given days (before they are rebuilt). */
export async function deleteDailyRollupDays(q: Db | Prisma.TransactionClient, params: { workspaceId: number; days: readonly Day[] }): Promise<number> {
  return q.$executeRaw(Prisma.sql`
DELETE FROM "DailyRollup"
WHERE "workspaceId" = ${params.workspaceId} AND "day" IN (SELECT j.value FROM json_each(${JSON.stringify(params.days)}) j)`);
}

import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/metrics/periods";

/** Removes a workspace's rollup rows over [from, to] (before they are rebuilt from the daily rows). */
export async function deleteDailyRollups(q: Db | Prisma.TransactionClient, params: { workspaceId: number; from: Day; to: Day }): Promise<number> {
  return q.$executeRaw(Prisma.sql`
DELETE FROM "DailyRollup"
WHERE "workspaceId" = ${params.workspaceId} AND "day" BETWEEN ${params.from} AND ${params.to}`);
}

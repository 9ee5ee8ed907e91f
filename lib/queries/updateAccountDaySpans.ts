import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Sets firstDay and lastDay of every account of a workspace from its daily
 * rows (null when it has none): two lookups in the (accountId, day) index per
 * account.
 */
export async function updateAccountDaySpans(q: Db | Prisma.TransactionClient, params: { workspaceId: number }): Promise<number> {
  return q.$executeRaw(Prisma.sql`
UPDATE "Account" SET
  "firstDay" = (SELECT MIN(m."day") FROM "DailyMetric" m WHERE m."accountId" = "Account"."id"),
  "lastDay" = (SELECT MAX(m."day") FROM "DailyMetric" m WHERE m."accountId" = "Account"."id")
WHERE "workspaceId" = ${params.workspaceId}`);
}

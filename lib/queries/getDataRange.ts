import type { Db } from "@/lib/db";
import { readRows } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/metrics/periods";

/**
 * The first and last day with daily rows in a workspace, or nulls when it has
 * none: from the accounts' day spans (one row per account), not a scan of the
 * daily rows.
 */
export async function getDataRange(db: Db, params: { workspaceId: number }): Promise<{ first: Day | null; last: Day | null }> {
  const [row] = await readRows(db, Prisma.sql`SELECT MIN("firstDay") AS "first", MAX("lastDay") AS "last" FROM "Account" WHERE "workspaceId" = ${params.workspaceId}`);
  return { first: (row?.first as string | null | undefined) ?? null, last: (row?.last as string | null | undefined) ?? null };
}

import type { Db } from "@/lib/db";
import { readRows } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * How many rows one import batch inserted and updated, per table: a change
 * may stand for a run of inserted ids (rowId..lastRowId), so rows are summed,
 * not changes counted.
 */
export async function getImportChangeCounts(db: Db, params: { batchId: number }): Promise<{ table: string; action: string; rows: number }[]> {
  return (await readRows(
    db,
    Prisma.sql`SELECT "table", "action", SUM(coalesce("lastRowId", "rowId") - "rowId" + 1) AS "rows"
FROM "ImportChange" WHERE "batchId" = ${params.batchId}
GROUP BY "table", "action"`,
  )).map((r) => ({ table: String(r.table), action: String(r.action), rows: Number(r.rows) }));
}

// Undoing a committed import, in one transaction: the rows it inserted are
// deleted, the rows it updated get back the values they had before (as
// stored, from the ImportChange JSON: measures, importBatchId, updatedAt), the
// accounts it created are deleted when nothing else uses them, and its
// ImportChange rows go (there is nothing left to undo). Imports are undone
// newest first: when a later committed import changed a row this one
// touched, undoing this one would silently revert or delete that later data,
// so it is refused and the later batches are named.
import { now } from "@/lib/clock";
import { refreshDailyRollups } from "@/lib/db/rollups";
import type { Db } from "@/lib/db";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { updateContentItemKpis } from "@/lib/queries/updateContentItemKpis";
import { CONTENT_RESTORED_COLUMNS } from "./write-content-items";
import { DAILY_RESTORED_COLUMNS, IMPORT_TRANSACTION } from "./write-daily-metrics";

export type UndoResult =
  | { ok: true; batchId: number; deleted: number; restored: number; accountsDeleted: number }
  | { ok: false; code: "not_found" }
  | { ok: false; code: "not_committed"; status: string }
  | { ok: false; code: "later_imports"; laterBatchIds: number[] };

const q = (identifier: string) => `"${identifier}"`;

/** A change's last row id: an insert's change may cover a run of ids (lib/ingest/write-daily-metrics.ts). */
const LAST_ROW_ID = (alias: string) => `coalesce(${alias}."lastRowId", ${alias}."rowId")`;

/** Later committed batches that changed a row this one changed; params: batchId. */
const LATER_SQL = `SELECT DISTINCT later."batchId" AS id
FROM "ImportChange" mine
JOIN "ImportChange" later ON later."table" = mine."table" AND later."rowId" BETWEEN mine."rowId" AND ${LAST_ROW_ID("mine")} AND later."batchId" > mine."batchId"
JOIN "ImportBatch" b ON b."id" = later."batchId" AND b."status" = 'committed'
WHERE mine."batchId" = ? AND mine."table" IN ('DailyMetric', 'ContentItem')
ORDER BY later."batchId"`;

/** Every row in the batch's runs of inserted ids, found by id range. */
const deleteInserted = (table: string) =>
  `DELETE FROM ${q(table)} WHERE "id" IN (SELECT t."id" FROM "ImportChange" c JOIN ${q(table)} t ON t."id" BETWEEN c."rowId" AND ${LAST_ROW_ID("c")}
WHERE c."batchId" = ? AND c."table" = '${table}' AND c."action" = 'insert')`;

const restoreUpdated = (table: string, columns: readonly string[]) =>
  `UPDATE ${q(table)} SET ${columns.map((c) => `${q(c)} = c."before" ->> '${c}'`).join(", ")}
FROM (SELECT "rowId", "before" FROM "ImportChange" WHERE "batchId" = ? AND "table" = '${table}' AND "action" = 'update') c
WHERE ${q(table)}."id" = c."rowId"`;

/** Accounts the batch created that hold no data of any kind now. */
const DELETE_ACCOUNTS_SQL = `DELETE FROM "Account" WHERE "id" IN (SELECT "rowId" FROM "ImportChange" WHERE "batchId" = ? AND "table" = 'Account' AND "action" = 'insert')
AND NOT EXISTS (SELECT 1 FROM "DailyMetric" WHERE "accountId" = "Account"."id")
AND NOT EXISTS (SELECT 1 FROM "ContentItem" WHERE "accountId" = "Account"."id")
AND NOT EXISTS (SELECT 1 FROM "SegmentDailyMetric" WHERE "accountId" = "Account"."id")
AND NOT EXISTS (SELECT 1 FROM "AudienceCohort" WHERE "accountId" = "Account"."id")
AND NOT EXISTS (SELECT 1 FROM "Goal" WHERE "accountId" = "Account"."id")`;

export async function undoImport(db: Db, workspace: Workspace, batchId: number): Promise<UndoResult> {
  return db.$transaction(async (tx): Promise<UndoResult> => {
    const batch = await tx.importBatch.findFirst({
      where: { id: batchId, workspaceId: workspace.id },
      select: { id: true, status: true, firstDay: true, lastDay: true },
    });
    if (!batch) return { ok: false, code: "not_found" };
    if (batch.status !== "committed") return { ok: false, code: "not_committed", status: batch.status };
    const later = await tx.$queryRawUnsafe<{ id: number | bigint }[]>(LATER_SQL, batchId);
    if (later.length) return { ok: false, code: "later_imports", laterBatchIds: later.map((l) => Number(l.id)) };

    let deleted = 0;
    let restored = 0;
    for (const [table, columns] of [
      ["DailyMetric", DAILY_RESTORED_COLUMNS],
      ["ContentItem", CONTENT_RESTORED_COLUMNS],
    ] as const) {
      deleted += await tx.$executeRawUnsafe(deleteInserted(table), batchId);
      restored += await tx.$executeRawUnsafe(restoreUpdated(table, columns), batchId);
    }
    // The restored posts' stored KPIs follow their restored measures.
    await updateContentItemKpis(tx, { undoneBatchId: batchId });
    const accountsDeleted = await tx.$executeRawUnsafe(DELETE_ACCOUNTS_SQL, batchId);
    await refreshDailyRollups(tx, { workspaceId: workspace.id, from: batch.firstDay, to: batch.lastDay });
    await tx.importChange.deleteMany({ where: { batchId } });
    await tx.importBatch.update({ where: { id: batchId }, data: { status: "undone", undoneAt: now() } });
    return { ok: true, batchId, deleted, restored, accountsDeleted };
  }, IMPORT_TRANSACTION);
}

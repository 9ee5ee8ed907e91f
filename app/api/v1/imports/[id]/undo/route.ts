// POST /api/v1/imports/[id]/undo — undoes a committed import in one
// transaction (inserted rows deleted, updated rows restored). 409 when a
// later committed import changed the same rows (undo newest first) or the
// import is not committed (failed, already undone).
import { audit } from "@/lib/auth/audit";
import { json, notFound } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { writerDb } from "@/lib/db";
import { undoImport } from "@/lib/ingest/undo";
import { ImportBatchSchema, ImportDetailQuery, ImportIdParam } from "@/lib/schemas/api/imports";
import { getImportBatch } from "@/lib/services/imports";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>("imports.write", async (_request, { db, workspace, params, query, locale, actor, userId }) => {
  const { id } = parseInput(ImportIdParam, params);
  parseInput(ImportDetailQuery, queryObject(query)); // rejects unknown parameters (lang is read by apiRoute)
  const zh = locale === "zh-CN";
  const result = await undoImport(writerDb(), workspace, id);
  if (!result.ok) {
    if (result.code === "not_found") return notFound(`Import ${id}`);
    if (result.code === "not_committed") {
      const en = `Import ${id} is ${result.status}, not committed: there is nothing to undo.`;
      const zhText = `导入 ${id} 的状态为 ${result.status}，不是已提交：没有可撤销的内容。`;
      return json({ error: { code: "not_committed", message: zh ? zhText : en, en, zh: zhText, status: result.status } }, { status: 409 });
    }
    const later = result.laterBatchIds.join(", ");
    const en = `Later imports (${later}) changed rows this import touched: undo them first (newest first).`;
    const zhText = `之后的导入（${later}）改动了本次导入涉及的行：请先撤销它们（从最新的开始）。`;
    return json({ error: { code: "later_imports", message: zh ? zhText : en, en, zh: zhText, laterBatchIds: result.laterBatchIds } }, { status: 409 });
  }
  const batch = ImportBatchSchema.parse(await getImportBatch(db, workspace, id));
  await audit(db, { workspaceId: workspace.id, userId, actor, action: "undo", target: `import ${id}`, detail: { fileName: batch.fileName, deleted: result.deleted, restored: result.restored } });
  return json({ batch, undo: { deleted: result.deleted, restored: result.restored, accountsDeleted: result.accountsDeleted } });
});

// POST /api/v1/imports — multipart `file` (+ preset, platform, account, year,
// day, mapping, skipRejected): imports it in one transaction → 201
// { batch, counts }. 409 rejected_rows (nothing written unless
// skipRejected=true) or needs_input; 422 unknown_layout or unreadable_file.
// With `Accept: application/x-ndjson` the answer streams progress lines
// first, then {"type":"result","status","body"}.
// GET /api/v1/imports — the import history, newest first (?format=csv).
import { csvResponse } from "@/lib/api/csv";
import { importOptions, progressResponse, readUpload, wantsProgress } from "@/lib/api/import-requests";
import { badField, json } from "@/lib/api/response";
import { audit } from "@/lib/auth/audit";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import type { ImportLang, LocalText } from "@/lib/ingest/error-messages";
import { writerDb } from "@/lib/db";
import { commitImport, ImportOptionError, ImportWriteError, MAX_LISTED, previewJson, type ImportProgress, type ImportResult } from "@/lib/ingest/pipeline";
import { ImportCommitResponse, ImportHistoryQuery, ImportHistoryResponse, ImportPreviewSchema, ImportQuery } from "@/lib/schemas/api/imports";
import { getImportBatch, listImports } from "@/lib/services/imports";

export const dynamic = "force-dynamic";

const say = (text: LocalText, lang: ImportLang) => ({ message: lang === "zh-CN" ? text.zh : text.en, en: text.en, zh: text.zh });

function failure(result: Extract<ImportResult, { ok: false }>, lang: ImportLang): Response {
  const preview = ImportPreviewSchema.parse(previewJson(result.preview, lang));
  const text = say(result.message, lang);
  switch (result.code) {
    case "rejected_rows":
      return json(
        {
          error: {
            code: "rejected_rows",
            ...text,
            batchId: result.batchId,
            rejected: preview.counts.rejected,
            errorsTotal: preview.errorsTotal,
            errors: preview.errors.slice(0, MAX_LISTED),
            issues: [{ field: "skipRejected", message: text.message }],
          },
          preview,
        },
        { status: 409 },
      );
    case "needs_input":
      return json(
        { error: { code: "needs_input", ...text, needs: preview.needs, issues: preview.needs.map((field) => ({ field, message: text.message })) }, preview },
        { status: 409 },
      );
    case "unknown_layout":
      return json({ error: { code: "unknown_layout", ...text, issues: [{ field: "preset", message: text.message }] }, preview }, { status: 422 });
    case "unreadable_file":
      return json({ error: { code: "unreadable_file", ...text, issues: [{ field: "file", message: text.message }] }, preview }, { status: 422 });
  }
}

export const POST = apiRoute("imports.write", async (request, { db, workspace, query, locale: lang, actor, userId }) => {
  parseInput(ImportQuery, queryObject(query)); // rejects unknown parameters (lang is read by apiRoute)
  const upload = await readUpload(request);
  if (!upload.ok) return upload.response;
  const fields = upload.fields;
  const work = async (onProgress?: (p: ImportProgress) => void): Promise<Response> => {
    let result: ImportResult;
    try {
      result = await commitImport(writerDb(), workspace, {
        bytes: upload.bytes,
        fileName: upload.file.name || "upload",
        options: importOptions(fields),
        skipRejected: fields.skipRejected ?? false,
        createdBy: actor,
        source: "file",
        onProgress,
      });
    } catch (error) {
      if (error instanceof ImportOptionError) return badField(error.field, { code: "unknown_option", values: { detail: error.message } }, lang);
      if (error instanceof ImportWriteError) {
        console.error(error.cause);
        const text = say(
          { code: "import_failed", en: "The import failed while writing and was rolled back: nothing was saved.", zh: "写入时出错，导入已回滚：未保存任何数据。" },
          lang,
        );
        return json({ error: { code: "import_failed", ...text, batchId: error.batchId } }, { status: 500 });
      }
      throw error;
    }
    if (!result.ok) return failure(result, lang);
    const batch = await getImportBatch(db, workspace, result.batchId);
    await audit(db, { workspaceId: workspace.id, userId, actor, action: "import", target: `import ${result.batchId}`, detail: { fileName: batch?.fileName, counts: result.counts } });
    return json(ImportCommitResponse.parse({ batch, counts: result.counts, workspace: { slug: workspace.slug, name: workspace.name } }), { status: 201 });
  };
  return wantsProgress(request) ? progressResponse(work) : work();
});

export const GET = apiRoute("imports.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(ImportHistoryQuery, queryObject(query));
  const imports = await listImports(db, workspace, { limit: q.limit });
  if (q.format === "csv") {
    return csvResponse(
      "imports.csv",
      [
        "id", "created_at", "committed_at", "undone_at", "status", "source", "file_name", "hash_prefix", "preset", "kind", "created_by",
        "rows_total", "inserted", "updated", "unchanged", "rejected", "skipped_rejected", "content_inserted", "content_updated", "first_day", "last_day",
      ],
      imports.map((b) => [
        b.id, b.createdAt, b.committedAt, b.undoneAt, b.status, b.source, b.fileName, b.hashPrefix, b.preset, b.kind, b.createdBy,
        b.rowsTotal, b.rowsInserted, b.rowsUpdated, b.rowsUnchanged, b.rowsRejected, b.skippedRejected, b.contentInserted, b.contentUpdated, b.firstDay, b.lastDay,
      ]),
    );
  }
  return json(ImportHistoryResponse.parse({ imports }));
});

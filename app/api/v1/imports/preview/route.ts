// POST /api/v1/imports/preview — multipart `file` (+ preset, platform,
// account, year, day, mapping): what importing it would do, without writing.
// Nothing is kept on the server; the commit sends the file again. With
// `Accept: application/x-ndjson` the answer streams progress lines first.
import { importOptions, progressResponse, readUpload, wantsProgress } from "@/lib/api/import-requests";
import { badField, json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { ImportOptionError, previewImport, previewJson, type ImportProgress } from "@/lib/ingest/pipeline";
import { ImportPreviewSchema, ImportQuery } from "@/lib/schemas/api/imports";

export const dynamic = "force-dynamic";

export const POST = apiRoute("imports.write", async (request, { db, workspace, query, locale: lang }) => {
  parseInput(ImportQuery, queryObject(query)); // rejects unknown parameters (lang is read by apiRoute)
  const upload = await readUpload(request);
  if (!upload.ok) return upload.response;
  const work = async (onProgress?: (p: ImportProgress) => void): Promise<Response> => {
    let preview;
    try {
      preview = await previewImport(db, workspace, { bytes: upload.bytes, fileName: upload.file.name || "upload", options: importOptions(upload.fields), onProgress });
    } catch (error) {
      if (error instanceof ImportOptionError) return badField(error.field, { code: "unknown_option", values: { detail: error.message } }, lang);
      throw error;
    }
    const body = ImportPreviewSchema.parse(previewJson(preview, lang));
    if (preview.status === "unreadable") {
      const e = body.errors[0];
      const message = e?.message ?? "the file cannot be read";
      return json({ error: { code: "unreadable_file", message, en: e?.reason ?? message, zh: e?.reasonZh ?? message, issues: [{ field: "file", message }] }, preview: body }, { status: 422 });
    }
    return json(body);
  };
  return wantsProgress(request) ? progressResponse(work) : work();
});

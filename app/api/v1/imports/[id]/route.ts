// GET /api/v1/imports/[id] — one import: counts, errors (in both languages),
// the options it was read with and what it changed.
import { json, notFound } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { importLang } from "@/lib/ingest/error-messages";
import { ImportBatchDetailSchema, ImportDetailQuery, ImportIdParam } from "@/lib/schemas/api/imports";
import { getImportDetail } from "@/lib/services/imports";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async (request, { db, workspace, params, query }) => {
  const { id } = parseInput(ImportIdParam, params);
  const q = parseInput(ImportDetailQuery, queryObject(query));
  const detail = await getImportDetail(db, workspace, id, importLang(q.lang, request.headers.get("accept-language")));
  if (!detail) return notFound(`Import ${id}`);
  return json(ImportBatchDetailSchema.parse(detail));
});

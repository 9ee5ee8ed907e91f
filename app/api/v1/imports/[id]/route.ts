// GET /api/v1/imports/[id] — one import: counts, errors (in both languages),
// the options it was read with and what it changed.
import { json, notFound } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { ImportBatchDetailSchema, ImportDetailQuery, ImportIdParam } from "@/lib/schemas/api/imports";
import { getImportDetail } from "@/lib/services/imports";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("imports.read", async (request, { db, workspace, params, query, locale }) => {
  const { id } = parseInput(ImportIdParam, params);
  parseInput(ImportDetailQuery, queryObject(query)); // rejects unknown parameters (lang is read by apiRoute)
  const detail = await getImportDetail(db, workspace, id, locale);
  if (!detail) return notFound(`Import ${id}`);
  return json(ImportBatchDetailSchema.parse(detail));
});

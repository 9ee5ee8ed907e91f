// POST /api/v1/metrics — canonical rows as JSON, `Authorization: Bearer kpi_…`.
// Body { rows: [{ date, platform, account, impressions, …, spend, … }] }, at
// most 10,000 rows; numbers or numeric text, money in major units. Every row
// is checked like a CSV row: any invalid row → 422 listing { index, column,
// value, reason } for the first 500 errors (errorsTotal counts them all),
// and nothing is written; otherwise one
// transaction, recorded as an import with source "api" → { batchId,
// inserted, updated, unchanged }. ?dryRun=true only counts.
//
// The token names the workspace: a `?workspace=` in the URL is replaced by
// the token's before the shared route wrapper resolves it.
import { readJson } from "@/lib/api/import-requests";
import { readLimited } from "@/lib/api/read-limited";
import { json, listIssues, serverError, unauthorized } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { db as defaultDb, writerDb } from "@/lib/db";
import { localizeRowError } from "@/lib/ingest/error-messages";
import { MAX_LISTED } from "@/lib/ingest/import-types";
import { importMetricRows } from "@/lib/ingest/metric-rows";
import { MAX_METRIC_ROWS, MetricsBody, MetricsQuery, MetricsResponse, MetricsRowErrorSchema } from "@/lib/schemas/api/imports";
import { findBearer, verifyBearer } from "@/lib/services/api-tokens";

export const dynamic = "force-dynamic";

/** 10,000 rows of twenty columns fit well within this. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;
const NO_TOKEN = "A valid API token is required: Authorization: Bearer kpi_… (create one on /data)";

const handler = apiRoute(async (request, { db, workspace, query, locale: lang }) => {
  const auth = await verifyBearer(db, request.headers.get("authorization"));
  if (!auth || auth.workspace.id !== workspace.id) return unauthorized(NO_TOKEN);
  const q = parseInput(MetricsQuery, queryObject(query));
  const read = await readJson(request, MetricsBody, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const result = await importMetricRows(writerDb(), workspace, { rows: read.body.rows, dryRun: q.dryRun ?? false, createdBy: `token:${auth.token.name} (${auth.token.prefix}…)` });
  if (!result.ok) {
    // The answer lists the first MAX_LISTED errors and one issue per row (capped by listIssues): it must not grow with the request.
    const errors = result.errors.slice(0, MAX_LISTED).map((e) => {
      const { row, ...rest } = localizeRowError(e, lang);
      return MetricsRowErrorSchema.parse({ index: row, ...rest });
    });
    const firstOfRow = new Map<number, string>();
    for (const e of result.errors) if (!firstOfRow.has(e.row)) firstOfRow.set(e.row, localizeRowError(e, lang).message);
    const rows = firstOfRow.size;
    const en = `${rows} of ${read.body.rows.length} rows are invalid; nothing was written.`;
    const zh = `${read.body.rows.length} 行中有 ${rows} 行无效，未写入任何数据。`;
    return json(
      {
        error: {
          code: "invalid_rows",
          message: lang === "zh-CN" ? zh : en,
          en,
          zh,
          errors,
          errorsTotal: result.errors.length,
          ...listIssues([...firstOfRow].map(([i, message]) => ({ field: `rows.${i}`, message }))),
        },
      },
      { status: 422 },
    );
  }
  const { ok: _ok, ...counts } = result;
  return json(MetricsResponse.parse(counts), { status: counts.dryRun ? 200 : 201 });
});

export async function POST(request: Request, segment: { params: Promise<Record<string, string>> }): Promise<Response> {
  let auth: Awaited<ReturnType<typeof findBearer>>;
  try {
    auth = await findBearer(defaultDb(), request.headers.get("authorization"));
  } catch (error) {
    console.error(error);
    return serverError();
  }
  if (!auth) return unauthorized(NO_TOKEN);
  // Read with the limit enforced as it arrives: a chunked body has no Content-Length to check first.
  const body = await readLimited(request, MAX_BODY_BYTES);
  if (!body.ok) {
    return json({ error: { code: "payload_too_large", message: `at most ${MAX_METRIC_ROWS} rows per request`, issues: [{ field: "rows", message: `at most ${MAX_METRIC_ROWS} rows per request` }] } }, { status: 413 });
  }
  const url = new URL(request.url);
  url.searchParams.set("workspace", auth.workspace.slug);
  return handler(new Request(url, { method: request.method, headers: request.headers, body: body.bytes }), segment);
}

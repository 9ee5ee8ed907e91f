// POST /api/v1/metrics — canonical rows as JSON, `Authorization: Bearer kpi_…`.
// Body { rows: [{ date, platform, account, impressions, …, spend, … }] }, at
// most 10,000 rows; numbers or numeric text, money in major units. Every row
// is checked like a CSV row: any invalid row → 422 listing { index, column,
// value, reason } for the first 500 errors (errorsTotal counts them all),
// and nothing is written; otherwise one
// transaction, recorded as an import with source "api" → { batchId,
// inserted, updated, unchanged }. ?dryRun=true only counts.
//
// The token names the workspace (a signed-in manager or admin may also post,
// into their current workspace); lib/auth/permissions decides who may.
import { readJson } from "@/lib/api/import-requests";
import { audit } from "@/lib/auth/audit";
import { json, listIssues } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { writerDb } from "@/lib/db";
import { localizeRowError } from "@/lib/ingest/error-messages";
import { MAX_LISTED } from "@/lib/ingest/import-types";
import { importMetricRows } from "@/lib/ingest/metric-rows";
import { MetricsBody, MetricsQuery, MetricsResponse, MetricsRowErrorSchema } from "@/lib/schemas/api/imports";
import { markTokenUsed } from "@/lib/services/api-tokens";

export const dynamic = "force-dynamic";

/** 10,000 rows of twenty columns fit well within this. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

export const POST = apiRoute("metrics.ingest", async (request, { db, workspace, query, locale: lang, principal, actor, userId }) => {
  if (principal.kind === "token") await markTokenUsed(db, principal.token.id);
  const q = parseInput(MetricsQuery, queryObject(query));
  const read = await readJson(request, MetricsBody, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const result = await importMetricRows(writerDb(), workspace, { rows: read.body.rows, dryRun: q.dryRun ?? false, createdBy: actor });
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
  if (!counts.dryRun) await audit(db, { workspaceId: workspace.id, userId, actor, action: "import", target: `import ${counts.batchId}`, detail: { source: "api", inserted: counts.inserted, updated: counts.updated } });
  return json(MetricsResponse.parse({ ...counts, workspace: { slug: workspace.slug, name: workspace.name } }), { status: counts.dryRun ? 200 : 201 });
});

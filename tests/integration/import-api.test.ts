// The import, export, preset, token and metrics routes, called as Next calls
// them, against a real SQLite file. Responses are parsed with the production
// schemas. Imports come from a signed-in manager (the default below), tokens
// are an admin's, POST /api/v1/metrics is a token's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getExport } from "@/app/api/v1/export/route";
import { GET as getTemplate } from "@/app/api/v1/export/template/route";
import { GET as getImport } from "@/app/api/v1/imports/[id]/route";
import { POST as undoRoute } from "@/app/api/v1/imports/[id]/undo/route";
import { POST as previewRoute } from "@/app/api/v1/imports/preview/route";
import { GET as listImportsRoute, POST as commitRoute } from "@/app/api/v1/imports/route";
import { POST as metricsRoute } from "@/app/api/v1/metrics/route";
import { GET as listPresetsRoute, POST as savePresetRoute } from "@/app/api/v1/presets/route";
import { DELETE as revokeRoute } from "@/app/api/v1/tokens/[id]/route";
import { GET as listTokensRoute, POST as createTokenRoute } from "@/app/api/v1/tokens/route";
import { CANONICAL_HEADER } from "@/lib/ingest/canonical";
import {
  ImportBatchDetailSchema,
  ImportCommitResponse,
  ImportHistoryResponse,
  ImportPreviewSchema,
  MetricsResponse,
  PresetListSchema,
  TokenCreatedResponse,
  TokenListResponse,
} from "@/lib/schemas/api/imports";
import { signedInMember, type Member } from "../helpers/auth";
import { badFields, callRoute, csvOf, signInAs, type CallInit } from "../helpers/route-call";
import { canonicalCsv, checksum, sampleRow, type CanonicalCells } from "../helpers/import-fixtures";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

type Handler<P = Record<string, string>> = (request: Request, segment: { params: Promise<P> }) => Promise<Response>;

let t: TempDatabase;
let manager: Member;
let admin: Member;

beforeAll(async () => {
  t = await createTempDatabase();
  const ws = await t.db.workspace.create({ data: { slug: "api-imports", name: "API imports" } });
  await t.db.workspace.create({ data: { slug: "elsewhere", name: "Elsewhere" } });
  process.env.DATABASE_URL = t.url;
  manager = await signedInMember(t.db, ws, "manager");
  admin = await signedInMember(t.db, ws, "admin");
  signInAs(manager);
});
afterAll(async () => {
  await t.cleanup();
});

function call<P = Record<string, string>>(handler: Handler<P>, path: string, init?: CallInit, params?: P): Promise<Response> {
  return callRoute(handler, path, params, init);
}

function upload(csv: string | Uint8Array, fields: Record<string, string> = {}, name = "metrics.csv"): RequestInit {
  const form = new FormData();
  form.set("file", new File([csv as string | Uint8Array<ArrayBuffer>], name, { type: "text/csv" }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return { method: "POST", body: form };
}

const jsonBody = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

describe("POST /api/v1/imports/preview and /api/v1/imports", () => {
  const rows: CanonicalCells[] = [sampleRow(1, 0), sampleRow(1, 1), sampleRow(2, 0, "weibo")];

  it("previews, commits, commits again unchanged, lists the history and undoes", async () => {
    const before = checksum(t.file);
    const beforeData = checksum(t.file, ["Account", "DailyMetric", "ContentItem"]);
    const preview = await call(previewRoute, "/api/v1/imports/preview", upload(canonicalCsv(rows)));
    expect(preview.status).toBe(200);
    const p = ImportPreviewSchema.parse(await preview.json());
    expect(p).toMatchObject({ status: "ready", counts: { rows: 3, inserted: 3 }, preset: { key: "canonical", via: "detected" } });
    expect(checksum(t.file)).toBe(before);

    const committed = await call(commitRoute, "/api/v1/imports", upload(canonicalCsv(rows)));
    expect(committed.status).toBe(201);
    const c = ImportCommitResponse.parse(await committed.json());
    // who imported is the signed-in user, never a form field
    expect(c.batch).toMatchObject({ status: "committed", rowsInserted: 3, createdBy: `user:${manager.user.email}`, source: "file", fileName: "metrics.csv", canUndo: true });
    expect(c.batch.hashPrefix).toHaveLength(12);

    const again = ImportCommitResponse.parse(await (await call(commitRoute, "/api/v1/imports", upload(canonicalCsv(rows)))).json());
    expect(again.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    const byAdmin = ImportCommitResponse.parse(await (await call(commitRoute, "/api/v1/imports", { ...upload(canonicalCsv(rows)), as: admin })).json());
    expect(again.batch.createdBy).toBe(`user:${manager.user.email}`);
    expect(byAdmin.batch.createdBy).toBe(`user:${admin.user.email}`);

    const history = ImportHistoryResponse.parse(await (await call(listImportsRoute, "/api/v1/imports")).json());
    expect(history.imports.map((b) => b.id)).toEqual([byAdmin.batch.id, again.batch.id, c.batch.id]);
    const csv = await csvOf(await call(listImportsRoute, "/api/v1/imports?format=csv"));
    expect(csv.bom).toBe(true);
    expect(csv.lines[0]?.startsWith("id,created_at,committed_at,undone_at,status,")).toBe(true);
    expect(csv.lines).toHaveLength(4);

    const detail = ImportBatchDetailSchema.parse(await (await call(getImport, `/api/v1/imports/${c.batch.id}`, undefined, { id: String(c.batch.id) })).json());
    expect(detail.changes).toEqual({ dailyInserted: 3, dailyUpdated: 0, contentInserted: 0, contentUpdated: 0, accountsCreated: 2 });

    // Undo newest first: the re-imports changed nothing, so the first one can be undone directly.
    const undo = await call(undoRoute, `/api/v1/imports/${c.batch.id}/undo`, { method: "POST" }, { id: String(c.batch.id) });
    expect(undo.status).toBe(200);
    expect(await undo.json()).toMatchObject({ batch: { status: "undone", canUndo: false }, undo: { deleted: 3, restored: 0, accountsDeleted: 2 } });
    expect(checksum(t.file, ["Account", "DailyMetric", "ContentItem"])).toBe(beforeData);
    const twice = await call(undoRoute, `/api/v1/imports/${c.batch.id}/undo?lang=en`, { method: "POST" }, { id: String(c.batch.id) });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ error: { code: "not_committed" } });
    expect((await call(undoRoute, "/api/v1/imports/999999/undo", { method: "POST" }, { id: "999999" })).status).toBe(404);
  });

  it("answers 409 rejected_rows listing the errors in the language asked for, and commits with skipRejected", async () => {
    const bad = canonicalCsv([sampleRow(3, 0), { ...sampleRow(3, 1), clicks: "12.5" }]);
    const before = checksum(t.file);
    const refused = await call(commitRoute, "/api/v1/imports?lang=zh-CN", upload(bad));
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as { error: { code: string; batchId: number; errors: { row: number; column: string; message: string }[]; message: string }; preview: unknown };
    expect(body.error.code).toBe("rejected_rows");
    expect(body.error.errors).toEqual([expect.objectContaining({ row: 3, column: "clicks", message: "不是整数" })]);
    expect(body.error.message).toContain("1 行被拒绝");
    ImportPreviewSchema.parse(body.preview);
    expect(checksum(t.file)).toBe(before);
    const failed = await t.db.importBatch.findUniqueOrThrow({ where: { id: body.error.batchId } });
    expect(failed.status).toBe("failed");

    const english = await call(commitRoute, "/api/v1/imports", { ...upload(bad), headers: { "accept-language": "en-US,en;q=0.9" } });
    expect(((await english.json()) as { error: { errors: { message: string }[] } }).error.errors[0]?.message).toBe("not a whole number");

    const skipped = await call(commitRoute, "/api/v1/imports", upload(bad, { skipRejected: "true" }));
    expect(skipped.status).toBe(201);
    const s = ImportCommitResponse.parse(await skipped.json());
    expect(s.batch).toMatchObject({ skippedRejected: true, rowsRejected: 1, rowsInserted: 1 });
  });

  it("answers 409 needs_input naming the missing option, 422 for an unreadable file, 400 for bad fields", async () => {
    const overview = '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n"April 12","1591","7","10","1","0"\n';
    const needs = await call(commitRoute, "/api/v1/imports", upload(overview, { account: "@brand" }, "Overview.csv"));
    expect(needs.status).toBe(409);
    expect(await needs.json()).toMatchObject({ error: { code: "needs_input", needs: ["year"], issues: [{ field: "year" }] } });

    const binary = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    const unreadable = await call(previewRoute, "/api/v1/imports/preview?lang=en", upload(binary, {}, "report.xls"));
    expect(unreadable.status).toBe(422);
    expect(await badFields(unreadable)).toEqual(["file"]);

    expect(await badFields(await call(commitRoute, "/api/v1/imports", upload("x", { year: "20x6" })))).toEqual(["year"]);
    expect(await badFields(await call(commitRoute, "/api/v1/imports", upload("x", { colour: "red" })))).toEqual(["colour"]);
    expect(await badFields(await call(commitRoute, "/api/v1/imports", upload("x", { mapping: "{not json" })))).toEqual(["mapping"]);
    // the importer cannot be named in the form (it was a free-text field once)
    expect(await badFields(await call(commitRoute, "/api/v1/imports", upload(canonicalCsv([sampleRow(1, 0)]), { createdBy: "ana" })))).toEqual(["createdBy"]);
    expect(await badFields(await call(commitRoute, "/api/v1/imports", upload(canonicalCsv([sampleRow(1, 0)]), { preset: "nope" })))).toEqual(["preset"]);
    // a JSON body (a text/plain one would not get past the wrapper's 415)
    expect(await badFields(await call(commitRoute, "/api/v1/imports", { method: "POST", headers: { "content-type": "application/json" }, body: '"hello"' }))).toEqual(["file"]);
    const noFile = new FormData();
    noFile.set("year", "2026");
    expect(await badFields(await call(previewRoute, "/api/v1/imports/preview", { method: "POST", body: noFile }))).toEqual(["file"]);
  });

  it("streams progress lines and then the answer with Accept: application/x-ndjson", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => sampleRow(7, 100 + i));
    const response = await call(commitRoute, "/api/v1/imports", { ...upload(canonicalCsv(rows)), headers: { accept: "application/x-ndjson" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await response.text()).trim().split("\n").map((l) => JSON.parse(l) as { type: string; status?: number; body?: unknown });
    expect(lines.slice(0, -1).every((l) => l.type === "progress")).toBe(true);
    const last = lines.at(-1);
    expect(last).toMatchObject({ type: "result", status: 201 });
    expect(ImportCommitResponse.parse(last?.body).counts.inserted).toBe(30);
  });

  it("answers 413 for an upload larger than 200 MB", async () => {
    const response = await call(commitRoute, "/api/v1/imports", { ...upload("date\n"), headers: { "content-length": String(300 * 1024 * 1024) } });
    expect(response.status).toBe(413);
    expect(await badFields(response)).toEqual(["file"]);
  });
});

describe("presets", () => {
  it("lists the built-in presets and saves a custom mapping that is then detected", async () => {
    const list = PresetListSchema.parse(await (await call(listPresetsRoute, "/api/v1/presets")).json());
    expect(list.builtIn.map((p) => p.key)).toContain("canonical");
    expect(list.builtIn.find((p) => p.key === "tiktok_overview")).toMatchObject({ platform: "tiktok", kind: "daily" });

    const headers = ["统计日期", "账号名", "曝光次数", "点击次数"];
    const mapping = { dateColumn: "统计日期", accountColumn: "账号名", platform: "kuaishou", columns: { 曝光次数: "impressions", 点击次数: "clicks" } };
    const saved = await call(savePresetRoute, "/api/v1/presets", jsonBody({ name: "快手日报", headers, mapping }));
    expect(saved.status).toBe(201);
    const preset = ((await saved.json()) as { preset: { key: string } }).preset;
    expect(preset.key).toMatch(/^custom:preset-/);
    const saves = await t.db.auditEvent.findMany({ where: { action: "preset_save" } });
    expect(saves.map((e) => [e.actor, e.target, e.userId])).toEqual([[`user:${manager.user.email}`, "mapping 快手日报", manager.user.id]]);

    const csv = "统计日期,账号名,曝光次数,点击次数\n2026-05-01,ks_brand,1000,30\n2026-05-02,ks_brand,1200,31\n";
    const p = ImportPreviewSchema.parse(await (await call(previewRoute, "/api/v1/imports/preview", upload(csv, {}, "ks.csv"))).json());
    expect(p.preset).toMatchObject({ key: preset.key, via: "saved" });
    expect(p.counts.inserted).toBe(2);
    expect(p.accounts).toEqual([{ platformKey: "kuaishou", handle: "ks_brand", exists: false, rows: 2 }]);

    expect(await badFields(await call(savePresetRoute, "/api/v1/presets", jsonBody({ name: "x", headers, mapping: { ...mapping, columns: { a: "likes_total" } } })))).toEqual(["mapping.columns.a"]);
    expect(await badFields(await call(savePresetRoute, "/api/v1/presets", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }))).toEqual(["(body)"]);
  });
});

describe("GET /api/v1/export", () => {
  it("gives back the lossless canonical CSV, which imports again without a change", async () => {
    // days of their own (2026-02-10 and 11), so the other tests' rows stay out of the export
    const rows = [sampleRow(4, 40), { ...sampleRow(4, 41), spend: "0.05", revenue: "3.1", saves: null }, sampleRow(5, 40, "x")];
    expect((await call(commitRoute, "/api/v1/imports", upload(canonicalCsv(rows)))).status).toBe(201);
    const response = await call(getExport, "/api/v1/export?from=2026-02-10&to=2026-02-11&platform=douyin");
    expect(response.headers.get("content-type")).toContain("text/csv");
    const { bom, lines } = await csvOf(response);
    expect(bom).toBe(true);
    expect(lines[0]).toBe(CANONICAL_HEADER.join(","));
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 3).join(","))).toEqual(["2026-02-10,douyin,acct_4", "2026-02-11,douyin,acct_4"]);
    const second = lines[2]?.split(",") ?? [];
    const col = (name: string) => second[CANONICAL_HEADER.indexOf(name)];
    expect([col("spend"), col("revenue"), col("saves"), col("cost")]).toEqual(["0.05", "3.10", "", `${1000 + 400 + 41}.05`]);

    const all = await csvOf(await call(getExport, "/api/v1/export?from=2026-02-10&to=2026-02-11"));
    const reimport = ImportCommitResponse.parse(await (await call(commitRoute, "/api/v1/imports", upload(all.lines.join("\r\n")))).json());
    expect(reimport.counts).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 3 });

    expect(await badFields(await call(getExport, "/api/v1/export?from=2026-02-01&to=2026-01-01"))).toEqual(["from"]);
    expect(await badFields(await call(getExport, "/api/v1/export?from=2026-01-01&to=2026-01-02&platform=myspace"))).toEqual(["platform"]);
  });

  it("offers the template: header and one example row that imports cleanly", async () => {
    const { bom, lines } = await csvOf(await call(getTemplate, "/api/v1/export/template"));
    expect(bom).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(CANONICAL_HEADER.join(","));
    const p = ImportPreviewSchema.parse(await (await call(previewRoute, "/api/v1/imports/preview", upload(lines.join("\n")))).json());
    expect(p).toMatchObject({ status: "ready", counts: { rows: 1, inserted: 1 } });
  });
});

describe("tokens and POST /api/v1/metrics", () => {
  let secret = "";
  let tokenId = 0;
  let prefix = "";
  // the token alone: no session cookie rides along
  const push = (body: unknown, path = "/api/v1/metrics", auth: string | null = `Bearer ${secret}`) =>
    call(metricsRoute, path, { ...jsonBody(body, auth ? { authorization: auth } : {}), as: null });
  const metricRows = [
    { date: "2026-06-01", platform: "bilibili", account: "bili_brand", impressions: 5000, clicks: "120", spend: 12.5, revenue: "300.00", saves: null },
    { date: "2026-06-02", platform: "bilibili", account: "bili_brand", impressions: 5100, clicks: 130, spend: "13", revenue: 310 },
  ];

  it("creates a token shown once (an admin's job), lists it by prefix", async () => {
    // a manager imports, but may not hand out tokens
    expect((await call(createTokenRoute, "/api/v1/tokens", jsonBody({ name: "etl" }))).status).toBe(403);
    const created = await call(createTokenRoute, "/api/v1/tokens", { ...jsonBody({ name: "etl" }), as: admin });
    expect(created.status).toBe(201);
    const c = TokenCreatedResponse.parse(await created.json());
    expect(c.secret).toMatch(/^kpi_[A-Za-z0-9_-]{43}$/);
    expect(c.secret.startsWith(c.token.prefix)).toBe(true);
    // without scopes, a token may push metrics and nothing else
    expect(c.token.scopes).toEqual(["ingest"]);
    secret = c.secret;
    tokenId = c.token.id;
    prefix = c.token.prefix;
    const list = TokenListResponse.parse(await (await call(listTokensRoute, "/api/v1/tokens", { as: admin })).json());
    expect(list.tokens).toEqual([expect.objectContaining({ id: tokenId, name: "etl", scopes: ["ingest"], revokedAt: null })]);
    expect(JSON.stringify(list)).not.toContain(secret);
    const stored = await t.db.apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(stored.tokenHash).not.toContain(secret);
    expect(await badFields(await call(createTokenRoute, "/api/v1/tokens", { ...jsonBody({}), as: admin }))).toEqual(["name"]);
    expect(await badFields(await call(createTokenRoute, "/api/v1/tokens", { ...jsonBody({ name: "x", scopes: ["admin"] }), as: admin }))).toEqual(["scopes"]);
  });

  it("answers 401 without a token, with an unknown one, and with a malformed header", async () => {
    for (const auth of [null, "Bearer kpi_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Basic abc", `Bearer ${secret}x!`]) {
      const response = await push({ rows: metricRows }, "/api/v1/metrics", auth);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    }
  });

  it("lists every bad row (index, column, value, reason) with 422 and writes nothing", async () => {
    const before = checksum(t.file);
    const response = await push({
      rows: [
        metricRows[0],
        { ...metricRows[1], clicks: "many", spend: 1.234 },
        { date: "2026-13-01", platform: "bilibili", account: "bili_brand", colour: "red" },
        { ...metricRows[0] }, // duplicates row 0
        { date: "2026-06-03", platform: "bilibili", account: "bili_brand", impressions: true },
      ],
    }, "/api/v1/metrics?lang=en");
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; errors: { index: number; column: string; value: string; reason: string; reasonZh: string }[] } };
    expect(body.error.code).toBe("invalid_rows");
    expect(body.error.errors.map((e) => [e.index, e.column, e.value, e.reason])).toEqual([
      [1, "clicks", "many", "not a whole number"],
      [1, "spend", "1.234", "not an amount with at most 2 decimals"],
      [2, "colour", "red", "unknown column"],
      [2, "date", "2026-13-01", "not a date YYYY-MM-DD"],
      [3, "date", "2026-06-01", "duplicates row 0 (same platform, account and date)"],
      [4, "impressions", "true", "expected a number or a numeric text"],
    ]);
    expect(body.error.errors.every((e) => e.reasonZh.length > 0)).toBe(true);
    expect(checksum(t.file)).toBe(before);
  });

  it("rejects more than 10,000 rows naming rows, and a body that is not JSON", async () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({ date: "2026-06-01", platform: "x", account: `a${i}` }));
    expect(await badFields(await push({ rows: many }))).toEqual(["rows"]);
    expect(await badFields(await push({ rows: [] }))).toEqual(["rows"]);
    const notJson = { method: "POST", headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, body: "rows", as: null };
    expect(await badFields(await call(metricsRoute, "/api/v1/metrics", notJson))).toEqual(["(body)"]);
  });

  it("imports valid rows in one batch into the token's workspace (?workspace= naming another: 404), idempotently; dryRun only counts", async () => {
    const dry = await push({ rows: metricRows }, "/api/v1/metrics?dryRun=true");
    expect(dry.status).toBe(200);
    expect(MetricsResponse.parse(await dry.json())).toMatchObject({ batchId: null, dryRun: true, inserted: 2, updated: 0, unchanged: 0 });
    expect(await t.db.dailyMetric.count({ where: { day: { gte: "2026-06-01" } } })).toBe(0);

    const elsewhere = await push({ rows: metricRows }, "/api/v1/metrics?workspace=elsewhere");
    expect(elsewhere.status).toBe(404);
    expect(await t.db.dailyMetric.count({ where: { day: { gte: "2026-06-01" } } })).toBe(0);

    const first = await push({ rows: metricRows }, "/api/v1/metrics?workspace=api-imports");
    expect(first.status).toBe(201);
    const r = MetricsResponse.parse(await first.json());
    expect(r).toMatchObject({ dryRun: false, inserted: 2, updated: 0, unchanged: 0 });
    const batch = await t.db.importBatch.findUniqueOrThrow({ where: { id: r.batchId as number }, include: { workspace: true } });
    expect(batch).toMatchObject({ source: "api", kind: "api", status: "committed", rowsInserted: 2, createdBy: `token:etl (${prefix}…)` });
    expect(batch.workspace.slug).toBe("api-imports");
    const row = await t.db.dailyMetric.findFirstOrThrow({ where: { day: "2026-06-01", account: { handle: "bili_brand" } } });
    expect([row.impressions, row.clicks, row.spendMinor, row.revenueMinor, row.saves, row.views]).toEqual([5000, 120, 1250n, 30000n, null, null]);

    const again = MetricsResponse.parse(await (await push({ rows: metricRows })).json());
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    // a row with only some measures changes only those
    const partial = MetricsResponse.parse(await (await push({ rows: [{ date: "2026-06-01", platform: "bilibili", account: "bili_brand", views: 4000 }] })).json());
    expect(partial).toMatchObject({ updated: 1 });
    const after = await t.db.dailyMetric.findFirstOrThrow({ where: { id: row.id } });
    expect([after.impressions, after.clicks, after.views]).toEqual([5000, 120, 4000]);
    const used = await t.db.apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(used.lastUsedAt).toBeInstanceOf(Date);
  });

  it("revokes a token, after which it is refused", async () => {
    const revoked = await call(revokeRoute, `/api/v1/tokens/${tokenId}`, { method: "DELETE", as: admin }, { id: String(tokenId) });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ token: { id: tokenId, revokedAt: expect.any(String) } });
    expect((await push({ rows: metricRows })).status).toBe(401);
    expect((await call(revokeRoute, "/api/v1/tokens/424242", { method: "DELETE", as: admin }, { id: "424242" })).status).toBe(404);
  });
});

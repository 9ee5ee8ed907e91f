// Money is stored in minor units of the workspace currency: a JPY workspace
// stores yen (no minor unit), a CNY workspace fen. The importer (file and
// JSON), the canonical export and a re-import of that export all use the
// currency's digits, against a real SQLite file through the real handlers.
// One manager belongs to both workspaces, with a session looking at each.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getExport } from "@/app/api/v1/export/route";
import { GET as getTemplate } from "@/app/api/v1/export/template/route";
import { POST as previewRoute } from "@/app/api/v1/imports/preview/route";
import { POST as commitRoute } from "@/app/api/v1/imports/route";
import { POST as metricsRoute } from "@/app/api/v1/metrics/route";
import { CANONICAL_HEADER } from "@/lib/ingest/canonical";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { ImportCommitResponse, ImportPreviewSchema, MetricsResponse } from "@/lib/schemas/api/imports";
import { canonicalCsv, checksum, type CanonicalCells } from "../helpers/import-fixtures";
import { anotherSession, apiToken, signedInMember, type Credentials } from "../helpers/auth";
import { callRoute, csvOf, type CallInit } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

type Handler<P = Record<string, string>> = (request: Request, segment: { params: Promise<P> }) => Promise<Response>;

let t: TempDatabase;
let yenWorkspace: Workspace;
const sessions = {} as Record<"yen" | "yuan", Credentials>;

beforeAll(async () => {
  t = await createTempDatabase();
  yenWorkspace = await t.db.workspace.create({ data: { slug: "yen", name: "Tokyo", currency: "JPY" } });
  const yuan = await t.db.workspace.create({ data: { slug: "yuan", name: "Shanghai", currency: "CNY" } });
  process.env.DATABASE_URL = t.url;
  const manager = await signedInMember(t.db, yuan, "manager");
  await t.db.membership.create({ data: { userId: manager.user.id, workspaceId: yenWorkspace.id, role: "manager" } });
  sessions.yuan = manager;
  sessions.yen = await anotherSession(t.db, manager.user, yenWorkspace.id);
});
afterAll(async () => {
  await t.cleanup();
});

/** A request from the session looking at workspace `slug`. */
function call(slug: "yen" | "yuan", handler: Handler, path: string, init?: CallInit): Promise<Response> {
  return callRoute(handler, path, undefined, { ...init, as: sessions[slug] });
}

function upload(csv: string, name = "metrics.csv"): RequestInit {
  const form = new FormData();
  form.set("file", new File([csv], name, { type: "text/csv" }));
  return { method: "POST", body: form };
}

/** POST /api/v1/metrics with a token (the token names the workspace). */
const push = (path: string, body: unknown, token: Credentials) =>
  callRoute(metricsRoute, path, undefined, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), as: token });

const row = (day: string, account: string, money: Pick<CanonicalCells, "spend" | "revenue" | "cost">): CanonicalCells => ({
  date: day,
  platform: "douyin",
  account,
  impressions: 1000,
  clicks: 10,
  ...money,
});

async function stored(slug: string, account: string, day: string) {
  const r = await t.db.dailyMetric.findFirstOrThrow({ where: { day, account: { handle: account, workspace: { slug } } } });
  return [r.spendMinor, r.revenueMinor, r.costMinor];
}

describe("canonical CSV money by workspace currency", () => {
  it("stores spend 5000 as 5000 yen in a JPY workspace and as 500000 fen in a CNY one", async () => {
    const csv = canonicalCsv([row("2026-03-01", "shop", { spend: "5000", revenue: "120000", cost: "" })]);
    for (const [slug, expected] of [["yen", [5000n, 120000n, null]], ["yuan", [500000n, 12000000n, null]]] as const) {
      const response = await call(slug, commitRoute, "/api/v1/imports", upload(csv));
      expect(response.status, slug).toBe(201);
      expect(ImportCommitResponse.parse(await response.json()).counts).toMatchObject({ inserted: 1 });
      expect(await stored(slug, "shop", "2026-03-01")).toEqual(expected);
    }
  });

  it("rejects 12.5 in a JPY workspace, naming the column and the reason in both languages", async () => {
    const before = checksum(t.file);
    const csv = canonicalCsv([row("2026-03-02", "shop", { spend: "12.5", revenue: "3", cost: "" })]);
    for (const [lang, message] of [["en", "not a whole amount (the currency has no decimals)"], ["zh-CN", "不是整数金额（该币种没有小数）"]] as const) {
      const preview = ImportPreviewSchema.parse(await (await call("yen", previewRoute, `/api/v1/imports/preview?lang=${lang}`, upload(csv))).json());
      expect(preview.status).toBe("has_errors");
      expect(preview.errors).toEqual([
        {
          row: 2,
          column: "spend",
          value: "12.5",
          code: "not_amount",
          reason: "not a whole amount (the currency has no decimals)",
          reasonZh: "不是整数金额（该币种没有小数）",
          message,
        },
      ]);
    }
    // The same text is a valid amount in CNY.
    const yuan = ImportPreviewSchema.parse(await (await call("yuan", previewRoute, "/api/v1/imports/preview", upload(csv))).json());
    expect(yuan.status).toBe("ready");
    expect(checksum(t.file)).toBe(before);
  });

  it("exports a JPY workspace in whole yen, and importing the export again changes nothing", async () => {
    const rows = [
      row("2026-04-01", "tokyo", { spend: "5000", revenue: "987654321", cost: "1" }),
      row("2026-04-02", "tokyo", { spend: "0", revenue: "", cost: "42" }),
    ];
    expect((await call("yen", commitRoute, "/api/v1/imports", upload(canonicalCsv(rows)))).status).toBe(201);
    const { lines } = await csvOf(await call("yen", getExport, "/api/v1/export?from=2026-04-01&to=2026-04-02"));
    const col = (line: string | undefined, name: string) => line?.split(",")[CANONICAL_HEADER.indexOf(name)];
    expect(lines.slice(1).map((l) => ["spend", "revenue", "cost"].map((c) => col(l, c)))).toEqual([
      ["5000", "987654321", "1"],
      ["0", "", "42"],
    ]);

    const before = checksum(t.file, ["Account", "DailyMetric", "ContentItem"]);
    const again = ImportCommitResponse.parse(await (await call("yen", commitRoute, "/api/v1/imports", upload(lines.join("\r\n"), "export.csv"))).json());
    expect(again.counts).toMatchObject({ rows: 2, inserted: 0, updated: 0, unchanged: 2 });
    expect(checksum(t.file, ["Account", "DailyMetric", "ContentItem"])).toBe(before);
    expect(await stored("yen", "tokyo", "2026-04-01")).toEqual([5000n, 987654321n, 1n]);
  });

  it("gives a template whose example amounts fit the currency, and import as they are", async () => {
    for (const [slug, spend] of [["yen", "1200"], ["yuan", "1200.50"]] as const) {
      const { lines } = await csvOf(await call(slug, getTemplate, "/api/v1/export/template"));
      expect(lines[1]?.split(",")[CANONICAL_HEADER.indexOf("spend")], slug).toBe(spend);
      const p = ImportPreviewSchema.parse(await (await call(slug, previewRoute, "/api/v1/imports/preview", upload(lines.join("\n")))).json());
      expect(p.status, slug).toBe("ready");
    }
  });

  it("exports a CNY workspace with two decimals, which imports again unchanged", async () => {
    const rows = [row("2026-04-01", "shanghai", { spend: "0.05", revenue: "3.1", cost: "-0" })];
    expect((await call("yuan", commitRoute, "/api/v1/imports", upload(canonicalCsv(rows)))).status).toBe(201);
    const { lines } = await csvOf(await call("yuan", getExport, "/api/v1/export?from=2026-04-01&to=2026-04-01"));
    const cells = lines[1]?.split(",") ?? [];
    expect(["spend", "revenue", "cost"].map((c) => cells[CANONICAL_HEADER.indexOf(c)])).toEqual(["0.05", "3.10", "0.00"]);
    const before = checksum(t.file, ["Account", "DailyMetric", "ContentItem"]);
    const again = ImportCommitResponse.parse(await (await call("yuan", commitRoute, "/api/v1/imports", upload(lines.join("\r\n")))).json());
    expect(again.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    expect(checksum(t.file, ["Account", "DailyMetric", "ContentItem"])).toBe(before);
  });
});

describe("POST /api/v1/metrics money by workspace currency", () => {
  it("stores yen as given in a JPY workspace and rejects decimals", async () => {
    const token = await apiToken(t.db, yenWorkspace, ["ingest"], "etl");
    const ok = await push("/api/v1/metrics", { rows: [{ date: "2026-05-01", platform: "x", account: "jp", spend: 5000, revenue: "7000" }] }, token);
    expect(ok.status).toBe(201);
    expect(MetricsResponse.parse(await ok.json())).toMatchObject({ inserted: 1 });
    const r = await t.db.dailyMetric.findFirstOrThrow({ where: { day: "2026-05-01", account: { handle: "jp", workspace: { slug: "yen" } } } });
    expect([r.spendMinor, r.revenueMinor]).toEqual([5000n, 7000n]);

    const bad = await push("/api/v1/metrics?lang=zh-CN", { rows: [{ date: "2026-05-02", platform: "x", account: "jp", spend: 12.5 }] }, token);
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { error: { errors: { index: number; column: string; value: string; code: string; reason: string; message: string }[] } };
    expect(body.error.errors).toEqual([expect.objectContaining({ index: 0, column: "spend", value: "12.5", code: "not_amount", message: "不是整数金额（该币种没有小数）" })]);
  });
});

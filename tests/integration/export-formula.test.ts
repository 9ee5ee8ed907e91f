// Formula injection through the exports: an account handle or a file name
// that a spreadsheet would run (`=HYPERLINK(…)`, `+1+1`, `@SUM(A1)`, …) is
// imported, then exported: every such text cell starts with a single quote,
// while negative figures stay plain numbers, and the canonical export still
// imports again without a change (the importer takes the quote off).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getExport } from "@/app/api/v1/export/route";
import { GET as listImportsRoute, POST as commitRoute } from "@/app/api/v1/imports/route";
import { CANONICAL_HEADER } from "@/lib/ingest/canonical";
import { parseCsv } from "@/lib/ingest/csv";
import { ImportCommitResponse } from "@/lib/schemas/api/imports";
import { csvOf } from "../helpers/route-call";
import { signedInMember } from "../helpers/auth";
import { callRoute, signInAs } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase, addDailyMetrics } from "../helpers/temp-db";

let t: TempDatabase;

beforeAll(async () => {
  t = await createTempDatabase();
  const workspace = await t.db.workspace.create({ data: { slug: "formula", name: "Formula" } });
  process.env.DATABASE_URL = t.url;
  signInAs(await signedInMember(t.db, workspace, "manager"));
});
afterAll(async () => {
  await t.cleanup();
});

function call(handler: (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>, path: string, init?: RequestInit) {
  return callRoute(handler, path, {}, init);
}

function upload(csv: string, name: string, fields: Record<string, string> = {}): RequestInit {
  const form = new FormData();
  form.set("file", new File([csv], name, { type: "text/csv" }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return { method: "POST", body: form };
}

const DAY = "2026-03-02";
/** Handles a spreadsheet would evaluate (OWASP's triggers), and one it would not. */
const PAYLOADS = ['=HYPERLINK("http://x","y")', "+1+1", "-1+1", "@SUM(A1)"];
/** Importers trim handles, so these two can only be stored some other way; the export guards them all the same. */
const WHITESPACE_PAYLOADS = ["\t=1", "\r=1"];

/**
 * One canonical row per handle: impressions 100, clicks 5, comments −3 and
 * follows −2 (changes may be negative), spend 12.50. Cells are quoted as
 * RFC 4180 asks (the HYPERLINK handle holds quotes and a comma).
 */
function canonicalFile(handles: readonly string[]): string {
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const values: Record<string, string> = { impressions: "100", clicks: "5", comments: "-3", follows: "-2", spend: "12.50" };
  const row = (handle: string) => CANONICAL_HEADER.map((c) => (c === "date" ? DAY : c === "platform" ? "douyin" : c === "account" ? quote(handle) : (values[c] ?? ""))).join(",");
  return `${[CANONICAL_HEADER.join(","), ...handles.map(row)].join("\n")}\n`;
}

describe("CSV exports neutralise formulas in text cells", () => {
  it("guards imported handles in the canonical export, keeps negative figures numbers, and re-imports it unchanged", async () => {
    const handles = [...PAYLOADS, "plain_brand"];
    const committed = await call(commitRoute, "/api/v1/imports", upload(canonicalFile(handles), "handles.csv"));
    expect(committed.status).toBe(201);
    expect(ImportCommitResponse.parse(await committed.json()).counts).toMatchObject({ rows: 5, inserted: 5 });
    // Stored exactly as imported: the guard belongs to the export, not the data.
    const stored = await t.db.account.findMany({ select: { handle: true, displayName: true }, orderBy: { id: "asc" } });
    expect(stored.map((a) => a.handle)).toEqual(handles);
    expect(stored.map((a) => a.displayName)).toEqual(handles);

    // Two more handles that no importer lets through (they trim), stored directly next to the imported ones.
    const like = await t.db.account.findFirstOrThrow({ where: { handle: "plain_brand" } });
    for (const handle of WHITESPACE_PAYLOADS) {
      await t.db.account.create({ data: { workspaceId: like.workspaceId, platformKey: "weibo", handle, displayName: handle, industry: like.industry } });
    }
    const weibo = await t.db.account.findMany({ where: { platformKey: "weibo" } });
    for (const a of weibo) await addDailyMetrics(t.db, { data: { workspaceId: a.workspaceId, accountId: a.id, day: DAY, impressions: 50, comments: -4 } });

    const { lines } = await csvOf(await call(getExport, `/api/v1/export?from=${DAY}&to=${DAY}`));
    expect(lines).toHaveLength(1 + handles.length + WHITESPACE_PAYLOADS.length);
    // The HYPERLINK row as text, written by hand: quote first, then RFC 4180 quoting of the cell.
    expect(lines).toContain(`${DAY},douyin,"'=HYPERLINK(""http://x"",""y"")",100,,,5,,-3,,,-2,,,,,12.50,,,`);
    expect(lines).toContain(`${DAY},douyin,'+1+1,100,,,5,,-3,,,-2,,,,,12.50,,,`);
    expect(lines).toContain(`${DAY},douyin,'-1+1,100,,,5,,-3,,,-2,,,,,12.50,,,`);
    expect(lines).toContain(`${DAY},douyin,'@SUM(A1),100,,,5,,-3,,,-2,,,,,12.50,,,`);
    expect(lines).toContain(`${DAY},douyin,plain_brand,100,,,5,,-3,,,-2,,,,,12.50,,,`);
    expect(lines).toContain(`${DAY},weibo,'\t=1,50,,,,,-4,,,,,,,,,,,`);

    // Parsed as a spreadsheet would read the cells: every account cell but the plain one starts with the quote.
    const text = (await (await call(getExport, `/api/v1/export?from=${DAY}&to=${DAY}`)).text()).replace(/^\uFEFF/, "");
    const [header, ...records] = parseCsv(text);
    expect(header?.cells).toEqual([...CANONICAL_HEADER]);
    const accountCells = records.map((r) => r.cells[CANONICAL_HEADER.indexOf("account")]);
    expect(accountCells.sort()).toEqual([...PAYLOADS, ...WHITESPACE_PAYLOADS].map((h) => `'${h}`).concat("plain_brand").sort());
    for (const r of records) {
      const comments = r.cells[CANONICAL_HEADER.indexOf("comments")];
      expect(["-3", "-4"]).toContain(comments);
    }

    // The export imports again without a change: the quotes come off, the handles match.
    const again = await call(commitRoute, "/api/v1/imports", upload(text, "export.csv"));
    expect(again.status).toBe(201);
    expect(ImportCommitResponse.parse(await again.json()).counts).toMatchObject({ rows: 7, inserted: 0, updated: 0, unchanged: 7 });
    expect(await t.db.account.count()).toBe(7);
  });

  it("guards the file name in the import history CSV (the author is the session's, \"user:…\", never the client's text)", async () => {
    const name = '=HYPERLINK("http://x","y").csv';
    const committed = await call(commitRoute, "/api/v1/imports", upload(canonicalFile(["history_brand"]), name));
    expect(committed.status).toBe(201);
    const batch = ImportCommitResponse.parse(await committed.json()).batch;
    expect(batch.fileName).toBe(name);

    const { lines } = await csvOf(await call(listImportsRoute, "/api/v1/imports?format=csv"));
    const row = lines.find((l) => l.startsWith(`${batch.id},`));
    expect(row).toContain(`,"'=HYPERLINK(""http://x"",""y"").csv",`);
    expect(row).toMatch(/,user:[^,]+@[^,]+,/);
  });
});

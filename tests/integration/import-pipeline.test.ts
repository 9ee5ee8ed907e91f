// The import pipeline on a real SQLite file: preview counts, commit,
// idempotent re-import, corrections, partial measures, rejected rows,
// atomicity under a write failure, undo, posts, needs, unreadable files and
// the streaming path across chunk boundaries.
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { commitImport, ImportWriteError, previewImport } from "@/lib/ingest/pipeline";
import { undoImport } from "@/lib/ingest/undo";
import { getImportDetail } from "@/lib/services/imports";
import { DAILY_CHUNK } from "@/lib/ingest/write-daily-metrics";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { canonicalCsv, checksum, encode, rowsOf, sampleRow, type CanonicalCells } from "../helpers/import-fixtures";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
let ws: Workspace;
let n = 0;

beforeAll(async () => {
  t = await createTempDatabase();
});
afterAll(async () => {
  await t.cleanup();
});
// A fresh workspace per test keeps the tests independent in one database file.
beforeEach(async () => {
  n++;
  ws = await t.db.workspace.create({ data: { slug: `imp-${n}`, name: `Import ${n}` } });
});

const file = (rows: CanonicalCells[], name = "metrics.csv") => ({ bytes: encode(canonicalCsv(rows)), fileName: name });
const commit = (rows: CanonicalCells[], extra: { skipRejected?: boolean } = {}) => commitImport(t.db, ws, { ...file(rows), ...extra, createdBy: "test" });

async function stored(account: string, day: string) {
  return t.db.dailyMetric.findFirst({ where: { workspaceId: ws.id, account: { handle: account }, day } });
}

describe("preview", () => {
  it("counts inserts, updates, unchanged and rejected rows against the database without writing", async () => {
    const before = [sampleRow(1, 0), sampleRow(1, 1), sampleRow(2, 0)];
    expect((await commit(before)).ok).toBe(true);
    const snapshot = checksum(t.file);

    const next = [
      sampleRow(1, 0), // unchanged
      { ...sampleRow(1, 1), clicks: 7 }, // updated
      sampleRow(2, 1), // new day of an existing account
      sampleRow(3, 0, "weibo"), // new account
      { ...sampleRow(3, 1, "weibo"), views: "lots" }, // rejected
    ];
    const preview = await previewImport(t.db, ws, file(next));
    expect(checksum(t.file)).toBe(snapshot);
    expect(preview.status).toBe("has_errors");
    expect(preview.preset?.key).toBe("canonical");
    expect(preview.counts).toMatchObject({ rows: 5, inserted: 2, updated: 1, unchanged: 1, rejected: 1, skipped: 0, accountsNew: 1 });
    expect(preview.errors).toEqual([
      expect.objectContaining({ row: 6, column: "views", value: "lots", reason: "not a whole number", reasonZh: "不是整数", code: "not_integer" }),
    ]);
    expect(preview.errorsTotal).toBe(1);
    expect(preview.firstDay).toBe("2026-01-01");
    expect(preview.lastDay).toBe("2026-01-02");
    expect(preview.accounts).toEqual([
      { platformKey: "douyin", handle: "acct_1", exists: true, rows: 2 },
      { platformKey: "douyin", handle: "acct_2", exists: true, rows: 1 },
      { platformKey: "weibo", handle: "acct_3", exists: false, rows: 1 },
    ]);
    expect(preview.sample.daily).toHaveLength(4);
    expect(preview.sample.daily[0]?.measures.spendMinor).toBe(Math.round(Number(sampleRow(1, 0).spend) * 100));
    expect(preview.rollup.code).toBe("daily");
    // the same bytes were not committed before
    expect(preview.previousImport).toBeNull();
  });
});

describe("commit", () => {
  it("writes every row in one batch, and the same file again changes nothing but is recorded", async () => {
    const rows = [sampleRow(1, 0), sampleRow(1, 1), sampleRow(2, 0, "xiaohongshu")];
    const first = await commit(rows);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.counts).toMatchObject({ rows: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0, accountsNew: 2 });
    const row = await stored("acct_2", "2026-01-01");
    // money in minor units, unknown stays null
    expect(row?.spendMinor).toBe(BigInt(Math.round(Number(sampleRow(2, 0).spend) * 100)));
    expect(row?.saves).toBeNull();
    expect(row?.importBatchId).toBe(first.batchId);
    const snapshot = checksum(t.file, ["Account", "DailyMetric", "ContentItem"]);

    const again = await commit(rows);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    expect(again.preview.previousImport?.batchId).toBe(first.batchId);
    expect(checksum(t.file, ["Account", "DailyMetric", "ContentItem"])).toBe(snapshot);
    const batches = await t.db.importBatch.findMany({ where: { workspaceId: ws.id }, orderBy: { id: "asc" } });
    expect(batches.map((b) => [b.status, b.rowsInserted, b.rowsUpdated, b.rowsUnchanged, b.preset, b.kind, b.createdBy])).toEqual([
      ["committed", 3, 0, 0, "canonical", "canonical", "test"],
      ["committed", 0, 0, 3, "canonical", "canonical", "test"],
    ]);
    expect(batches[0]?.contentHash).toBe(batches[1]?.contentHash);
    expect(batches[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await t.db.importChange.count({ where: { batchId: batches[1]?.id } })).toBe(0);
  });

  it("a corrected file updates only the rows that changed", async () => {
    const rows = [sampleRow(1, 0), sampleRow(1, 1), sampleRow(1, 2)];
    await commit(rows);
    const untouched = await stored("acct_1", "2026-01-01");
    const corrected = [rows[0] as CanonicalCells, { ...rows[1], clicks: 5, cost: null }, rows[2] as CanonicalCells];
    const result = await commit(corrected);
    expect(result.ok && result.counts).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    const fixed = await stored("acct_1", "2026-01-02");
    expect(fixed?.clicks).toBe(5);
    expect(fixed?.costMinor).toBeNull(); // an empty cell in a full canonical row sets unknown
    expect(fixed?.views).toBe(sampleRow(1, 1).views);
    // the unchanged row kept its batch and timestamp
    expect(await stored("acct_1", "2026-01-01")).toEqual(untouched);
  });

  it("a file with only some measure columns leaves the other measures as stored", async () => {
    await commit([sampleRow(1, 0)]);
    const header = ["date", "platform", "account", "clicks", "spend"];
    const csv = canonicalCsv([{ date: "2026-01-01", platform: "douyin", account: "acct_1", clicks: 1, spend: "9.99" }], header);
    const result = await commitImport(t.db, ws, { bytes: encode(csv), fileName: "partial.csv" });
    expect(result.ok && result.counts).toMatchObject({ updated: 1 });
    expect(result.preview.notes.map((n) => n.code)).toContain("canonical_partial");
    const row = await stored("acct_1", "2026-01-01");
    expect(row?.clicks).toBe(1);
    expect(row?.spendMinor).toBe(999n);
    expect(row?.impressions).toBe(sampleRow(1, 0).impressions); // not in the file: kept
    expect(row?.followers).toBe(sampleRow(1, 0).followers);
  });
});

describe("rejected rows", () => {
  const rows = () => [sampleRow(1, 0), sampleRow(1, 1), { ...sampleRow(1, 2), spend: "1.234" }, { ...sampleRow(2, 0), platform: "myspace" }];

  it("commit nothing and record a failed batch with the errors", async () => {
    await commit([sampleRow(9, 0)]);
    const snapshot = checksum(t.file);
    const result = await commit(rows());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("rejected_rows");
    expect(checksum(t.file)).toBe(snapshot);
    const failed = await t.db.importBatch.findUniqueOrThrow({ where: { id: result.batchId as number } });
    expect(failed).toMatchObject({ status: "failed", rowsTotal: 4, rowsRejected: 2, rowsInserted: 0, committedAt: null });
    expect(JSON.parse(failed.errors ?? "[]")).toEqual([
      expect.objectContaining({ row: 4, column: "spend", value: "1.234" }),
      expect.objectContaining({ row: 5, column: "platform", value: "myspace", reason: "unknown platform key" }),
    ]);
    expect(result.message.en).toContain("2 rows were rejected");
  });

  it("with skipRejected, commit the valid rows and record the choice and the errors", async () => {
    const result = await commit(rows(), { skipRejected: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.counts).toMatchObject({ inserted: 2, rejected: 2 });
    const batch = await t.db.importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
    expect(batch).toMatchObject({ status: "committed", skippedRejected: true, rowsRejected: 2, rowsInserted: 2 });
    expect(JSON.parse(batch.errors ?? "[]")).toHaveLength(2);
    expect(await t.db.dailyMetric.count({ where: { workspaceId: ws.id } })).toBe(2);
  });
});

describe("atomicity", () => {
  it("a write that fails on the last row leaves the database byte for byte unchanged", async () => {
    await commit([sampleRow(1, 0), sampleRow(1, 1)]);
    const rows: CanonicalCells[] = Array.from({ length: DAILY_CHUNK * 2 + 10 }, (_, i) => ({ ...sampleRow(i % 7, Math.floor(i / 7) + 5), account: `atom_${i % 7}` }));
    const lastDay = rows.at(-1)?.date as string;
    const lastAccount = rows.at(-1)?.account as string;
    // The database refuses exactly the file's last row (in the last chunk).
    const sqlite = (await import("better-sqlite3")).default;
    const raw = new sqlite(t.file);
    raw.exec(`CREATE TRIGGER fail_last BEFORE INSERT ON "DailyMetric" WHEN NEW."day" = '${lastDay}' AND NEW."accountId" = (SELECT "id" FROM "Account" WHERE "handle" = '${lastAccount}' AND "workspaceId" = ${ws.id}) BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    raw.close();
    try {
      const before = checksum(t.file);
      const error = await commit(rows).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportWriteError);
      expect(checksum(t.file)).toBe(before);
      const failed = await t.db.importBatch.findFirstOrThrow({ where: { workspaceId: ws.id }, orderBy: { id: "desc" } });
      expect(failed.status).toBe("failed");
      expect(failed.errors).toContain("injected failure");
    } finally {
      const again = new sqlite(t.file);
      again.exec("DROP TRIGGER fail_last");
      again.close();
    }
  });
});

describe("undo", () => {
  it("restores the previous values exactly, and refuses while a later import touched the same rows", async () => {
    const first = await commit([sampleRow(1, 0), sampleRow(1, 1)]);
    expect(first.ok).toBe(true);
    const afterFirst = checksum(t.file, ["Account", "DailyMetric", "ContentItem"]);

    // The second import updates one row, inserts one and creates an account.
    const second = await commit([{ ...sampleRow(1, 0), likes: 1 }, sampleRow(1, 1), sampleRow(5, 0, "bilibili")]);
    expect(second.ok && second.counts).toMatchObject({ inserted: 1, updated: 1, unchanged: 1, accountsNew: 1 });
    // A third one corrects the same row again.
    const third = await commit([{ ...sampleRow(1, 0), likes: 2 }]);
    expect(third.ok).toBe(true);
    if (!first.ok || !second.ok || !third.ok) return;

    const refused = await undoImport(t.db, ws, second.batchId);
    expect(refused).toEqual({ ok: false, code: "later_imports", laterBatchIds: [third.batchId] });

    expect(await undoImport(t.db, ws, third.batchId)).toMatchObject({ ok: true, deleted: 0, restored: 1 });
    expect(await undoImport(t.db, ws, second.batchId)).toMatchObject({ ok: true, deleted: 1, restored: 1, accountsDeleted: 1 });
    expect(checksum(t.file, ["Account", "DailyMetric", "ContentItem"])).toBe(afterFirst);
    expect(await t.db.importChange.count({ where: { batchId: { in: [second.batchId, third.batchId] } } })).toBe(0);
    const undone = await t.db.importBatch.findUniqueOrThrow({ where: { id: second.batchId } });
    expect(undone.status).toBe("undone");
    expect(undone.undoneAt).toBeInstanceOf(Date);
    expect(await undoImport(t.db, ws, second.batchId)).toEqual({ ok: false, code: "not_committed", status: "undone" });

    // Undoing the first import too leaves the workspace as it was before any import.
    expect(await undoImport(t.db, ws, first.batchId)).toMatchObject({ ok: true, deleted: 2, accountsDeleted: 1 });
    expect(await t.db.dailyMetric.count({ where: { workspaceId: ws.id } })).toBe(0);
    expect(await t.db.account.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("records each chunk's inserted rows as one run of ids, and refuses to undo a run a later import changed in its middle", async () => {
    const empty = checksum(t.file, ["Account", "DailyMetric", "ContentItem"]);
    // Two full chunks (DAILY_CHUNK rows each) and 200 rows: three runs.
    const total = 2 * DAILY_CHUNK + 200;
    const rows = Array.from({ length: total }, (_, i) => sampleRow(i % 4, Math.floor(i / 4)));
    const first = await commit(rows);
    expect(first.ok && first.counts.inserted).toBe(total);
    if (!first.ok) return;
    const runs = await t.db.importChange.findMany({ where: { batchId: first.batchId, table: "DailyMetric" }, orderBy: { rowId: "asc" } });
    expect(runs.map((r) => (r.lastRowId ?? r.rowId) - r.rowId + 1)).toEqual([DAILY_CHUNK, DAILY_CHUNK, 200]);
    expect(runs.every((r) => r.action === "insert")).toBe(true);
    expect(await getImportDetail(t.db, ws, first.batchId, "en")).toMatchObject({ changes: { dailyInserted: total, accountsCreated: 4 } });

    // A later import changes one row in the middle of the second run.
    const middle = rows[DAILY_CHUNK + 200] as CanonicalCells;
    const second = await commit([{ ...middle, likes: Number(middle.likes) + 1 }]);
    expect(second.ok && second.counts.updated).toBe(1);
    if (!second.ok) return;
    expect(await undoImport(t.db, ws, first.batchId)).toEqual({ ok: false, code: "later_imports", laterBatchIds: [second.batchId] });

    expect(await undoImport(t.db, ws, second.batchId)).toMatchObject({ ok: true, restored: 1 });
    expect(await undoImport(t.db, ws, first.batchId)).toMatchObject({ ok: true, deleted: total, accountsDeleted: 4 });
    expect(checksum(t.file, ["Account", "DailyMetric", "ContentItem"])).toBe(empty);
  });

  it("does not undo another workspace's import", async () => {
    const result = await commit([sampleRow(1, 0)]);
    const other = await t.db.workspace.create({ data: { slug: `other-${n}`, name: "Other" } });
    expect(result.ok && (await undoImport(t.db, other, result.batchId))).toEqual({ ok: false, code: "not_found" });
  });
});

describe("streaming", () => {
  it("reads a file from disk across chunk boundaries, names a duplicate in a later chunk, and hashes the bytes", async () => {
    const rows = Array.from({ length: DAILY_CHUNK + 50 }, (_, i) => sampleRow(i % 3, Math.floor(i / 3)));
    // line 2 is the first data row; repeat it as the very last row (after the first chunk)
    rows.push(rows[0] as CanonicalCells);
    const dir = await mkdtemp(path.join(os.tmpdir(), "kpi-import-"));
    const csvPath = path.join(dir, "big.csv");
    await writeFile(csvPath, `\uFEFF${canonicalCsv(rows).replaceAll("\n", "\r\n")}`);
    const preview = await previewImport(t.db, ws, { path: csvPath, fileName: "big.csv" });
    expect(preview.format.encoding).toBe("utf-8-bom");
    expect(preview.counts).toMatchObject({ rows: DAILY_CHUNK + 51, inserted: DAILY_CHUNK + 50, rejected: 1 });
    expect(preview.errors).toEqual([expect.objectContaining({ row: DAILY_CHUNK + 52, column: "date", reason: "duplicates line 2 (same platform, account and date)" })]);
    const { createHash } = await import("node:crypto");
    expect(preview.contentHash).toBe(createHash("sha256").update(await readFile(csvPath)).digest("hex"));
  });

  it("rejects rows whose bytes are not UTF-8 instead of storing replacement characters", async () => {
    const text = canonicalCsv([sampleRow(1, 0), sampleRow(1, 1)]);
    const bytes = encode(text);
    const at = text.lastIndexOf("acct_1");
    const damaged = new Uint8Array([...bytes.subarray(0, at), 0xff, 0xfe, ...bytes.subarray(at)]);
    // A big enough file for the streaming path to be taken after a clean first 64 kB.
    const prefix = encode(canonicalCsv(Array.from({ length: 800 }, (_, i) => sampleRow(2, i))));
    const joined = new Uint8Array([...prefix, ...damaged.subarray(damaged.indexOf(0x0a) + 1)]);
    const preview = await previewImport(t.db, ws, { bytes: joined, fileName: "mixed.csv" });
    expect(preview.format.encoding).toBe("utf-8");
    expect(preview.errors).toEqual([expect.objectContaining({ row: 803, column: "account", code: "invalid_utf8" })]);
  });
});

describe("other layouts", () => {
  const real = (name: string) => readFile(path.resolve(import.meta.dirname, "../../../shared/realdata", name));

  it("a per-post export updates content items only, says so, and can be undone", async () => {
    const bytes = new Uint8Array(await real("tiktok_content.csv"));
    const preview = await previewImport(t.db, ws, { bytes, fileName: "tiktok_content.csv", options: { year: 2026 } });
    expect(preview.preset?.key).toBe("tiktok_content");
    expect(preview.rollup.code).toBe("posts_only");
    expect(preview.counts.inserted).toBe(0);
    const items = preview.counts.contentInserted;
    expect(items).toBeGreaterThan(0);

    const result = await commitImport(t.db, ws, { bytes, fileName: "tiktok_content.csv", options: { year: 2026 } });
    expect(result.ok && result.counts).toMatchObject({ contentInserted: items, inserted: 0 });
    expect(await t.db.contentItem.count({ where: { workspaceId: ws.id } })).toBe(items);
    const again = await commitImport(t.db, ws, { bytes, fileName: "tiktok_content.csv", options: { year: 2026 } });
    expect(again.ok && again.counts).toMatchObject({ contentInserted: 0, contentUpdated: 0, contentUnchanged: items });
    if (!result.ok) return;
    expect(await undoImport(t.db, ws, result.batchId)).toMatchObject({ ok: true, deleted: items });
    expect(await t.db.contentItem.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("a file that needs a year says so and commits nothing", async () => {
    const bytes = new Uint8Array(await real("tiktok_overview_en.csv"));
    const preview = await previewImport(t.db, ws, { bytes, fileName: "Overview.csv", options: { account: "@brand" } });
    expect(preview).toMatchObject({ status: "needs_input", needs: ["year"], counts: expect.objectContaining({ inserted: 0 }) });
    const result = await commitImport(t.db, ws, { bytes, fileName: "Overview.csv", options: { account: "@brand" } });
    expect(result).toMatchObject({ ok: false, code: "needs_input", batchId: null });
    const withYear = await commitImport(t.db, ws, { bytes, fileName: "Overview.csv", options: { account: "@brand", year: 2025 } });
    expect(withYear.ok && withYear.counts.inserted).toBeGreaterThan(0);
    // the overview has views, profile visits, likes, comments and shares only: the other measures stay unknown
    const row = await t.db.dailyMetric.findFirstOrThrow({ where: { workspaceId: ws.id } });
    expect(row.impressions).toBeNull();
  });

  it("reads a layout through a one-off column mapping", async () => {
    const csv = "日期,曝光量,点击量,花费(元)\n2026/3/1,\"12,000\",340,¥1200.5\n2026/3/2,1.2万,--,99\n";
    const mapping = { dateColumn: "日期", platform: "weibo" as const, account: "brand_weibo", columns: { 曝光量: "impressions", 点击量: "clicks", "花费(元)": "spend" } };
    const result = await commitImport(t.db, ws, { bytes: encode(csv), fileName: "custom.csv", options: { mapping } });
    expect(result.ok && result.counts).toMatchObject({ inserted: 2 });
    const rows = await t.db.dailyMetric.findMany({ where: { workspaceId: ws.id }, orderBy: { day: "asc" } });
    expect(rows.map((r) => [r.day, r.impressions, r.clicks, r.spendMinor, r.views])).toEqual([
      ["2026-03-01", 12_000, 340, 120_050n, null],
      ["2026-03-02", 12_000, null, 9_900n, null],
    ]);
  });

  it("reports a file that is not a table as unreadable, in both languages", async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    const preview = await previewImport(t.db, ws, { bytes, fileName: "old.xls" });
    expect(preview.status).toBe("unreadable");
    expect(preview.errors[0]).toMatchObject({ row: 0, column: "(file)", code: "unreadable" });
    expect(preview.errors[0]?.reasonZh).toContain("xls");
    expect(await commitImport(t.db, ws, { bytes, fileName: "old.xls" })).toMatchObject({ ok: false, code: "unreadable_file" });
  });

  it("stores days as text and money as integers, as the checksums read them", async () => {
    await commit([sampleRow(1, 0)]);
    const [row] = rowsOf(t.file, `SELECT typeof("updatedAt") AS t, typeof("spendMinor") AS s FROM "DailyMetric" WHERE "workspaceId" = ?`, ws.id);
    expect(row).toEqual({ t: "text", s: "integer" });
  });
});

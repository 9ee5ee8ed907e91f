// A large canonical CSV is read on a worker thread while the import writes
// (canonical-stream-off-thread.ts). The worker must hand over exactly the
// chunks the reader gives on this thread, and an import that takes its
// rollup rows from the worker must leave the rollups equal to a recomputation,
// each account's rows filed under the account's own industry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCanonicalStream, type StreamChunk, type StreamEnd, type StreamSource } from "@/lib/ingest/canonical-stream";
import { OFF_THREAD_MIN_BYTES, readCanonicalStreamOffThread } from "@/lib/ingest/canonical-stream-off-thread";
import { commitImport } from "@/lib/ingest/pipeline";
import { plan as planOf } from "@/lib/ingest/plan";
import { undoImport } from "@/lib/ingest/undo";
import { NEW_ACCOUNT_INDUSTRY } from "@/lib/ingest/write-daily-metrics";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { canonicalCsv, encode, rowsOf, sampleRow, type CanonicalCells } from "../helpers/import-fixtures";
import { rollupProblems } from "../helpers/rollup-check";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
let ws: Workspace;

beforeAll(async () => {
  t = await createTempDatabase();
  ws = await t.db.workspace.create({ data: { slug: "off-thread", name: "Off thread", currency: "CNY", timeZone: "Asia/Shanghai" } });
  // An account that exists before the imports, in an industry of its own: its rows must roll up there.
  await t.db.account.create({ data: { workspaceId: ws.id, platformKey: "douyin", handle: "acct_1", displayName: "acct_1", industry: "beauty", currency: "CNY" } });
});
afterAll(async () => {
  await t.cleanup();
});

const grid = (accounts: number, days: number, first = 0, platforms = ["douyin", "xiaohongshu"]): CanonicalCells[] =>
  Array.from({ length: days }, (_, d) => platforms.flatMap((p) => Array.from({ length: accounts }, (_, a) => sampleRow(a, first + d, p)))).flat();

/** Every chunk the reader yields, and its end. */
async function drain(stream: AsyncGenerator<StreamChunk, StreamEnd>): Promise<{ chunks: StreamChunk[]; end: StreamEnd }> {
  const chunks: StreamChunk[] = [];
  for (;;) {
    const next = await stream.next();
    if (next.done) return { chunks, end: next.value };
    chunks.push(next.value);
  }
}

/** The reader's source for a file the planner streams, with where its bytes are and the industries it files rows under. */
async function sourceOf(planned: Uint8Array, where: Pick<StreamSource, "bytes" | "path" | "industries">): Promise<StreamSource> {
  const plan = await planOf(t.db, ws, { bytes: planned, fileName: "file.csv" });
  if (plan.kind !== "stream") throw new Error(`expected a streaming plan, got ${plan.kind}`);
  return { header: plan.header, headerLine: plan.headerLine, separator: plan.separator, context: plan.context, size: plan.size, newAccountIndustry: NEW_ACCOUNT_INDUSTRY, ...where };
}

describe("reading a canonical CSV on a worker thread", () => {
  it("gives the chunks, errors, notes and hash the reader gives on this thread", async () => {
    const rows = grid(3, 400);
    const text = canonicalCsv(rows);
    const lines = text.split("\n");
    // A bad value, a second row for an account and day, a Total row and bytes that are not UTF-8, far apart.
    lines[700] = lines[700]!.split(",").map((cell, i) => (i === 3 ? "twelve" : cell)).join(",");
    lines.splice(1500, 0, lines[1400]!);
    lines.splice(2000, 0, "Total,,,1,2,3");
    const bytes = encode(lines.join("\n"));
    const at = bytes.indexOf(0x0a, Math.floor(bytes.length * 0.8)) + 1;
    const brokenLine = Uint8Array.from([...encode("2026-02-01,douyin,acct_"), 0xff, ...encode(",1,2\n")]);
    const broken = new Uint8Array(bytes.length + brokenLine.length);
    broken.set(bytes.subarray(0, at));
    broken.set(brokenLine, at);
    broken.set(bytes.subarray(at), at + brokenLine.length);
    const source = await sourceOf(broken, { bytes: broken, industries: [["douyin", "acct_1", "beauty"]] });
    const here = await drain(readCanonicalStream(source));
    const there = await drain(readCanonicalStreamOffThread(source));
    expect(there.end).toEqual(here.end);
    expect(there.chunks).toEqual(here.chunks);
    // What the chunks must hold, counted from the file itself.
    const all = here.chunks;
    expect(all.reduce((n, c) => n + c.rows, 0)).toBe(lines.length - 2 + 1); // the lines but the header and the empty one after the last line end, and the broken one
    const errors = all.flatMap((c) => c.errors);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [701, "impressions", errors[0]!.code],
      [1501, "date", "duplicate_row"],
      [expect.any(Number), "account", "invalid_utf8"],
    ]);
    expect(all.flatMap((c) => c.skipped)).toHaveLength(1);
    expect(all.flatMap((c) => c.newAccounts.map((a) => `${a.platformKey}/${a.handle}:${a.industry}`)).sort()).toEqual(
      ["douyin/acct_0:other", "douyin/acct_1:beauty", "douyin/acct_2:other", "xiaohongshu/acct_0:other", "xiaohongshu/acct_1:other", "xiaohongshu/acct_2:other"],
    );
    expect(all.reduce((n, c) => n + c.daily.size, 0)).toBe(rows.length - 1); // every row but the one with a bad value
    // 400 rows per account, less the one with a bad value (xiaohongshu acct_0 is the 4th account named).
    expect(here.end.accountRows).toEqual([400, 400, 400, 399, 400, 400]);
    // The bytes the caller passed are still its own (a transfer would have emptied them).
    expect(broken.byteLength).toBe(bytes.length + brokenLine.length);
  });

  it("fails with the reader's reason when the file cannot be read", async () => {
    const source = await sourceOf(encode(canonicalCsv(grid(1, 3))), { path: `${t.file}.missing.csv`, industries: null });
    await expect(drain(readCanonicalStreamOffThread(source))).rejects.toThrow(/ENOENT/);
  });
});

describe("an import read on a worker thread", () => {
  const commit = (text: string, name: string) => commitImport(t.db, ws, { bytes: encode(text), fileName: name, createdBy: "test" });

  it("writes every row once, files each account's rollups under its industry, and is idempotent", async () => {
    const text = canonicalCsv(grid(6, 900));
    expect(text.length).toBeGreaterThanOrEqual(OFF_THREAD_MIN_BYTES);
    const cacheSize = async () => Number((await t.db.$queryRawUnsafe<{ cache_size: number | bigint }[]>("PRAGMA cache_size"))[0]?.cache_size);
    const cacheBefore = await cacheSize();
    const first = await commit(text, "big.csv");
    expect(first.ok && first.counts).toMatchObject({ inserted: 10_800, updated: 0, unchanged: 0, rejected: 0, accountsNew: 11 });
    expect(rowsOf(t.file, `SELECT count(*) AS n FROM "DailyMetric" WHERE "workspaceId" = ?`, ws.id)[0]!.n).toBe(10_800);
    expect(rollupProblems(t.file)).toEqual([]);
    const beauty = rowsOf(t.file, `SELECT sum("rows") AS n FROM "DailyRollup" WHERE "workspaceId" = ? AND "industry" = 'beauty'`, ws.id)[0]!.n;
    expect(beauty).toBe(900);

    // The import's larger page cache ended with it.
    expect(await cacheSize()).toBe(cacheBefore);

    const again = await commit(text, "big-again.csv");
    expect(again.ok && again.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 10_800 });
    expect(rollupProblems(t.file)).toEqual([]);
  });

  it("keeps the rollups right when chunks mix new, changed and unchanged rows, and after undo", async () => {
    // Days 800..1799 for the same 12 accounts: 800..899 are stored, every fifth of them with other clicks; the rest are new.
    const rows: CanonicalCells[] = [];
    for (let d = 800; d < 1800; d++) {
      for (const row of grid(6, 1, d)) rows.push(d < 900 && d % 5 === 0 ? { ...row, clicks: 3 } : row);
    }
    const text = canonicalCsv(rows);
    expect(text.length).toBeGreaterThanOrEqual(OFF_THREAD_MIN_BYTES);
    const result = await commit(text, "overlap.csv");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.counts).toMatchObject({ inserted: 900 * 12, updated: 20 * 12, unchanged: 80 * 12 });
    expect(rollupProblems(t.file)).toEqual([]);

    const undo = await undoImport(t.db, ws, result.batchId);
    expect(undo.ok).toBe(true);
    expect(rollupProblems(t.file)).toEqual([]);
  });

  it("writes nothing from a large file with one bad row, and names its line and column", async () => {
    const before = rowsOf(t.file, `SELECT count(*) AS n FROM "DailyMetric"`)[0]!.n;
    const rows = grid(6, 900, 2000);
    rows[5000] = { ...rows[5000], clicks: "many" };
    const result = await commit(canonicalCsv(rows), "bad.csv");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.preview.errors[0]).toMatchObject({ row: 5002, column: "clicks" });
    expect(rowsOf(t.file, `SELECT count(*) AS n FROM "DailyMetric"`)[0]!.n).toBe(before);
  });
});

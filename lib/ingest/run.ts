// One pass over a planned file: the canonical CSV streams in chunks, every
// other file is parsed whole by its preset; either way the records go
// through the same tally and sink (classify, and write when committing).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { Measure } from "@/lib/metrics/measures";
import { dayInZone } from "@/lib/metrics/periods";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { canonicalChunkReader } from "./canonical-chunks";
import { CsvStreamParser } from "./csv-stream";
import { rowError, type LocalText } from "./error-messages";
import type { ImportInput } from "./import-types";
import type { Plan } from "./plan";
import { Sink, type RunMode } from "./sink";
import { Tally } from "./tally";
import type { ContentRecord, PresetResult } from "./types";
import { AccountBook, DAILY_CHUNK, type Queryable } from "./write-daily-metrics";

const SAMPLE = 20;

/**
 * The page cache (KiB) of the connection an import runs on. A day-major file
 * of thousands of accounts inserts each row at a different place in the
 * (accountId, day) index: the last index page of every account must stay in
 * memory, or each insert reads and spills one (the 16 MB default made the
 * inserts of a 5,000-account file a third slower). 32 MB holds the last
 * pages of 5,000 accounts (20 MB); 64 MB imported a million rows of that
 * file in 14.9 s against 15.9–16.0 s, and added its 32 MB to the import's
 * peak memory, which has a 400 MB budget.
 */
const IMPORT_CACHE_SQL = "PRAGMA cache_size = -32768";
/** The file is read and decoded in pieces small enough to stay out of V8's large-object space (see DAILY_CHUNK). */
const PIECE_BYTES = 64 * 1024;

type ParsedChunk = PresetResult & { notes?: LocalText[] };

/** Takes one parsed chunk: errors, skipped rows, notes, then records (a repeated account-day is an error). */
async function consume(tally: Tally, sink: Sink, result: ParsedChunk): Promise<void> {
  tally.addErrors(result.errors);
  tally.addSkipped(result.skipped);
  for (const n of result.notes ?? []) tally.note(n);
  for (const r of result.daily) {
    const earlier = tally.dupes.check(r.platformKey, r.account, r.day, r.line);
    if (earlier !== 0) {
      tally.addErrors([rowError(r.line, "date", r.day, "duplicate_row", { line: earlier })]);
      continue;
    }
    tally.dailyRecords++;
    tally.account(r.platformKey, r.account);
    tally.day(r.day);
    for (const m of Object.keys(r.measures)) tally.measures.add(m as Measure);
    if (tally.sampleDaily.length < SAMPLE) tally.sampleDaily.push(r);
    await sink.addDaily(r);
  }
  for (const p of result.posts) {
    tally.postRecords++;
    tally.account(p.platformKey, p.account);
    if (p.publishedAt) tally.day(dayInZone(p.publishedAt, tally.timeZone));
    if (tally.samplePosts.length < SAMPLE) tally.samplePosts.push(p);
    await sink.addPost(p);
  }
}

/** A post that appears on several rows: the last row wins. */
function lastOfEachPost(posts: readonly ContentRecord[]): { posts: ContentRecord[]; dropped: number } {
  const key = (p: ContentRecord) => `${p.platformKey}\u0000${p.account}\u0000${p.externalId}`;
  const last = new Map<string, ContentRecord>();
  for (const p of posts) last.set(key(p), p);
  const kept = posts.filter((p) => last.get(key(p)) === p);
  return { posts: kept, dropped: posts.length - kept.length };
}

/** Yields the file in pieces, hashing as it goes. */
async function* pieces(input: ImportInput, hash: ReturnType<typeof createHash>): AsyncGenerator<Uint8Array> {
  if (input.bytes) {
    for (let i = 0; i < input.bytes.length; i += PIECE_BYTES) {
      const piece = input.bytes.subarray(i, i + PIECE_BYTES);
      hash.update(piece);
      yield piece;
    }
    return;
  }
  for await (const chunk of createReadStream(input.path as string, { highWaterMark: PIECE_BYTES })) {
    const piece = chunk as Buffer;
    hash.update(piece);
    yield piece;
  }
}

const CONTAINS_REPLACEMENT = /\uFFFD/;

/** The streaming way: the canonical rows are read DAILY_CHUNK at a time (canonical-chunks.ts: the canonical preset's reading, specialised). */
async function runStream(plan: Extract<Plan, { kind: "stream" }>, input: ImportInput, tally: Tally, sink: Sink): Promise<string> {
  const read = canonicalChunkReader(plan.header, plan.context);
  const hash = createHash("sha256");
  const decoder = new TextDecoder("utf-8");
  const parser = new CsvStreamParser(plan.separator);
  const skipThrough = plan.headerLine;
  let rows: { line: number; cells: string[] }[] = [];
  let bytesRead = 0;
  let suspect = false;
  const flush = async () => {
    const chunk = rows;
    rows = [];
    const result: ParsedChunk = { daily: [], posts: [], errors: [], skipped: [] };
    let good = chunk;
    if (suspect) {
      // Bytes that are not UTF-8 became U+FFFD: reject those rows instead of storing the damage.
      good = [];
      for (const row of chunk) {
        const bad = row.cells.findIndex((c) => CONTAINS_REPLACEMENT.test(c));
        if (bad >= 0) result.errors.push(rowError(row.line, plan.header.names[bad] ?? "(row)", row.cells[bad] ?? "", "invalid_utf8"));
        else good.push(row);
      }
    }
    const parsed: ParsedChunk = read(good);
    // Errors in line order: the invalid-UTF-8 rows among the preset's.
    const errors = result.errors.length ? [...result.errors, ...parsed.errors].sort((a, b) => a.row - b.row) : parsed.errors;
    await consume(tally, sink, { ...parsed, errors });
    input.onProgress?.({ phase: "writing", bytesRead, bytesTotal: plan.size, rows: tally.counts.rows });
  };
  const take = async (records: { line: number; cells: string[] }[]) => {
    for (const r of records) {
      if (r.line <= skipThrough) continue;
      tally.counts.rows++;
      rows.push(r);
      if (rows.length >= DAILY_CHUNK) await flush();
    }
  };
  for await (const piece of pieces(input, hash)) {
    bytesRead += piece.length;
    const text = decoder.decode(piece, { stream: true });
    if (!suspect && text.includes("\uFFFD")) suspect = true;
    await take(parser.push(text));
  }
  const rest = decoder.decode();
  if (rest.includes("\uFFFD")) suspect = true;
  await take(parser.push(rest));
  await take(parser.end());
  if (rows.length) await flush();
  return hash.digest("hex");
}

/** The in-memory way: the preset parses the whole table, records go through in chunks. */
async function runTable(plan: Extract<Plan, { kind: "table" }>, input: ImportInput, tally: Tally, sink: Sink): Promise<void> {
  const result = plan.chosen.preset.parse(plan.header, plan.rows, plan.context) as ParsedChunk;
  tally.counts.rows = plan.rows.length;
  const { posts, dropped } = lastOfEachPost(result.posts);
  if (dropped) {
    tally.note({
      code: "duplicate_posts",
      en: `${dropped} rows repeat a post that appears again later in the file: the last row of each post is imported.`,
      zh: `有 ${dropped} 行与文件中后面的行是同一作品：每个作品以最后一行为准。`,
    });
  }
  await consume(tally, sink, { ...result, posts });
  input.onProgress?.({ phase: "writing", bytesRead: plan.size, bytesTotal: plan.size, rows: tally.counts.rows });
}

export interface RunOutcome {
  tally: Tally;
  hash: string;
}

export async function run(q: Queryable, workspace: Workspace, p: Extract<Plan, { kind: "stream" | "table" }>, input: ImportInput, mode: RunMode): Promise<RunOutcome> {
  await q.$queryRawUnsafe(IMPORT_CACHE_SQL);
  const book = await AccountBook.load(q, workspace.id, workspace.currency);
  const tally = new Tally(book, workspace.timeZone);
  const sink = new Sink(q, workspace.id, book, tally, mode);
  let hash: string;
  if (p.kind === "stream") hash = await runStream(p, input, tally, sink);
  else {
    await runTable(p, input, tally, sink);
    hash = p.hash;
  }
  await sink.finish();
  return { tally, hash };
}

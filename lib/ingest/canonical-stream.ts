// The reading half of a canonical CSV import: bytes → text → CSV records →
// validated rows (canonical-chunks.ts) → a second row for an account and day
// turned into an error (DayLineIndex) → rows packed by column, with the rollup
// rows they add when they are all new. It needs no database, so a large file
// is read on a worker thread (canonical-stream-off-thread.ts) while the
// request's thread writes the chunks before; a small one is read right here.
// Either way the chunks are the same.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { MEASURES, type Measure } from "@/lib/metrics/measures";
import type { Day } from "@/lib/metrics/periods";
import { RollupBuffer, type RollupDelta } from "@/lib/metrics/rollup-delta";
import { canonicalChunkReader } from "./canonical-chunks";
import { CsvStreamParser } from "./csv-stream";
import { AccountList, DailyColumnsBuilder, type AccountRef, type DailyColumns } from "./daily-columns";
import { DayLineIndex } from "./duplicates";
import { rowError, type LocalText, type SkippedRow } from "./error-messages";
import type { ImportContext, LocatedHeader, RowError } from "./types";

/** Data rows per chunk: the writer's chunk (DAILY_CHUNK in write-daily-metrics.ts, which a test holds equal). */
export const STREAM_CHUNK_ROWS = 500;
/** The file is read and decoded in pieces small enough to stay out of V8's large-object space. */
const PIECE_BYTES = 64 * 1024;
const CONTAINS_REPLACEMENT = /\uFFFD/;

/** What the reader needs: the plan's findings and where the bytes are. Plain data, so it can cross to a worker. */
export interface StreamSource {
  header: LocatedHeader;
  /** lines up to this one (the header) are not data */
  headerLine: number;
  separator: string;
  context: ImportContext;
  /** the file's size in bytes */
  size: number;
  path?: string;
  bytes?: Uint8Array;
  /**
   * The industry of each account the workspace has ([platform, handle,
   * industry]; others are new, NEW_ACCOUNT_INDUSTRY), for the chunks' rollup
   * rows; null when nothing will be written (the preview).
   */
  industries: readonly (readonly [string, string, string])[] | null;
  newAccountIndustry: string;
}

/** One chunk of the file as read. The records' accounts are places in the stream's account list, which `newAccounts` extends. */
export interface StreamChunk {
  /** data rows read (records, rejected and skipped rows) */
  rows: number;
  bytesRead: number;
  /** the rows' errors in line order, then second rows for an account and day */
  errors: RowError[];
  skipped: SkippedRow[];
  notes: LocalText[];
  /** accounts named for the first time, in order, with the industry their rollup rows were filed under */
  newAccounts: (AccountRef & { industry: string })[];
  firstDay: Day | null;
  lastDay: Day | null;
  daily: Omit<DailyColumns, "accounts">;
  /** the records' rollup rows (RollupBuffer.take), when the source asked for them */
  rollup: RollupDelta[] | null;
}

/** Yields the file in pieces, hashing as it goes. */
async function* pieces(source: StreamSource, hash: ReturnType<typeof createHash>): AsyncGenerator<Uint8Array> {
  if (source.bytes) {
    for (let i = 0; i < source.bytes.length; i += PIECE_BYTES) {
      const piece = source.bytes.subarray(i, i + PIECE_BYTES);
      hash.update(piece);
      yield piece;
    }
    return;
  }
  for await (const chunk of createReadStream(source.path as string, { highWaterMark: PIECE_BYTES })) {
    const piece = chunk as Buffer;
    hash.update(piece);
    yield piece;
  }
}

type CsvRow = { line: number; cells: string[] };

/** What the reader knows once the file ends. */
export interface StreamEnd {
  /** sha-256 of the file's bytes */
  hash: string;
  /** records per account, by place in the account list (counted here, not per chunk: a chunk of a day-major file names hundreds) */
  accountRows: number[];
}

/** Reads the canonical CSV of `source` chunk by chunk. */
export async function* readCanonicalStream(source: StreamSource): AsyncGenerator<StreamChunk, StreamEnd> {
  const read = canonicalChunkReader(source.header, source.context);
  const hash = createHash("sha256");
  const decoder = new TextDecoder("utf-8");
  const parser = new CsvStreamParser(source.separator);
  const dupes = new DayLineIndex();
  const accounts = new AccountList();
  const industryOf = new Map<string, Map<string, string>>();
  for (const [platformKey, handle, industry] of source.industries ?? []) {
    let handles = industryOf.get(platformKey);
    if (!handles) industryOf.set(platformKey, (handles = new Map()));
    handles.set(handle, industry);
  }
  /** industry by place in the account list */
  const industries: string[] = [];
  const accountRows: number[] = [];
  let measures: readonly Measure[] | null = null;
  let bytesRead = 0;
  let suspect = false;

  const chunkOf = (rows: CsvRow[]): StreamChunk => {
    const errors: RowError[] = [];
    let good = rows;
    if (suspect) {
      // Bytes that are not UTF-8 became U+FFFD: reject those rows instead of storing the damage.
      good = [];
      for (const row of rows) {
        const bad = row.cells.findIndex((c) => CONTAINS_REPLACEMENT.test(c));
        if (bad >= 0) errors.push(rowError(row.line, source.header.names[bad] ?? "(row)", row.cells[bad] ?? "", "invalid_utf8"));
        else good.push(row);
      }
    }
    const parsed = read(good);
    // Errors in line order: the invalid-UTF-8 rows among the preset's.
    const lineErrors = errors.length ? [...errors, ...parsed.errors].sort((a, b) => a.row - b.row) : parsed.errors;
    // Every record carries the measures of the file's header: the first record's keys are the file's.
    measures ??= parsed.daily[0] ? MEASURES.filter((m) => m in (parsed.daily[0] as { measures: object }).measures) : null;
    const known = accounts.refs.length;
    const builder = new DailyColumnsBuilder(measures ?? [], accounts, parsed.daily.length);
    const buffer = source.industries ? new RollupBuffer() : null;
    let firstDay: Day | null = null;
    let lastDay: Day | null = null;
    for (const r of parsed.daily) {
      const earlier = dupes.check(r.platformKey, r.account, r.day, r.line);
      if (earlier !== 0) {
        lineErrors.push(rowError(r.line, "date", r.day, "duplicate_row", { line: earlier }));
        continue;
      }
      const a = builder.push(r.line, r.day, r.platformKey, r.account, r.measures);
      if (a === industries.length) {
        industries.push(industryOf.get(r.platformKey)?.get(r.account) ?? source.newAccountIndustry);
        accountRows.push(0);
      }
      accountRows[a] = (accountRows[a] as number) + 1;
      if (firstDay === null || r.day < firstDay) firstDay = r.day;
      if (lastDay === null || r.day > lastDay) lastDay = r.day;
      buffer?.add(r.day, r.platformKey, industries[a] as string, r.measures);
    }
    const { accounts: _, ...daily } = builder.build();
    return {
      rows: rows.length,
      bytesRead,
      errors: lineErrors,
      skipped: parsed.skipped,
      notes: parsed.notes,
      newAccounts: accounts.refs.slice(known).map((ref, i) => ({ ...ref, industry: industries[known + i] as string })),
      firstDay,
      lastDay,
      daily,
      rollup: buffer ? buffer.take() : null,
    };
  };

  let rows: CsvRow[] = [];
  for await (const piece of pieces(source, hash)) {
    bytesRead += piece.length;
    const text = decoder.decode(piece, { stream: true });
    if (!suspect && text.includes("\uFFFD")) suspect = true;
    for (const r of parser.push(text)) {
      if (r.line <= source.headerLine) continue;
      rows.push(r);
      if (rows.length >= STREAM_CHUNK_ROWS) {
        yield chunkOf(rows);
        rows = [];
      }
    }
  }
  const rest = decoder.decode();
  if (rest.includes("\uFFFD")) suspect = true;
  for (const r of [...parser.push(rest), ...parser.end()]) {
    if (r.line <= source.headerLine) continue;
    rows.push(r);
    if (rows.length >= STREAM_CHUNK_ROWS) {
      yield chunkOf(rows);
      rows = [];
    }
  }
  if (rows.length) yield chunkOf(rows);
  return { hash: hash.digest("hex"), accountRows };
}

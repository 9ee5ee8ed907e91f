// The import pipeline: bytes → table → header → preset → records → preview
// (what would be inserted, updated, unchanged, rejected) → one-transaction
// commit recorded as an ImportBatch that can be undone.
//
// Two ways through, with the same results:
// - the canonical CSV in UTF-8 (the template, the lossless export, the
//   million-row files) streams: read in 1 MB pieces, parsed and validated by
//   the canonical preset 5,000 rows at a time, classified and written chunk by
//   chunk inside one transaction, so memory stays flat whatever the size;
// - every other file (other presets, .xlsx, GB18030, UTF-16) is read whole by
//   readTable — platform exports are small — and its records go through the
//   same chunked classification and writers.
//
// Preview and commit share one pass (`run`): the preview classifies without
// writing; the commit classifies and writes. A commit with rejected rows and
// no `skipRejected` stops writing at the first error, finishes the pass for
// the report, rolls the transaction back and records a batch with status
// "failed" and the errors outside it, so the history shows the attempt while
// the data tables stay exactly as they were.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import type { Db } from "@/lib/db";
import { MEASURES, type Measure } from "@/lib/metrics/measures";
import { dayInZone, type Day } from "@/lib/metrics/periods";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { CustomMapping } from "@/lib/schemas/api/imports";
import type { PlatformKey } from "@/lib/schemas/enums";
import { CANONICAL_HEADER } from "./canonical";
import { canonicalChunkReader } from "./canonical-chunks";
import { CsvStreamParser } from "./csv-stream";
import { exportDayFromFileName } from "./dates";
import { ALL_KNOWN_HEADERS, detectPresets } from "./detect-preset";
import { DayLineIndex } from "./duplicates";
import { localizeRowError, localizeSkipped, rowError, type ImportLang, type LocalText, type LocalizedRowError } from "./error-messages";
import { locateHeader, normaliseHeader } from "./header";
import { mappedPreset } from "./mapped-preset";
import { BUILT_IN_PRESETS, canonicalPreset } from "./presets";
import { readTable, UnreadableFileError } from "./read-table";
import type { ContentRecord, DailyRecord, ImportContext, ImportKind, LocatedHeader, Preset, PresetNeed, PresetResult, RawTable, RowError } from "./types";
import { applyContentChunk, CONTENT_CHUNK } from "./write-content-items";
import { AccountBook, applyDailyChunk, DAILY_CHUNK, IMPORT_TRANSACTION, type Queryable } from "./write-daily-metrics";

// ---- inputs and outputs -----------------------------------------------------------

export interface ImportOptions {
  /** a built-in preset key, or `custom:<key>` of a saved mapping */
  preset?: string;
  platform?: PlatformKey;
  account?: string;
  /** the year of dates written without one */
  year?: number;
  /** the day of every row, for files without a date column */
  day?: Day;
  /** the day the file was exported (else read from the file name) */
  exportDay?: Day;
  /** a one-off column mapping */
  mapping?: CustomMapping;
}

export interface ImportProgress {
  phase: "reading" | "writing";
  bytesRead: number;
  bytesTotal: number;
  rows: number;
}

export interface ImportInput {
  fileName: string;
  /** the file's bytes … */
  bytes?: Uint8Array;
  /** … or its path (the CLI: large files are streamed from disk) */
  path?: string;
  options?: ImportOptions;
  onProgress?: (progress: ImportProgress) => void;
}

export interface CommitInput extends ImportInput {
  /** commit the valid rows of a file that has rejected ones (recorded on the batch) */
  skipRejected?: boolean;
  createdBy?: string | null;
  source?: "file" | "cli" | "api";
}

export interface PresetInfo {
  key: string;
  nameEn: string;
  nameZh: string;
  platform: PlatformKey | null;
  kind: ImportKind;
}

export interface ImportCounts {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  skipped: number;
  contentInserted: number;
  contentUpdated: number;
  contentUnchanged: number;
  accountsNew: number;
}

export type PreviewStatus = "ready" | "has_errors" | "needs_input" | "unknown_layout" | "unreadable";

export interface ImportPreview {
  status: PreviewStatus;
  fileName: string;
  size: number;
  contentHash: string;
  format: { encoding: string | null; separator: string | null; sheet: string | null };
  header: { line: number; names: string[] } | null;
  preset: (PresetInfo & { score: number; via: "detected" | "chosen" | "saved" | "mapping" }) | null;
  candidates: (PresetInfo & { score: number })[];
  needs: PresetNeed[];
  counts: ImportCounts;
  /** the first MAX_LISTED errors */
  errors: RowError[];
  errorsTotal: number;
  skipped: { line: number; reason: string }[];
  firstDay: Day | null;
  lastDay: Day | null;
  accounts: { platformKey: PlatformKey; handle: string; exists: boolean; rows: number }[];
  accountsTotal: number;
  rollup: LocalText & { dailyRows: number; contentItems: number; measures: Measure[] };
  notes: LocalText[];
  sample: { daily: DailyRecord[]; posts: ContentRecord[] };
  previousImport: { batchId: number; committedAt: Date | null } | null;
}

export type ImportFailureCode = "rejected_rows" | "needs_input" | "unknown_layout" | "unreadable_file";

export type ImportResult =
  | { ok: true; batchId: number; counts: ImportCounts; preview: ImportPreview }
  | { ok: false; code: ImportFailureCode; message: LocalText; preview: ImportPreview; batchId: number | null };

/** An option names something that does not exist (an unknown preset): the request's fault, 400 naming `field`. */
export class ImportOptionError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "ImportOptionError";
  }
}

/** Writing failed (the database refused a statement); the transaction was rolled back and a failed batch recorded. */
export class ImportWriteError extends Error {
  constructor(
    readonly batchId: number | null,
    readonly cause: unknown,
  ) {
    super(`the import failed while writing and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "ImportWriteError";
  }
}

export const MAX_LISTED = 500;
const SAMPLE = 20;
const MAX_ACCOUNTS_LISTED = 200;
const SNIFF_BYTES = 64 * 1024;
const PIECE_BYTES = 1024 * 1024;

// ---- presets: built-in, saved, one-off -------------------------------------------------

interface Chosen {
  preset: Preset;
  score: number;
  via: "detected" | "chosen" | "saved" | "mapping";
}

const CUSTOM_PREFIX = "custom:";

/** The workspace's saved mappings as presets (`custom:<key>`); a stored mapping that no longer parses is left out. */
export async function savedPresets(db: Queryable, workspaceId: number): Promise<Preset[]> {
  const rows = await db.importPreset.findMany({ where: { workspaceId }, orderBy: { id: "asc" } });
  const out: Preset[] = [];
  for (const row of rows) {
    try {
      const mapping = CustomMapping.parse(JSON.parse(row.mapping));
      const headers = JSON.parse(row.headers) as unknown;
      out.push(
        mappedPreset({
          key: `${CUSTOM_PREFIX}${row.key}`,
          nameEn: row.name,
          nameZh: row.name,
          mapping,
          headers: Array.isArray(headers) ? headers.filter((h): h is string => typeof h === "string") : [],
        }),
      );
    } catch {
      // skipped: a mapping saved by an older version that this one cannot read
    }
  }
  return out;
}

function chooseOverride(options: ImportOptions, saved: readonly Preset[]): Chosen | null {
  if (options.mapping) {
    return { preset: mappedPreset({ key: "mapping", nameEn: "Custom column mapping", nameZh: "自定义列映射", mapping: options.mapping }), score: 1, via: "mapping" };
  }
  if (!options.preset) return null;
  const key = options.preset;
  const builtIn = BUILT_IN_PRESETS.find((p) => p.key === key);
  if (builtIn) return { preset: builtIn, score: 1, via: "chosen" };
  const custom = saved.find((p) => p.key === key || p.key === `${CUSTOM_PREFIX}${key}`);
  if (custom) return { preset: custom, score: 1, via: "saved" };
  throw new ImportOptionError("preset", `unknown preset "${key}"`);
}

const infoOf = (p: Preset): PresetInfo => ({ key: p.key, nameEn: p.nameEn, nameZh: p.nameZh, platform: p.platform, kind: p.kind });

// ---- planning: which way through ----------------------------------------------------

interface PlanBase {
  fileName: string;
  size: number;
  format: ImportPreview["format"];
  header: LocatedHeader | null;
  headerLine: number | null;
  candidates: (PresetInfo & { score: number })[];
  chosen: Chosen | null;
  context: ImportContext;
}

type Plan =
  | (PlanBase & { kind: "unreadable"; hash: string; error: RowError })
  | (PlanBase & { kind: "unknown_layout"; hash: string })
  | (PlanBase & { kind: "needs"; hash: string; needs: PresetNeed[] })
  | (PlanBase & { kind: "stream"; header: LocatedHeader; headerLine: number; separator: string; chosen: Chosen })
  | (PlanBase & { kind: "table"; hash: string; header: LocatedHeader; chosen: Chosen; rows: RawTable["records"] });

async function headBytes(input: ImportInput): Promise<Uint8Array> {
  if (input.bytes) return input.bytes.subarray(0, SNIFF_BYTES);
  const handle = await open(input.path as string, "r");
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const isAutoName = (name: string) => /^\(column \d+\)$/.test(name);

/** A header the canonical preset reads without a header error (every name canonical, the three keys there). */
function cleanCanonicalHeader(header: LocatedHeader): boolean {
  if (header.secondRow) return false;
  const names = header.names.filter((n) => !isAutoName(n)).map(normaliseHeader);
  return names.every((n) => CANONICAL_HEADER.includes(n)) && ["date", "platform", "account"].every((k) => names.includes(k));
}

function contextFor(workspace: Workspace, input: ImportInput): ImportContext {
  const o = input.options ?? {};
  return {
    fileName: input.fileName,
    timeZone: workspace.timeZone,
    currency: workspace.currency,
    exportDay: o.exportDay ?? exportDayFromFileName(input.fileName) ?? undefined,
    year: o.year,
    platform: o.platform,
    account: o.account,
    day: o.day,
  };
}

function knownHeaders(saved: readonly Preset[], override: Chosen | null): ReadonlySet<string> {
  const extra = saved.flatMap((p) => ("headers" in p && Array.isArray(p.headers) ? (p.headers as string[]) : []));
  if (override?.via === "mapping" && "headers" in override.preset) extra.push(...(override.preset.headers as string[]));
  if (extra.length === 0) return ALL_KNOWN_HEADERS;
  return new Set([...ALL_KNOWN_HEADERS, ...extra.map(normaliseHeader)]);
}

function locate(table: RawTable, known: ReadonlySet<string>): { header: LocatedHeader | null; headerLine: number | null } {
  const header = locateHeader(table.records, known);
  return { header, headerLine: header ? (table.records[header.index]?.line ?? null) : null };
}

function rank(header: LocatedHeader, saved: readonly Preset[]): { preset: Preset; score: number }[] {
  return detectPresets(header.names, [...BUILT_IN_PRESETS, ...saved]);
}

type StreamPlan = Extract<Plan, { kind: "stream" }>;

/**
 * The streaming plan when the file is the canonical CSV in UTF-8 with a
 * clean header — decided from its first 64 kB, read as the whole file
 * would be — else null.
 */
async function streamPlanFor(input: ImportInput, base: Omit<PlanBase, "format" | "header" | "headerLine" | "chosen">, known: ReadonlySet<string>, saved: readonly Preset[], override: Chosen | null): Promise<StreamPlan | null> {
  if (override && override.preset.key !== canonicalPreset.key) return null;
  const head = await headBytes(input);
  // Whole lines only (a cut multi-byte character would look like another encoding).
  const cut = base.size > head.length ? head.lastIndexOf(0x0a) + 1 : head.length;
  if (cut === 0) return null;
  let sniffed: RawTable;
  try {
    sniffed = await readTable(head.subarray(0, cut), input.fileName);
  } catch {
    return null;
  }
  if ((sniffed.encoding !== "utf-8" && sniffed.encoding !== "utf-8-bom") || !sniffed.separator) return null;
  const { header, headerLine } = locate(sniffed, known);
  if (!header || headerLine === null) return null;
  const ranked = rank(header, saved);
  const chosen = override ?? (ranked[0] ? { preset: ranked[0].preset, score: ranked[0].score, via: "detected" as const } : null);
  if (chosen?.preset.key !== canonicalPreset.key || !cleanCanonicalHeader(header)) return null;
  return {
    ...base,
    kind: "stream",
    format: { encoding: sniffed.encoding, separator: sniffed.separator, sheet: null },
    header,
    headerLine,
    separator: sniffed.separator,
    candidates: ranked.slice(0, 5).map((r) => ({ ...infoOf(r.preset), score: r.score })),
    chosen,
  };
}

async function plan(db: Queryable, workspace: Workspace, input: ImportInput): Promise<Plan> {
  if (!input.bytes === !input.path) throw new Error("give exactly one of the file's bytes and its path");
  const size = input.bytes ? input.bytes.length : (await stat(input.path as string)).size;
  const saved = await savedPresets(db, workspace.id);
  const override = chooseOverride(input.options ?? {}, saved);
  const known = knownHeaders(saved, override);
  const base = { fileName: input.fileName, size, context: contextFor(workspace, input), candidates: [] as PlanBase["candidates"] };
  const stream = await streamPlanFor(input, base, known, saved, override);
  if (stream) return stream;

  const bytes = input.bytes ?? new Uint8Array(await readFile(input.path as string));
  const hash = sha256(bytes);
  let table: RawTable;
  try {
    table = await readTable(bytes, input.fileName);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return {
      ...base,
      kind: "unreadable",
      hash,
      format: { encoding: null, separator: null, sheet: null },
      header: null,
      headerLine: null,
      chosen: null,
      error: rowError(0, "(file)", "", "unreadable", { message: error.messageEn, messageZh: error.messageZh }),
    };
  }
  const format = { encoding: table.encoding, separator: table.separator, sheet: table.sheet ?? null };
  const { header, headerLine } = locate(table, known);
  if (!header) return { ...base, kind: "unknown_layout", hash, format, header: null, headerLine: null, chosen: null };
  const ranked = rank(header, saved);
  const candidates = ranked.slice(0, 5).map((r) => ({ ...infoOf(r.preset), score: r.score }));
  const top = ranked[0];
  const chosen: Chosen | null =
    override ?? (top ? { preset: top.preset, score: top.score, via: top.preset.key.startsWith(CUSTOM_PREFIX) ? "saved" : "detected" } : null);
  if (!chosen) return { ...base, kind: "unknown_layout", hash, format, header, headerLine, candidates, chosen: null };
  const rows = table.records.slice(header.index + 1 + (header.secondRow ? 1 : 0));
  const needs = chosen.preset.needs(
    header.names,
    rows.map((r) => r.cells),
    base.context,
  );
  if (needs.length) return { ...base, kind: "needs", hash, format, header, headerLine, candidates, chosen, needs };
  return { ...base, kind: "table", hash, format, header, headerLine: headerLine as number, candidates, chosen, rows };
}

// ---- one pass: tally, classify, write ---------------------------------------------------

/** Everything the preview reports, gathered chunk by chunk in bounded memory. */
class Tally {
  readonly counts: ImportCounts = {
    rows: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    skipped: 0,
    contentInserted: 0,
    contentUpdated: 0,
    contentUnchanged: 0,
    accountsNew: 0,
  };
  readonly errors: RowError[] = [];
  errorsTotal = 0;
  private lastErrorRow = Number.NaN;
  readonly skipped: { line: number; reason: string }[] = [];
  /** accounts in the order the file names them, and by platform → handle */
  readonly accounts: { platformKey: PlatformKey; handle: string; exists: boolean; rows: number }[] = [];
  private readonly accountIndex = new Map<string, Map<string, { rows: number }>>();
  firstDay: Day | null = null;
  lastDay: Day | null = null;
  readonly sampleDaily: DailyRecord[] = [];
  readonly samplePosts: ContentRecord[] = [];
  readonly measures = new Set<Measure>();
  readonly notes = new Map<string, LocalText>();
  dailyRecords = 0;
  postRecords = 0;
  readonly dupes = new DayLineIndex();

  constructor(
    private readonly book: AccountBook,
    /** the workspace's zone: a post's day is its publish date there */
    readonly timeZone: string,
  ) {}

  addErrors(errors: readonly RowError[]): void {
    for (const e of errors) {
      this.errorsTotal++;
      if (this.errors.length < MAX_LISTED) this.errors.push(e);
      if (e.row !== this.lastErrorRow) {
        this.counts.rejected++;
        this.lastErrorRow = e.row;
      }
    }
  }

  addSkipped(skipped: readonly { line: number; reason: string }[]): void {
    for (const s of skipped) {
      this.counts.skipped++;
      if (this.skipped.length < MAX_LISTED) this.skipped.push(s);
    }
  }

  note(n: LocalText): void {
    if (!this.notes.has(n.code)) this.notes.set(n.code, n);
  }

  account(platformKey: PlatformKey, handle: string): void {
    let byHandle = this.accountIndex.get(platformKey);
    if (!byHandle) this.accountIndex.set(platformKey, (byHandle = new Map()));
    const a = byHandle.get(handle);
    if (a) a.rows++;
    else {
      const exists = this.book.existed(platformKey, handle);
      const entry = { platformKey, handle, exists, rows: 1 };
      byHandle.set(handle, entry);
      this.accounts.push(entry);
      if (!exists) this.counts.accountsNew++;
    }
  }

  day(day: Day): void {
    if (this.firstDay === null || day < this.firstDay) this.firstDay = day;
    if (this.lastDay === null || day > this.lastDay) this.lastDay = day;
  }
}

/**
 * better-sqlite3 runs each statement synchronously and the adapter resolves
 * at once, so a long import would otherwise hold the event loop until it
 * ends; between chunks, other requests (and progress messages) get a turn.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

interface RunMode {
  write: boolean;
  batchId: number | null;
  /** stop writing at the first rejected row (the commit will be rolled back) */
  stopOnError: boolean;
}

/** Feeds records to the writers chunk by chunk. */
class Sink {
  private daily: DailyRecord[] = [];
  private posts: ContentRecord[] = [];
  private readonly now = new Date();

  constructor(
    private readonly q: Queryable,
    private readonly workspaceId: number,
    private readonly book: AccountBook,
    private readonly tally: Tally,
    private readonly mode: RunMode,
  ) {}

  private get writing(): boolean {
    return this.mode.write && !(this.mode.stopOnError && this.tally.errorsTotal > 0);
  }

  async addDaily(record: DailyRecord): Promise<void> {
    this.daily.push(record);
    if (this.daily.length >= DAILY_CHUNK) await this.flushDaily();
  }

  async addPost(record: ContentRecord): Promise<void> {
    this.posts.push(record);
    if (this.posts.length >= CONTENT_CHUNK) await this.flushPosts();
  }

  async flushDaily(): Promise<void> {
    const records = this.daily;
    this.daily = [];
    const c = await applyDailyChunk(this.q, { workspaceId: this.workspaceId, book: this.book, records, write: this.writing, batchId: this.mode.batchId, now: this.now });
    this.tally.counts.inserted += c.inserted;
    this.tally.counts.updated += c.updated;
    this.tally.counts.unchanged += c.unchanged;
    await yieldToEventLoop();
  }

  async flushPosts(): Promise<void> {
    const records = this.posts;
    this.posts = [];
    const c = await applyContentChunk(this.q, { workspaceId: this.workspaceId, book: this.book, records, write: this.writing, batchId: this.mode.batchId });
    this.tally.counts.contentInserted += c.inserted;
    this.tally.counts.contentUpdated += c.updated;
    this.tally.counts.contentUnchanged += c.unchanged;
  }

  async finish(): Promise<void> {
    if (this.daily.length) await this.flushDaily();
    if (this.posts.length) await this.flushPosts();
  }
}

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

interface RunOutcome {
  tally: Tally;
  hash: string;
}

async function run(q: Queryable, workspace: Workspace, p: Extract<Plan, { kind: "stream" | "table" }>, input: ImportInput, mode: RunMode): Promise<RunOutcome> {
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

// ---- the preview -------------------------------------------------------------------------

function emptyCounts(): ImportCounts {
  return { rows: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, skipped: 0, contentInserted: 0, contentUpdated: 0, contentUnchanged: 0, accountsNew: 0 };
}

function rollupOf(tally: Tally | null): ImportPreview["rollup"] {
  const dailyRows = tally?.dailyRecords ?? 0;
  const contentItems = tally?.postRecords ?? 0;
  const measures = MEASURES.filter((m) => tally?.measures.has(m));
  const list = measures.join(", ");
  const base = { dailyRows, contentItems, measures };
  if (contentItems && dailyRows) {
    return {
      ...base,
      code: "posts_and_daily",
      en: `Updates ${contentItems} content items and rolls them up into ${dailyRows} daily account rows (${list}); other measures of those days keep their values.`,
      zh: `更新 ${contentItems} 条作品数据，并汇总到 ${dailyRows} 条账号每日数据（${list}）；这些日期的其他指标保持不变。`,
    };
  }
  if (contentItems) {
    return {
      ...base,
      code: "posts_only",
      en: `Updates ${contentItems} content items only: the file gives each post's figures, not a split by day, so daily account metrics are not changed.`,
      zh: `只更新 ${contentItems} 条作品数据：文件给出的是每个作品的数据而非按天拆分，因此不改动账号每日数据。`,
    };
  }
  if (dailyRows) {
    const whole = measures.length === MEASURES.length;
    return {
      ...base,
      code: "daily",
      en: whole
        ? `Writes ${dailyRows} daily account rows, each the whole truth for its account and day (empty cell = unknown).`
        : `Writes ${dailyRows} daily account rows (${list}); other measures of those days keep their values.`,
      zh: whole
        ? `写入 ${dailyRows} 条账号每日数据，每行即该账号当天的全部数据（空单元格 = 未知）。`
        : `写入 ${dailyRows} 条账号每日数据（${list}）；这些日期的其他指标保持不变。`,
    };
  }
  return { ...base, code: "nothing", en: "Nothing to import.", zh: "没有可导入的数据。" };
}

function previewOf(p: Plan, tally: Tally | null, hash: string, previous: ImportPreview["previousImport"]): ImportPreview {
  const status: PreviewStatus =
    p.kind === "unreadable" ? "unreadable" : p.kind === "unknown_layout" ? "unknown_layout" : p.kind === "needs" ? "needs_input" : (tally?.errorsTotal ?? 0) > 0 ? "has_errors" : "ready";
  const accounts = tally?.accounts ?? [];
  const errors =
    p.kind === "unreadable"
      ? [p.error]
      : p.kind === "unknown_layout"
        ? [rowError(p.headerLine ?? 1, "(header)", p.header ? p.header.names.join(",").slice(0, 300) : "", p.header ? "unknown_layout" : "no_header")]
        : (tally?.errors ?? []);
  return {
    status,
    fileName: p.fileName,
    size: p.size,
    contentHash: hash,
    format: p.format,
    header: p.header && p.headerLine !== null ? { line: p.headerLine, names: p.header.names } : null,
    preset: p.chosen ? { ...infoOf(p.chosen.preset), score: p.chosen.score, via: p.chosen.via } : null,
    candidates: p.candidates,
    needs: p.kind === "needs" ? p.needs : [],
    counts: tally ? { ...tally.counts } : emptyCounts(),
    errors,
    errorsTotal: p.kind === "unreadable" || p.kind === "unknown_layout" ? 1 : (tally?.errorsTotal ?? 0),
    skipped: tally?.skipped ?? [],
    firstDay: tally?.firstDay ?? null,
    lastDay: tally?.lastDay ?? null,
    accounts: accounts.slice(0, MAX_ACCOUNTS_LISTED),
    accountsTotal: accounts.length,
    rollup: rollupOf(tally),
    notes: tally ? [...tally.notes.values()] : [],
    sample: { daily: tally?.sampleDaily ?? [], posts: tally?.samplePosts ?? [] },
    previousImport: previous,
  };
}

/** The latest committed import of the same bytes (before `beforeBatchId`, when given). */
async function previousImportOf(db: Queryable, workspaceId: number, hash: string, beforeBatchId?: number): Promise<ImportPreview["previousImport"]> {
  if (!hash) return null;
  const batch = await db.importBatch.findFirst({
    where: { workspaceId, contentHash: hash, status: "committed", ...(beforeBatchId !== undefined ? { id: { lt: beforeBatchId } } : {}) },
    orderBy: { id: "desc" },
    select: { id: true, committedAt: true },
  });
  return batch ? { batchId: batch.id, committedAt: batch.committedAt } : null;
}

/** What importing the file would do, without writing anything. */
export async function previewImport(db: Db, workspace: Workspace, input: ImportInput): Promise<ImportPreview> {
  const p = await plan(db, workspace, input);
  if (p.kind !== "stream" && p.kind !== "table") return previewOf(p, null, p.hash, await previousImportOf(db, workspace.id, p.hash));
  const { tally, hash } = await run(db, workspace, p, input, { write: false, batchId: null, stopOnError: false });
  return previewOf(p, tally, hash, await previousImportOf(db, workspace.id, hash));
}

// ---- the commit ---------------------------------------------------------------------------

const FAILURES: Record<ImportFailureCode, (preview: ImportPreview) => LocalText> = {
  rejected_rows: (pv) => ({
    code: "rejected_rows",
    en: `${pv.counts.rejected} rows were rejected (${pv.errorsTotal} errors); nothing was imported. Fix the file, or import again choosing to skip the rejected rows.`,
    zh: `有 ${pv.counts.rejected} 行被拒绝（${pv.errorsTotal} 个错误），未导入任何数据。请修正文件，或重新导入并选择跳过被拒绝的行。`,
  }),
  needs_input: (pv) => ({
    code: "needs_input",
    en: `The file needs more information before it can be imported: ${pv.needs.join(", ")}.`,
    zh: `导入前还需要补充信息：${pv.needs.join("、")}。`,
  }),
  unknown_layout: () => ({
    code: "unknown_layout",
    en: "The file's layout is not one the importer knows: choose a preset or map its columns.",
    zh: "无法识别该文件的格式：请选择预设或映射各列。",
  }),
  unreadable_file: (pv) => ({ code: "unreadable_file", en: pv.errors[0]?.reason ?? "The file cannot be read.", zh: pv.errors[0]?.reasonZh ?? "无法读取该文件。" }),
};

class RollBack extends Error {
  constructor(readonly outcome: RunOutcome) {
    super("rolled back: rejected rows");
  }
}

function batchFields(p: Plan, input: CommitInput) {
  const chosen = p.chosen?.preset;
  return {
    fileName: input.fileName.slice(0, 500),
    preset: chosen?.key ?? "unknown",
    kind: chosen?.key === canonicalPreset.key ? "canonical" : (chosen?.kind ?? "daily"),
    source: input.source ?? "file",
    options: JSON.stringify(input.options ?? {}),
    createdBy: input.createdBy ?? null,
  };
}

function countFields(t: Tally) {
  return {
    rowsTotal: t.counts.rows,
    rowsInserted: t.counts.inserted,
    rowsUpdated: t.counts.updated,
    rowsUnchanged: t.counts.unchanged,
    rowsRejected: t.counts.rejected,
    contentInserted: t.counts.contentInserted,
    contentUpdated: t.counts.contentUpdated,
    firstDay: t.firstDay,
    lastDay: t.lastDay,
  };
}

/**
 * Imports the file in one transaction. Rejected rows without `skipRejected`
 * write nothing and record a failed batch (returned as `rejected_rows`); a
 * file that needs input, has an unknown layout or cannot be read writes
 * nothing and records nothing. A database failure while writing rolls back,
 * records a failed batch and throws ImportWriteError.
 */
export async function commitImport(db: Db, workspace: Workspace, input: CommitInput): Promise<ImportResult> {
  const p = await plan(db, workspace, input);
  if (p.kind !== "stream" && p.kind !== "table") {
    const code: ImportFailureCode = p.kind === "unreadable" ? "unreadable_file" : p.kind === "needs" ? "needs_input" : "unknown_layout";
    const preview = previewOf(p, null, p.hash, await previousImportOf(db, workspace.id, p.hash));
    return { ok: false, code, message: FAILURES[code](preview), preview, batchId: null };
  }
  const skipRejected = input.skipRejected ?? false;
  let outcome: RunOutcome;
  let batchId: number;
  try {
    ({ outcome, batchId } = await db.$transaction(async (tx) => {
      const batch = await tx.importBatch.create({
        data: { workspaceId: workspace.id, ...batchFields(p, input), contentHash: p.kind === "table" ? p.hash : "", status: "committed" },
        select: { id: true },
      });
      const result = await run(tx, workspace, p, input, { write: true, batchId: batch.id, stopOnError: !skipRejected });
      if (result.tally.errorsTotal > 0 && !skipRejected) throw new RollBack(result);
      await tx.importBatch.update({
        where: { id: batch.id },
        data: {
          contentHash: result.hash,
          ...countFields(result.tally),
          skippedRejected: result.tally.errorsTotal > 0,
          errors: result.tally.errorsTotal > 0 ? JSON.stringify(result.tally.errors) : null,
          committedAt: new Date(),
        },
      });
      return { outcome: result, batchId: batch.id };
    }, IMPORT_TRANSACTION));
  } catch (error) {
    if (error instanceof RollBack) {
      const { tally, hash } = error.outcome;
      const failed = await db.importBatch.create({
        data: {
          workspaceId: workspace.id,
          ...batchFields(p, input),
          contentHash: hash,
          status: "failed",
          rowsTotal: tally.counts.rows,
          rowsRejected: tally.counts.rejected,
          firstDay: tally.firstDay,
          lastDay: tally.lastDay,
          errors: JSON.stringify(tally.errors),
        },
        select: { id: true },
      });
      const preview = previewOf(p, tally, hash, await previousImportOf(db, workspace.id, hash));
      return { ok: false, code: "rejected_rows", message: FAILURES.rejected_rows(preview), preview, batchId: failed.id };
    }
    let failedId: number | null = null;
    try {
      const detail = error instanceof Error ? error.message.slice(0, 300) : String(error);
      const failed = await db.importBatch.create({
        data: {
          workspaceId: workspace.id,
          ...batchFields(p, input),
          contentHash: p.kind === "table" ? p.hash : "",
          status: "failed",
          errors: JSON.stringify([rowError(0, "(file)", "", "write_failed", { detail })]),
        },
        select: { id: true },
      });
      failedId = failed.id;
    } catch {
      // the database is unusable; the original error says why
    }
    throw new ImportWriteError(failedId, error);
  }
  const preview = previewOf(p, outcome.tally, outcome.hash, await previousImportOf(db, workspace.id, outcome.hash, batchId));
  return { ok: true, batchId, counts: preview.counts, preview };
}

// ---- JSON for the API --------------------------------------------------------------------

/** The preview as the API answers it: errors in both languages plus `message` in `lang`, dates as text. */
export function previewJson(preview: ImportPreview, lang: ImportLang) {
  return {
    ...preview,
    errors: preview.errors.map((e): LocalizedRowError => localizeRowError(e, lang)),
    skipped: preview.skipped.map(localizeSkipped),
    sample: {
      daily: preview.sample.daily.map((d) => ({ line: d.line, day: d.day, platformKey: d.platformKey, account: d.account, measures: { ...d.measures } })),
      posts: preview.sample.posts.map((p) => ({
        line: p.line,
        platformKey: p.platformKey,
        account: p.account,
        externalId: p.externalId,
        title: p.title,
        publishedAt: p.publishedAt?.toISOString() ?? null,
        format: p.format,
        origin: p.origin,
        measures: { ...p.measures },
      })),
    },
    previousImport: preview.previousImport
      ? { batchId: preview.previousImport.batchId, committedAt: preview.previousImport.committedAt?.toISOString() ?? null }
      : null,
  };
}

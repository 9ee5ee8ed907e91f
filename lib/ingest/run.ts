// One pass over a planned file: the canonical CSV streams in chunks, every
// other file is parsed whole by its preset; either way the records go
// through the same tally and sink (classify, and write when committing).
import type { Measure } from "@/lib/metrics/measures";
import { dayInZone } from "@/lib/metrics/periods";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import type { StreamChunk } from "./canonical-stream";
import { canonicalStream } from "./canonical-stream-off-thread";
import { AccountList, recordAt, type AccountRef, type DailyColumns } from "./daily-columns";
import { rowError, type LocalText } from "./error-messages";
import type { ImportInput } from "./import-types";
import type { Plan } from "./plan";
import { Sink, type RunMode } from "./sink";
import { Tally } from "./tally";
import type { ContentRecord, PresetResult } from "./types";
import { AccountBook, NEW_ACCOUNT_INDUSTRY, type Queryable } from "./write-daily-metrics";

const SAMPLE = 20;

/**
 * The page cache (KiB) of the connection an import runs on. A day-major file
 * of thousands of accounts inserts each row at a different place in the
 * (accountId, day) index: the last index page of every account must stay in
 * memory, or each insert reads and spills one (the 16 MB default made the
 * inserts of a 5,000-account file a third slower). 32 MB holds the last
 * pages of 5,000 accounts (20 MB). 64 MB imported the 5M-row bench file
 * 5-8% faster (37.9-39.3 s against 41.3 s) but peaked at 381-407 MB against
 * 380 MB, too close to the import's 400 MB budget.
 */
const IMPORT_CACHE_SQL = "PRAGMA cache_size = -32768";

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

/** Takes one chunk of the canonical stream: its rows, errors, skipped rows and notes, then its records, which it writes as they are packed. */
async function consumeStreamChunk(tally: Tally, sink: Sink, accounts: AccountList, chunk: StreamChunk): Promise<void> {
  tally.counts.rows += chunk.rows;
  tally.addErrors(chunk.errors);
  tally.addSkipped(chunk.skipped);
  for (const n of chunk.notes) tally.note(n);
  // The reader's account list and this one give every account the same place.
  const known = accounts.refs.length;
  const industries = new Map(chunk.newAccounts.map((a, i) => [known + i, a.industry]));
  accounts.extend(chunk.newAccounts);
  if (accounts.refs.length !== known + chunk.newAccounts.length) throw new Error("the reader named an account twice as new");
  const daily: DailyColumns = { ...chunk.daily, accounts: accounts.refs };
  if (daily.size === 0) return;
  tally.dailyRecords += daily.size;
  if (chunk.firstDay) tally.day(chunk.firstDay);
  if (chunk.lastDay) tally.day(chunk.lastDay);
  for (const m of daily.measures) tally.measures.add(m);
  for (let i = 0; i < daily.size && tally.sampleDaily.length < SAMPLE; i++) tally.sampleDaily.push(recordAt(daily, i));
  await sink.addDailyColumns(daily, chunk.rollup ? { rows: chunk.rollup, industries } : null);
}

/** The streaming way: the canonical rows are read STREAM_CHUNK_ROWS at a time, on a worker thread when the file is large (canonical-stream.ts). */
async function runStream(plan: Extract<Plan, { kind: "stream" }>, input: ImportInput, tally: Tally, sink: Sink, book: AccountBook, mode: RunMode): Promise<string> {
  const stream = canonicalStream({
    header: plan.header,
    headerLine: plan.headerLine,
    separator: plan.separator,
    context: plan.context,
    size: plan.size,
    path: input.path,
    bytes: input.bytes,
    industries: mode.write ? book.industries() : null,
    newAccountIndustry: NEW_ACCOUNT_INDUSTRY,
  });
  const accounts = new AccountList();
  for (;;) {
    const next = await stream.next();
    if (next.done) {
      // Accounts in the order the file first names them, as the table way counts them.
      next.value.accountRows.forEach((rows, a) => {
        const ref = accounts.refs[a] as AccountRef;
        tally.account(ref.platformKey, ref.handle, rows);
      });
      return next.value.hash;
    }
    await consumeStreamChunk(tally, sink, accounts, next.value);
    input.onProgress?.({ phase: "writing", bytesRead: next.value.bytesRead, bytesTotal: plan.size, rows: tally.counts.rows });
  }
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
  // The connection goes back to its own cache size afterwards: a server would otherwise keep the import's pages for good.
  const [before] = await q.$queryRawUnsafe<{ cache_size: number | bigint }[]>("PRAGMA cache_size");
  await q.$queryRawUnsafe(IMPORT_CACHE_SQL);
  try {
    return await runWithCache(q, workspace, p, input, mode);
  } finally {
    // Best effort: a failed import's own error is the one to report.
    await q.$queryRawUnsafe(`PRAGMA cache_size = ${Number(before?.cache_size ?? -2000)}`).catch(() => undefined);
  }
}

async function runWithCache(q: Queryable, workspace: Workspace, p: Extract<Plan, { kind: "stream" | "table" }>, input: ImportInput, mode: RunMode): Promise<RunOutcome> {
  const book = await AccountBook.load(q, workspace.id, workspace.currency);
  const tally = new Tally(book, workspace.timeZone);
  const sink = new Sink(q, workspace.id, book, tally, mode);
  let hash: string;
  if (p.kind === "stream") hash = await runStream(p, input, tally, sink, book, mode);
  else {
    await runTable(p, input, tally, sink);
    hash = p.hash;
  }
  await sink.finish();
  return { tally, hash };
}

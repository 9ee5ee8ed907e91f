// Writes daily records: creates accounts the workspace does not have yet,
// inserts new (account, day) rows, updates the ones whose values changed and
// leaves identical ones alone, so importing the same rows twice changes
// nothing. A record's `measures` holds only the measures its file gives: a
// key that is there (even as null = unknown) is the truth for that measure,
// a key that is absent leaves the stored value alone. Canonical rows carry
// every key, so a canonical row is the whole truth for its account and day.
//
// The work goes in chunks (DAILY_CHUNK records), packed by column
// (daily-columns.ts). The two steps every row of a large file takes, the
// lookup and the insert, skip Prisma: one prepared statement run per row on
// the transaction's own connection (sqliteOf).
// Stored rows are looked up (by the (accountId, day) index) only for days up
// to an account's last stored day — appending new days needs no lookup — and
// SQLite itself compares them with the new values, so only the id of a row
// and whether it changed come back. Updates, and their ImportChange rows, are
// set-based statements through Prisma with the rows as one JSON parameter
// (jsonb_each): Prisma's raw queries cost ~1.6 µs per bound parameter while
// SQLite reads JSONB at ~0.2 µs per value. The same classification runs
// without writing for the preview. A 1M-row import took 24.3 s with the
// lookups and inserts as JSON statements too, 18.8–19.5 s this way; a
// re-import of it 14.5 s, now 11.7 s.
//
// With a batch id, every updated row and every created account gets an
// ImportChange, and so does each chunk's run of inserted rows (one change
// with the first and last id: a 5M-row import had written 5M ImportChange
// rows, about a third of the database file). An update's change keeps the
// row's stored values as JSON (measures, importBatchId, updatedAt: exactly
// as stored, read by SQLite itself) so an undo can put them back byte for byte.
import { now as clockNow } from "@/lib/clock";
import { preparedOn, sqliteInstant, type Db } from "@/lib/db";
import { rebuildDays, refreshAccountSpans } from "@/lib/db/rollups";
import { RollupBuffer, type RollupDelta } from "@/lib/metrics/rollup-delta";
import { addDailyRollupDeltas } from "@/lib/queries/addDailyRollupDeltas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MEASURES, type Measure, type MeasureRow } from "@/lib/metrics/measures";
import type { Day } from "@/lib/metrics/periods";
import { columnsOf, unpacked, type AccountRef, type DailyColumns } from "./daily-columns";
import type { DailyRecord } from "./types";

export interface WriteSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  accountsCreated: number;
}

export interface ChunkCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** A Prisma client or an interactive transaction. */
export type Queryable = Db | Prisma.TransactionClient;

/**
 * Records per lookup/insert statement: enough that statements are few, few
 * enough that a statement's JSON parameter stays under V8's large-object size
 * (~128 kB), which is only freed by a full collection: 2,000-row chunks grew
 * a 5M-row import to 679 MB, 500-row chunks peak at 572 MB at the same speed.
 */
export const DAILY_CHUNK = 500;

// ---- accounts ---------------------------------------------------------------

const accountKey = (platformKey: string, handle: string) => `${platformKey}\u0000${handle}`;

/** The industry of an account an import creates (its owner can set the real one in the settings). */
export const NEW_ACCOUNT_INDUSTRY = "other";

/**
 * The workspace's accounts by (platform, handle), loaded once per import;
 * accounts a file names that do not exist yet are created when writing.
 */
export class AccountBook {
  /** platform → handle → id: no key string to build per record */
  private readonly ids = new Map<string, Map<string, number>>();
  private readonly before = new Set<number>();
  /** account id → the platform and industry its rows roll up under */
  private readonly groups = new Map<number, { platformKey: string; industry: string }>();
  /** the last day each account had a stored row when this import began (null: none) */
  private readonly lastDays = new Map<number, string | null>();
  created = 0;

  private constructor(
    readonly workspaceId: number,
    readonly currency: string,
  ) {}

  static async load(q: Queryable, workspaceId: number, currency: string): Promise<AccountBook> {
    const book = new AccountBook(workspaceId, currency);
    const accounts = await q.account.findMany({ where: { workspaceId }, select: { id: true, platformKey: true, handle: true, industry: true } });
    for (const a of accounts) {
      book.remember(a.platformKey, a.handle, a.id);
      book.groups.set(a.id, { platformKey: a.platformKey, industry: a.industry });
      book.before.add(a.id);
    }
    return book;
  }

  private remember(platformKey: string, handle: string, id: number): void {
    let handles = this.ids.get(platformKey);
    if (!handles) this.ids.set(platformKey, (handles = new Map()));
    handles.set(handle, id);
  }

  /** The platform and industry of an account the book knows. */
  groupOf(id: number): { platformKey: string; industry: string } {
    const group = this.groups.get(id);
    if (!group) throw new Error(`account ${id} is not in this workspace's book`);
    return group;
  }

  /** Every account the book knows, with its industry (a new account's is NEW_ACCOUNT_INDUSTRY): what a reader on another thread needs to file rows under the right industry. */
  industries(): [platformKey: string, handle: string, industry: string][] {
    const out: [string, string, string][] = [];
    for (const [platformKey, handles] of this.ids) for (const [handle, id] of handles) out.push([platformKey, handle, this.groupOf(id).industry]);
    return out;
  }

  idOf(platformKey: string, handle: string): number | undefined {
    return this.ids.get(platformKey)?.get(handle);
  }

  /**
   * The last stored day of each account, as it was before this import wrote
   * anything (fetched once per account, through the (accountId, day) index).
   * A record after it cannot match a stored row, so it needs no lookup.
   */
  async lastDaysOf(tx: Queryable, accountIds: Iterable<number>): Promise<ReadonlyMap<number, string | null>> {
    const missing = [...new Set(accountIds)].filter((id) => !this.lastDays.has(id));
    if (missing.length) {
      const rows = await tx.$queryRawUnsafe<{ id: number | bigint; last: string | null }[]>(LAST_DAYS_SQL, JSON.stringify(missing));
      for (const id of missing) this.lastDays.set(id, null);
      for (const r of rows) this.lastDays.set(Number(r.id), r.last);
    }
    return this.lastDays;
  }

  /** Whether the account was there before this import began. */
  existed(platformKey: string, handle: string): boolean {
    const id = this.idOf(platformKey, handle);
    return id !== undefined && this.before.has(id);
  }

  /** Creates the accounts among `refs` that do not exist; returns how many it created. */
  async ensure(tx: Queryable, refs: Iterable<AccountRef>, batchId: number | null): Promise<number> {
    const missing = new Map<string, AccountRef>();
    for (const r of refs) {
      if (this.idOf(r.platformKey, r.handle) !== undefined) continue;
      const key = accountKey(r.platformKey, r.handle);
      if (!missing.has(key)) missing.set(key, r);
    }
    if (missing.size === 0) return 0;
    // Prepared statements rather than createManyAndReturn: Prisma compiled each call anew, ~0.1 s per 500 accounts.
    const insert = preparedOn(tx, INSERT_ACCOUNT_SQL).pluck();
    const change = batchId === null ? null : preparedOn(tx, ACCOUNT_CHANGE_SQL);
    const createdAt = sqliteInstant(clockNow());
    const created: number[] = [];
    for (const r of missing.values()) {
      const id = Number(insert.get(this.workspaceId, r.platformKey, r.handle, r.handle, NEW_ACCOUNT_INDUSTRY, this.currency, createdAt));
      this.remember(r.platformKey, r.handle, id);
      this.groups.set(id, { platformKey: r.platformKey, industry: NEW_ACCOUNT_INDUSTRY });
      this.lastDays.set(id, null);
      change?.run(batchId, id);
      created.push(id);
    }
    this.created += created.length;
    return created.length;
  }
}

// ---- SQL ----------------------------------------------------------------------

const q = (identifier: string) => `"${identifier}"`;

/** The columns an update changes (and an undo restores), as stored. */
export const DAILY_RESTORED_COLUMNS = [...MEASURES, "importBatchId", "updatedAt"] as const;

/**
 * The statements for records that carry one set of measure keys. A lookup
 * and an insert bind one record's values; updates travel as one JSON array
 * of [id, ...values] per chunk. SQLite compares and copies the values
 * itself, so stored rows never come back to JavaScript — only the id of each
 * one that exists and whether it changed.
 */
interface DailySql {
  measures: readonly Measure[];
  /** params: ...values of the measures, accountId, day → [id, changed] of the stored row, if there is one */
  classify: string;
  /** params: workspaceId, accountId, day, ...values of the measures, importBatchId, updatedAt */
  insert: string;
  /** params: importBatchId, updatedAt, json of [id, ...values] */
  update: string;
}

const statements = new Map<string, DailySql>();

function dailySql(measures: readonly Measure[]): DailySql {
  const key = measures.join(",");
  let sql = statements.get(key);
  if (sql) return sql;
  const at = (i: number) => `j.value ->> ${i}`;
  sql = {
    measures,
    classify: `SELECT d."id", NOT (${measures.map((m) => `d.${q(m)} IS ?`).join(" AND ")})
FROM "DailyMetric" d WHERE d."accountId" = ? AND d."day" = ?`,
    insert: `INSERT INTO "DailyMetric" ("workspaceId", "accountId", "day", ${measures.map((m) => `${q(m)}, `).join("")}"importBatchId", "updatedAt")
VALUES (${Array.from({ length: measures.length + 5 }, () => "?").join(", ")})`,
    update: `UPDATE "DailyMetric" SET ${measures.map((m, i) => `${q(m)} = ${at(i + 1)}, `).join("")}"importBatchId" = ?, "updatedAt" = ?
FROM jsonb_each(?) j WHERE "DailyMetric"."id" = ${at(0)}`,
  };
  statements.set(key, sql);
  return sql;
}

/** Each account's last stored day (a max over the (accountId, day) index); params: json of account ids. */
const LAST_DAYS_SQL = `SELECT j.value AS id, (SELECT max(d."day") FROM "DailyMetric" d WHERE d."accountId" = j.value) AS last FROM json_each(?) j`;

/** A new account; params: workspaceId, platformKey, handle, displayName, industry, currency, createdAt → its id. */
const INSERT_ACCOUNT_SQL = `INSERT INTO "Account" ("workspaceId", "platformKey", "handle", "displayName", "industry", "currency", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id"`;

/** The "insert" change of an account; params: batchId, account id. */
const ACCOUNT_CHANGE_SQL = `INSERT INTO "ImportChange" ("batchId", "table", "rowId", "action") VALUES (?, 'Account', ?, 'insert')`;

/** The "insert" change of a run of consecutive ids; params: batchId, first id, last id. */
const INSERT_RUN_CHANGE_SQL = `INSERT INTO "ImportChange" ("batchId", "table", "rowId", "lastRowId", "action") VALUES (?, 'DailyMetric', ?, ?, 'insert')`;

/** One "update" change per row about to be updated, with its stored values; params: batchId, json of [id, …]. */
const UPDATE_CHANGES_SQL = `INSERT INTO "ImportChange" ("batchId", "table", "rowId", "action", "before")
SELECT ?, 'DailyMetric', d."id", 'update', json_object(${DAILY_RESTORED_COLUMNS.map((c) => `'${c}', d.${q(c)}`).join(", ")})
FROM jsonb_each(?) j JOIN "DailyMetric" d ON d."id" = j.value ->> 0`;

/** Adds the inserted records `rows` of the columns to the rollup buffer. */
function addInserted(buffer: RollupBuffer, book: AccountBook, c: DailyColumns, rowIds: Float64Array, rows: readonly number[]): void {
  const width = c.measures.length;
  const row: MeasureRow = {}; // one object, refilled for every record
  for (const i of rows) {
    for (let k = 0; k < width; k++) row[c.measures[k] as Measure] = unpacked(c.values[i * width + k] as number);
    const group = book.groupOf(rowIds[i] as number);
    buffer.add(c.days[i] as Day, group.platformKey, group.industry, row);
  }
}

/** Rollup rows a buffer may gather before they are written (~0.5 kB each). */
const ROLLUP_BUFFER_ROWS = 20_000;
/**
 * Rollup rows taken from the buffer at a time: taking all 20,000 at once
 * (then as one JSON parameter) was a 70 MB spike in a 5M-row import.
 */
const ROLLUP_ROWS_PER_TAKE = 500;

/** Writes the rollup rows gathered so far; every writer calls it once its last chunk is applied. */
export async function flushRollups(tx: Queryable, workspaceId: number, buffer: RollupBuffer): Promise<void> {
  while (buffer.size > 0) await addDailyRollupDeltas(tx, { workspaceId, deltas: buffer.take(ROLLUP_ROWS_PER_TAKE) });
}

// ---- one chunk ------------------------------------------------------------------

export interface DailyChunkParams {
  workspaceId: number;
  book: AccountBook;
  /** false: classify only (the preview); nothing is written */
  write: boolean;
  /** where inserted rows' rollups gather until flushRollups */
  rollups: RollupBuffer;
  batchId: number | null;
  now: Date;
}

/**
 * Classifies a chunk of records against the stored rows (insert, update,
 * unchanged) and, when writing, applies it. Records must not repeat an
 * (account, day) within one import.
 */
export async function applyDailyChunk(tx: Queryable, p: DailyChunkParams & { records: readonly DailyRecord[] }): Promise<ChunkCounts> {
  const counts: ChunkCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (const columns of columnsOf(p.records)) {
    const c = await applyDailyColumns(tx, { ...p, columns, rollup: null });
    counts.inserted += c.inserted;
    counts.updated += c.updated;
    counts.unchanged += c.unchanged;
  }
  return counts;
}

/**
 * applyDailyChunk for records already packed. `rollup` is the records' own
 * rollup rows, worked out where they were read (canonical-stream.ts) on the
 * assumption that every one is new: used as it is when they all are, while
 * the rollups of a chunk with stored rows among it are worked out here from
 * the inserted ones.
 */
export async function applyDailyColumns(tx: Queryable, p: DailyChunkParams & { columns: DailyColumns; rollup: ChunkRollup | null }): Promise<ChunkCounts> {
  const { book, columns: c } = p;
  const counts: ChunkCounts = { inserted: 0, updated: 0, unchanged: 0 };
  if (c.size === 0) return counts;

  // The accounts these records name, each once, and their ids (created first, when writing).
  const ids = new Map<number, number>();
  let unknown: number[] | null = null;
  for (let i = 0; i < c.size; i++) {
    const a = c.accountAt[i] as number;
    if (ids.has(a)) continue;
    const ref = c.accounts[a] as AccountRef;
    const id = book.idOf(ref.platformKey, ref.handle);
    ids.set(a, id ?? 0);
    if (id === undefined) (unknown ??= []).push(a);
  }
  if (unknown) {
    if (p.write) await book.ensure(tx, unknown.map((a) => c.accounts[a] as AccountRef), p.batchId);
    for (const a of unknown) {
      const ref = c.accounts[a] as AccountRef;
      const id = book.idOf(ref.platformKey, ref.handle);
      if (id === undefined) ids.delete(a); // the preview: not created
      else ids.set(a, id);
    }
  }
  if (p.rollup) checkRollupIndustries(book, c, ids, p.rollup);
  const lastDays = await book.lastDaysOf(tx, ids.values());
  // Each account's id and last stored day, by place; each record's account id (0: not created, in the preview).
  const stored = new Map<number, { id: number; last: string | null }>();
  for (const [a, id] of ids) stored.set(a, { id, last: lastDays.get(id) ?? null });
  const rowIds = new Float64Array(c.size);

  const sql = dailySql(c.measures);
  const width = c.measures.length;
  const values = c.values;
  // Each record's stored row: its id (0: none) and whether the new values differ.
  const storedIds = new Float64Array(c.size);
  const changed = new Uint8Array(c.size);
  let classify: ReturnType<typeof preparedOn> | null = null;
  // Values are bound as they are packed: SQLite stores a NaN as NULL (and `IS NULL` matches it).
  const lookup: (number | string)[] = new Array(width + 2); // ...values, accountId, day
  for (let i = 0; i < c.size; i++) {
    const account = stored.get(c.accountAt[i] as number);
    if (account === undefined) continue;
    const { id, last } = account;
    rowIds[i] = id;
    // Only a day up to the account's last stored one can already be there.
    const day = c.days[i] as Day;
    if (last === null || day > last) continue;
    for (let k = 0; k < width; k++) lookup[k] = values[i * width + k] as number;
    lookup[width] = id;
    lookup[width + 1] = day;
    classify ??= preparedOn(tx, sql.classify).raw();
    const row = classify.get(lookup) as [bigint, bigint] | undefined;
    if (row) {
      storedIds[i] = Number(row[0]);
      changed[i] = row[1] === BigInt(1) ? 1 : 0;
    }
  }
  const inserts: number[] = [];
  const updates: (number | null)[][] = [];
  const updatedDays = new Set<Day>();
  for (let i = 0; i < c.size; i++) {
    if (storedIds[i] === 0) inserts.push(i);
    else if (changed[i] === 1) {
      updatedDays.add(c.days[i] as Day);
      const entry: (number | null)[] = [storedIds[i] as number];
      for (let k = 0; k < width; k++) entry.push(unpacked(values[i * width + k] as number));
      updates.push(entry);
    } else counts.unchanged++;
  }
  counts.inserted = inserts.length;
  counts.updated = updates.length;
  if (!p.write) return counts;

  if (inserts.length) {
    const insert = preparedOn(tx, sql.insert);
    const row: (number | string | null)[] = new Array(width + 5); // workspaceId, accountId, day, ...values, importBatchId, updatedAt
    row[0] = p.workspaceId;
    row[width + 3] = p.batchId;
    row[width + 4] = sqliteInstant(p.now);
    let first = 0;
    let last = 0;
    for (const i of inserts) {
      row[1] = rowIds[i] as number;
      row[2] = c.days[i] as Day;
      for (let k = 0; k < width; k++) row[k + 3] = values[i * width + k] as number;
      last = Number(insert.run(row).lastInsertRowid);
      if (first === 0) first = last;
    }
    // One transaction on one connection: SQLite gives the rows the ids after the largest one, in order.
    if (last - first + 1 !== inserts.length) throw new Error(`inserted ${inserts.length} rows with ids ${first}..${last}, not one run`);
    if (p.batchId !== null) preparedOn(tx, INSERT_RUN_CHANGE_SQL).run(p.batchId, first, last);
    if (p.rollup && inserts.length === c.size) p.rollups.merge(p.rollup.rows);
    else addInserted(p.rollups, book, c, rowIds, inserts);
  }
  if (updates.length) {
    const json = JSON.stringify(updates);
    if (p.batchId !== null) await tx.$executeRawUnsafe(UPDATE_CHANGES_SQL, p.batchId, json);
    await tx.$executeRawUnsafe(sql.update, p.batchId, p.now, json);
    // The rebuild counts every stored row of those days, the ones inserted earlier in this import too.
    p.rollups.dropDays(updatedDays);
    await rebuildDays(tx, { workspaceId: p.workspaceId, days: [...updatedDays] });
  }
  if (p.rollups.size >= ROLLUP_BUFFER_ROWS) await flushRollups(tx, p.workspaceId, p.rollups);
  return counts;
}

/** A chunk's rollup rows as worked out where it was read, with the industry it gave each account it named first. */
export interface ChunkRollup {
  rows: RollupDelta[];
  /** place in the account list → industry, for the accounts this chunk names for the first time */
  industries: ReadonlyMap<number, string>;
}

/**
 * A reader that filed an account under another industry than the book has
 * would put its rows in the wrong rollup row: stop the import. Each account
 * is checked in the chunk that names it first, whether or not that chunk's
 * rollup rows are used.
 */
function checkRollupIndustries(book: AccountBook, c: DailyColumns, ids: ReadonlyMap<number, number>, rollup: ChunkRollup): void {
  for (const [a, industry] of rollup.industries) {
    const id = ids.get(a);
    if (id === undefined) continue; // the preview: not created
    if (industry !== book.groupOf(id).industry) {
      const ref = c.accounts[a] as AccountRef;
      throw new Error(`the rollup of ${ref.platformKey}/${ref.handle} was worked out under industry ${industry}, the account's is ${book.groupOf(id).industry}`);
    }
  }
}

// ---- a whole set of records in its own transaction ---------------------------------

/** Long imports hold one transaction open; SQLite handles that fine. */
export const IMPORT_TRANSACTION = { timeout: 30 * 60_000, maxWait: 60_000 } as const;

/**
 * Writes records in one transaction (or, with dryRun, only counts what would
 * happen). The import pipeline calls applyDailyChunk inside its own
 * transaction instead; this is for callers with rows already in memory.
 */
export async function writeDailyMetrics(
  db: Db,
  params: { workspaceId: number; currency: string; rows: readonly DailyRecord[]; importBatchId?: number | null; dryRun?: boolean },
): Promise<WriteSummary> {
  const run = async (tx: Queryable): Promise<WriteSummary> => {
    const book = await AccountBook.load(tx, params.workspaceId, params.currency);
    const total: WriteSummary = { inserted: 0, updated: 0, unchanged: 0, accountsCreated: 0 };
    const now = clockNow();
    const rollups = new RollupBuffer();
    for (let i = 0; i < params.rows.length; i += DAILY_CHUNK) {
      const records = params.rows.slice(i, i + DAILY_CHUNK);
      const c = await applyDailyChunk(tx, {
        workspaceId: params.workspaceId,
        book,
        records,
        write: !params.dryRun,
        rollups,
        batchId: params.importBatchId ?? null,
        now,
      });
      total.inserted += c.inserted;
      total.updated += c.updated;
      total.unchanged += c.unchanged;
    }
    total.accountsCreated = params.dryRun
      ? new Set(params.rows.filter((r) => !book.existed(r.platformKey, r.account)).map((r) => accountKey(r.platformKey, r.account))).size
      : book.created;
    if (!params.dryRun) {
      await flushRollups(tx, params.workspaceId, rollups);
      await refreshAccountSpans(tx, params.workspaceId);
    }
    return total;
  };
  return params.dryRun ? run(db) : db.$transaction(run, IMPORT_TRANSACTION);
}

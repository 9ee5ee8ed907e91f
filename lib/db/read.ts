// The read path of the dashboards' hot queries. Prisma's raw queries cost a
// few microseconds per value on the way out (measured: the weekly report's
// 1,680 rollup rows × 60 sums took 120–300 ms through $queryRaw and 16 ms in
// SQLite itself), so queries that return many values run the same Prisma.Sql
// (same text, same bound values) on a read-only better-sqlite3 connection to
// the client's file. Several queries read in one transaction see one commit,
// so a page never mixes figures from before and after an import. On
// PostgreSQL the same queries go to a pg pool (read-postgres.ts).
import Database from "better-sqlite3";
import { databaseUrlOf, type Db } from "@/lib/db";
import { isPostgresUrl, sqlitePathFromUrl } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pgInOneCommit, pgRows } from "./read-postgres";

type Row = Record<string, unknown>;

const globalForReaders = globalThis as unknown as { kpiReaders?: Map<string, Database.Database> };

/**
 * The reader's page cache (KiB). The executive summary probes the (accountId,
 * day) index once per account for the previous period's active accounts:
 * 5,000 probes took 19.9 ms with SQLite's 2 MB default, 11.0 ms with 32 MB
 * (the pages stay between requests). One reader per database file, so this
 * is at most 32 MB a process.
 */
const READER_CACHE_SQL = "cache_size = -32768";

function readerFor(db: Db): Database.Database {
  const url = databaseUrlOf(db);
  if (!url) throw new Error("this client was not made by createDb: no database file to read");
  const file = sqlitePathFromUrl(url);
  const readers = (globalForReaders.kpiReaders ??= new Map());
  let reader = readers.get(file);
  if (!reader?.open) {
    reader = new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
    reader.pragma(READER_CACHE_SQL);
    readers.set(file, reader);
  }
  return reader;
}

/** The rows of one query. */
export async function readRows(db: Db, query: Prisma.Sql): Promise<Row[]> {
  const url = postgresUrlOf(db);
  if (url) return pgRows(url, query);
  const reader = readerFor(db);
  for (let busy = busyReaders.get(reader); busy; busy = busyReaders.get(reader)) await busy;
  return reader.prepare(query.sql).all(...(query.values as unknown[])) as Row[];
}

/** The rows of several queries, all from the same commit. */
export function readRowsTogether(db: Db, queries: readonly Prisma.Sql[]): Promise<Row[][]> {
  return readInOneCommit(db, (rows) => Promise.all(queries.map(rows)));
}

/**
 * Runs `work` in one read transaction: queries that depend on each other's
 * answers, all from the same commit. On SQLite the process's reader is
 * shared, so other reads wait until `work` ends (its queries run at once,
 * and work that awaits nothing else ends within the same turn).
 */
export async function readInOneCommit<T>(db: Db, work: (rows: (query: Prisma.Sql) => Promise<Row[]>) => Promise<T>): Promise<T> {
  const url = postgresUrlOf(db);
  if (url) return pgInOneCommit(url, (table) => work(async (q) => objectsOf(await table(q))));
  const reader = readerFor(db);
  for (let busy = busyReaders.get(reader); busy; busy = busyReaders.get(reader)) await busy;
  let release!: () => void;
  busyReaders.set(reader, new Promise<void>((resolve) => (release = resolve)));
  try {
    reader.prepare("BEGIN").run();
    try {
      return await work(async (q) => reader.prepare(q.sql).all(...(q.values as unknown[])) as Row[]);
    } finally {
      reader.prepare("COMMIT").run();
    }
  } finally {
    busyReaders.delete(reader);
    release();
  }
}

/**
 * Readers held by a readInOneCommit, with the promise that settles when it
 * ends. Callers wait in a loop of their own, `for (let b = busyReaders.get(r);
 * b; b = busyReaders.get(r)) await b;`, and go on in the same turn as the
 * last check finds it free: an `await` after that check would let a
 * readInOneCommit take the reader between the check and the read.
 */
const busyReaders = new WeakMap<Database.Database, Promise<void>>();

/** Whether a client reads from PostgreSQL (for the few SQLite-only clauses, such as an index hint). */
export function onPostgres(db: Db): boolean {
  return postgresUrlOf(db) !== null;
}

/** The URL of a client on PostgreSQL, or null for SQLite. */
function postgresUrlOf(db: Db): string | null {
  const url = databaseUrlOf(db);
  return url !== null && isPostgresUrl(url) ? url : null;
}

/**
 * A query's rows as arrays, and the column names in their order. better-sqlite3
 * builds an object per row slowly when rows are wide: the weekly report's
 * 1,764 rollup rows of 52 sums took 31 ms as objects and 19 ms as arrays, and a
 * parser that knows each column's position reads them in a fraction of the
 * time a lookup by name takes.
 */
export interface Table {
  columns: readonly string[];
  rows: unknown[][];
}

function tableOf(reader: Database.Database, query: Prisma.Sql): Table {
  const statement = reader.prepare(query.sql);
  const columns = statement.columns().map((c) => c.name);
  return { columns, rows: statement.raw(true).all(...(query.values as unknown[])) as unknown[][] };
}

/** The rows of several queries as tables, all from the same commit. */
export async function readTablesTogether(db: Db, queries: readonly Prisma.Sql[]): Promise<Table[]> {
  const url = postgresUrlOf(db);
  if (url) return pgInOneCommit(url, (table) => Promise.all(queries.map(table)));
  const reader = readerFor(db);
  for (let busy = busyReaders.get(reader); busy; busy = busyReaders.get(reader)) await busy;
  return reader.transaction(() => queries.map((q) => tableOf(reader, q)))();
}

/** The rows of a table as objects by column name (for small results). */
export function objectsOf(table: Table): Row[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])));
}

/** Closes the reader of a file (before the file is deleted or replaced). */
export function closeReader(file: string): void {
  const readers = globalForReaders.kpiReaders;
  readers?.get(file)?.close();
  readers?.delete(file);
}

/**
 * Lets other requests run after `workedMs` of work on a long one: waits about
 * as long as that work took (at most 50 ms). A request that hops the event
 * loop dozens of times (every Prisma query does) would otherwise wait a whole
 * turn of the long request at each hop; a pause lets it run all its hops.
 */
export function yieldToOthers(workedMs = 0): Promise<void> {
  const pause = Math.min(50, Math.max(0, workedMs));
  return new Promise((resolve) => (pause >= 1 ? setTimeout(resolve, pause) : setImmediate(resolve)));
}

/**
 * The tables of several queries from one commit, for reads too long to hold the
 * thread: on a connection of its own (a read transaction that spans awaits
 * cannot share the process's reader), yielding to other requests between
 * queries.
 */
export async function readTablesSliced(db: Db, queries: readonly Prisma.Sql[]): Promise<Table[]> {
  // PostgreSQL answers on its own server: a long read there holds no thread of this process.
  if (postgresUrlOf(db)) return readTablesTogether(db, queries);
  const url = databaseUrlOf(db);
  if (!url) throw new Error("this client was not made by createDb: no database file to read");
  const own = new Database(sqlitePathFromUrl(url), { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    own.prepare("BEGIN").run();
    const out: Table[] = [];
    for (const q of queries) {
      const started = performance.now();
      out.push(tableOf(own, q));
      await yieldToOthers(performance.now() - started);
    }
    own.prepare("COMMIT").run();
    return out;
  } finally {
    own.close();
  }
}

// The one Prisma client, on the better-sqlite3 driver adapter (or, for a
// `postgresql://` URL, the PostgreSQL twin's client on pg). Cached on
// globalThis so that Next's dev reloads do not open a connection per reload.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { env, isPostgresUrl, sqlitePathFromUrl } from "@/lib/env";

export type Db = PrismaClient;

/** `busyTimeoutMs`: how long a statement waits for another connection's write lock. */
export function createDb(databaseUrl: string, busyTimeoutMs = 10_000): Db {
  if (isPostgresUrl(databaseUrl)) return createPostgresDb(databaseUrl);
  const adapter = new PrismaBetterSqlite3({ url: `file:${sqlitePathFromUrl(databaseUrl)}`, timeout: busyTimeoutMs });
  // Remembers the connection the adapter opens, for sqliteOf.
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const driver = await connect();
    Object.defineProperty(client, SQLITE_KEY, { value: (driver as unknown as { client?: unknown }).client, configurable: true });
    return driver;
  };
  const client = new PrismaClient({ adapter });
  // On the client itself, under a registry symbol: Next may load this module
  // more than once, and a module-level map would not know another copy's clients.
  Object.defineProperty(client, DATABASE_URL_KEY, { value: databaseUrl });
  return client;
}

/**
 * The PostgreSQL twin's client. Both clients are generated from the same
 * models (prisma/postgres/schema.prisma is written from prisma/schema.prisma),
 * so their model APIs agree; the PostgreSQL one only adds provider extras
 * (such as case-insensitive filters) that the app does not use.
 */
function createPostgresDb(databaseUrl: string): Db {
  const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  Object.defineProperty(client, DATABASE_URL_KEY, { value: databaseUrl });
  return client as unknown as Db;
}

const DATABASE_URL_KEY = Symbol.for("kpi.databaseUrl");
const SQLITE_KEY = Symbol.for("kpi.sqlite");

/**
 * The better-sqlite3 connection under a client made by createDb, or under one
 * of its transactions: a statement run on it is part of the transaction that
 * is open. For the statements where Prisma's cost per call shows: an
 * import's lookup and insert of every row (lib/ingest/write-daily-metrics.ts).
 * It reads a field the adapter does not declare, so it checks what it found;
 * the import tests fail at once if an upgrade moves it.
 */
export function sqliteOf(q: Db | Prisma.TransactionClient): Database.Database {
  const sqlite = (q as unknown as Record<symbol, unknown>)[SQLITE_KEY];
  if (q instanceof PostgresPrismaClient) throw new Error("imports and other bulk writes do not run on PostgreSQL yet: use a SQLite DATABASE_URL for them");
  if (!(sqlite instanceof Database)) throw new Error("sqliteOf: no better-sqlite3 connection under this client (made by createDb, and connected?)");
  return sqlite;
}

const preparedStatements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * `sql` prepared on the connection under `q` (sqliteOf), once per connection:
 * preparing the insert for every 500 rows took 0.5 s of a 1M-row import.
 */
export function preparedOn(q: Db | Prisma.TransactionClient, sql: string): Database.Statement {
  const sqlite = sqliteOf(q);
  let statements = preparedStatements.get(sqlite);
  if (!statements) preparedStatements.set(sqlite, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
  return statement;
}

/** A DateTime as Prisma's SQLite adapter stores it (`2026-03-01T23:40:00.000+00:00`), so text order is time order. */
export function sqliteInstant(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

/** The URL a client was made for (null: not made by createDb). */
export function databaseUrlOf(client: Db): string | null {
  return (client as unknown as Record<symbol, string | undefined>)[DATABASE_URL_KEY] ?? null;
}

type Cached = { url: string; client: Db };
const globalForDb = globalThis as unknown as { kpiDb?: Cached; kpiWriterDb?: Cached; kpiNoWaitDbs?: Map<string, Db> };

/** The client for DATABASE_URL, opened lazily so that builds never touch a database. */
export function db(): Db {
  const url = env().DATABASE_URL;
  if (globalForDb.kpiDb?.url !== url) globalForDb.kpiDb = { url, client: createDb(url) };
  return globalForDb.kpiDb.client;
}

/**
 * A second connection for long write transactions (imports, undo, the
 * metrics API). The driver serialises one connection's transactions, so a
 * 15-second import on the shared client would stall every page; on its own
 * connection, with the database in WAL mode, pages keep reading the last
 * committed data while it runs.
 */
export function writerDb(): Db {
  const url = env().DATABASE_URL;
  if (globalForDb.kpiWriterDb?.url !== url) globalForDb.kpiWriterDb = { url, client: createDb(url, 120_000) };
  return globalForDb.kpiWriterDb.client;
}

/**
 * A client on the same file as `database` that never waits for the write
 * lock: a write while another connection holds it fails at once with
 * SQLITE_BUSY. For writes that may be skipped (a session's last-seen time).
 * better-sqlite3 waits for a lock on the JavaScript thread, so a read
 * request that waited behind a long import (one transaction of many
 * seconds, from the CLI or the app) would stall every other request of the
 * server for up to the busy timeout, and then fail.
 */
export function noWaitDb(database: Db): Db {
  const url = databaseUrlOf(database);
  if (url === null) throw new Error("noWaitDb: a client made by createDb is needed");
  globalForDb.kpiNoWaitDbs ??= new Map();
  let client = globalForDb.kpiNoWaitDbs.get(url);
  if (!client) globalForDb.kpiNoWaitDbs.set(url, (client = createDb(url, 0)));
  return client;
}

/** Whether an error is SQLite refusing a lock (SQLITE_BUSY, as Prisma's adapter reports it). */
export function isBusyError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${String((error as { code?: unknown }).code ?? "")} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}` : String(error);
  return /SQLITE_BUSY|database is locked|SocketTimeout|timed out|P1008/i.test(text);
}

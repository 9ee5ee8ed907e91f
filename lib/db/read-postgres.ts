// The dashboards' read path on PostgreSQL: the same Prisma.Sql the SQLite
// reader runs (with `$n` placeholders), on a pg pool per database, handing
// values back in the shapes the SQLite reader gives, so that one parser per
// query serves both: 64-bit integers and numerics as numbers, booleans as
// 1/0, timestamps as UTC text with a `+00:00` offset. Several queries read
// in one REPEATABLE READ transaction see one commit.
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";

type Row = Record<string, unknown>;

export interface PgTable {
  columns: readonly string[];
  rows: unknown[][];
}

const PG_BOOL = 16;
const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const PG_TIMESTAMP = 1114;

/** PostgreSQL's `2026-12-31 23:59:59.1` as Prisma's SQLite adapter stores an instant: `2026-12-31T23:59:59.100+00:00`. */
export function sqliteStyleInstant(text: string): string {
  const [date, time = "00:00:00"] = text.split(" ");
  const [whole, fraction = ""] = time.split(".");
  return `${date}T${whole}.${fraction.padEnd(3, "0").slice(0, 3)}+00:00`;
}

const parsers: Record<number, (text: string) => unknown> = {
  [PG_BOOL]: (text) => (text === "t" ? 1 : 0),
  [PG_INT8]: Number,
  [PG_NUMERIC]: Number,
  [PG_TIMESTAMP]: sqliteStyleInstant,
};

const types = {
  getTypeParser: ((oid: number, format?: string) => (format !== "binary" && parsers[oid]) || pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

const globalForPools = globalThis as unknown as { kpiPgPools?: Map<string, pg.Pool> };

function poolFor(url: string): pg.Pool {
  const pools = (globalForPools.kpiPgPools ??= new Map());
  let pool = pools.get(url);
  if (!pool) pools.set(url, (pool = new pg.Pool({ connectionString: url, max: 10, types })));
  return pool;
}

async function tableOn(client: pg.PoolClient | pg.Pool, query: Prisma.Sql): Promise<PgTable> {
  const result = await client.query({ text: query.text, values: query.values as unknown[], rowMode: "array" });
  return { columns: result.fields.map((f) => f.name), rows: result.rows as unknown[][] };
}

/** The rows of one query, as objects. */
export async function pgRows(url: string, query: Prisma.Sql): Promise<Row[]> {
  const result = await poolFor(url).query({ text: query.text, values: query.values as unknown[] });
  return result.rows as Row[];
}

/** Runs `work` in one read-only REPEATABLE READ transaction: every query in it sees the same commit. */
export async function pgInOneCommit<T>(url: string, work: (table: (query: Prisma.Sql) => Promise<PgTable>) => Promise<T>): Promise<T> {
  const client = await poolFor(url).connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // One connection answers one query at a time: queries asked together wait their turn.
    let previous: Promise<unknown> = Promise.resolve();
    const out = await work((q) => {
      const next = previous.then(() => tableOn(client, q));
      previous = next.catch(() => {});
      return next;
    });
    await client.query("COMMIT");
    return out;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Closes the pools of a database (tests, before dropping it). */
export async function closePgPools(url: string): Promise<void> {
  const pool = globalForPools.kpiPgPools?.get(url);
  globalForPools.kpiPgPools?.delete(url);
  await pool?.end();
}

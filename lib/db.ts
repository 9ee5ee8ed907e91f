// The one Prisma client, on the better-sqlite3 driver adapter. Cached on
// globalThis so that Next's dev reloads do not open a connection per reload.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env, sqlitePathFromUrl } from "@/lib/env";

export type Db = PrismaClient;

export function createDb(databaseUrl: string): Db {
  const adapter = new PrismaBetterSqlite3({ url: `file:${sqlitePathFromUrl(databaseUrl)}` });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { kpiDb?: { url: string; client: Db } };

/** The client for DATABASE_URL, opened lazily so that builds never touch a database. */
export function db(): Db {
  const url = env().DATABASE_URL;
  if (globalForDb.kpiDb?.url !== url) globalForDb.kpiDb = { url, client: createDb(url) };
  return globalForDb.kpiDb.client;
}

// What GET /api/health reports: does the database answer, and is its schema
// the one this code expects (every folder in prisma/migrations applied)? For
// a load balancer or a monitor, so it says nothing about any workspace and
// nothing secret: no path, no driver message (those go to the server log).
import { existsSync } from "node:fs";
import type { Db } from "@/lib/db";
import { isPostgresUrl, sqlitePathFromUrl } from "@/lib/env";
import { defaultPrismaPaths, migrationStatus, type PrismaPaths } from "./migrations";
import { postgresMigrationStatus, postgresPrismaPaths } from "./postgres-migrations";

export interface HealthReport {
  status: "ok" | "degraded";
  database: "ok" | "unreachable";
  /** counts of migration folders applied and not applied; null when they could not be read */
  migrations: { applied: number; pending: number } | null;
  /** why the status is degraded (absent when ok) */
  reason?: string;
}

/** How long the database may take to answer `SELECT 1` before it counts as unreachable. */
const ANSWER_TIMEOUT_MS = 5_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const unreachable = (reason: string): HealthReport => ({ status: "degraded", database: "unreachable", migrations: null, reason });

/**
 * Checks the database at `databaseUrl` through `database` (the app's own
 * client, so a broken connection shows) and its migrations table against
 * the migration folders (prisma/migrations, or prisma/postgres/migrations
 * for a PostgreSQL URL). A missing SQLite file is reported, never created.
 */
export async function checkHealth(database: () => Db, databaseUrl: string, paths?: PrismaPaths): Promise<HealthReport> {
  const postgres = isPostgresUrl(databaseUrl);
  if (!postgres && !existsSync(sqlitePathFromUrl(databaseUrl))) return unreachable("the database file does not exist");
  try {
    await withTimeout(database().$queryRaw`SELECT 1`, ANSWER_TIMEOUT_MS);
  } catch (error) {
    console.error(`health: the database does not answer SELECT 1: ${error instanceof Error ? error.message : String(error)}`);
    return unreachable("the database does not answer");
  }
  let status;
  try {
    status = postgres
      ? await postgresMigrationStatus(databaseUrl, paths ?? postgresPrismaPaths())
      : await migrationStatus(sqlitePathFromUrl(databaseUrl), paths ?? defaultPrismaPaths());
  } catch (error) {
    console.error(`health: the migrations table cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    return { status: "degraded", database: "ok", migrations: null, reason: "the migrations table cannot be read" };
  }
  const migrations = { applied: status.applied.length, pending: status.pending.length };
  if (status.pending.length > 0) {
    const names = status.pending.slice(0, 5).join(", ") + (status.pending.length > 5 ? ", …" : "");
    return { status: "degraded", database: "ok", migrations, reason: `${status.pending.length} migration(s) not applied (${names}): run npm run db:migrate` };
  }
  return { status: "ok", database: "ok", migrations };
}

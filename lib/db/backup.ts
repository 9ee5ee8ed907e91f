// Online backup and offline restore of the SQLite database.
//
// Backup uses SQLite's online backup API (better-sqlite3's `db.backup`): it
// reads a consistent snapshot while the app keeps serving and writing. The
// whole database is copied in one step after the first, so a write from
// another process between steps (which makes SQLite start the copy over) can
// only cost one restart; in WAL mode the copy's read does not block writers.
// The copy is switched to rollback-journal mode, so it is one self-contained
// file, then checked (`PRAGMA integrity_check`) and counted.
//
// Restore is offline: the app must be stopped first. It checks the backup
// (integrity, the migrations table, no migration this code does not know),
// refuses while any other connection has the live database open, copies the
// backup next to the live file, removes the live file's stale -wal/-shm (an
// old WAL replayed onto the new file would corrupt it) and renames the copy
// over the live file, so the live path is always either the old database or
// the whole new one.
import { existsSync } from "node:fs";
import { copyFile, mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import { defaultPrismaPaths, migrationNames, migrationStatusOf, type MigrationStatus, type PrismaPaths } from "./migrations";

/** `backups/kpi-20261207T121500Z.db` for the instant `at` (UTC, to the second). */
export function defaultBackupPath(at: Date, root = process.cwd()): string {
  const stamp = at.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
  return path.join(root, "backups", `kpi-${stamp}.db`);
}

/** Copies the live database at `source` to `dest` while it stays in use; `dest` must not exist. */
export async function backupDatabase(source: string, dest: string): Promise<void> {
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  if (existsSync(dest)) throw new Error(`${dest} already exists: choose another --out`);
  await mkdir(path.dirname(path.resolve(dest)), { recursive: true });
  const partial = `${dest}.partial`;
  await removeDatabaseFiles(partial);
  const live = new Database(source, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    // First step: SQLite's default; every later step copies everything left (0x7fffffff pages).
    await live.backup(partial, { progress: () => 0x7fffffff });
  } finally {
    live.close();
  }
  const copy = new Database(partial);
  try {
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }
  await fsyncFile(partial);
  await rename(partial, dest);
}

export interface TableRows {
  table: string;
  rows: number;
}

export interface DatabaseCheck {
  /** `PRAGMA integrity_check`'s lines: ["ok"] when the file is sound */
  integrity: string[];
  ok: boolean;
  /** every table's row count, by name */
  tables: TableRows[];
  /** null when the file has no `_prisma_migrations` table */
  migrations: (MigrationStatus & { unknown: string[] }) | null;
}

/** Opens `file` read-only and checks it: integrity, rows per table, migrations against prisma/migrations. */
export async function checkDatabaseFile(file: string, paths: PrismaPaths = defaultPrismaPaths()): Promise<DatabaseCheck> {
  const wanted = await migrationNames(paths);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
    const names = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    const tables = names.map((table) => ({ table, rows: (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table.replaceAll('"', '""')}"`).get() as { n: number }).n }));
    let migrations: DatabaseCheck["migrations"] = null;
    if (names.includes("_prisma_migrations")) {
      const status = migrationStatusOf(sqlite, wanted);
      const recorded = (sqlite.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as { migration_name: string }[]).map(
        (r) => r.migration_name,
      );
      migrations = { ...status, unknown: recorded.filter((name) => !wanted.includes(name)) };
    }
    return { integrity, ok: integrity.length === 1 && integrity[0] === "ok", tables, migrations };
  } finally {
    sqlite.close();
  }
}

/** Why `check` is not a backup this code can restore, or null when it is. */
export function restoreProblem(check: DatabaseCheck): string | null {
  if (!check.ok) return `integrity check failed: ${check.integrity.slice(0, 5).join("; ")}`;
  if (!check.migrations) return "no _prisma_migrations table: not a database of this app";
  if (check.migrations.unknown.length) return `made by newer code (migrations this checkout lacks: ${check.migrations.unknown.join(", ")})`;
  return null;
}

/**
 * Whether a connection other than ours has the database open. Leaving WAL
 * mode needs the file to itself: while the app (or an import, or a backup)
 * holds it open, `journal_mode = DELETE` stays `wal`. Only meaningful for a
 * database in WAL mode, as prepareDatabase leaves every database.
 */
export function databaseInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const sqlite = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    if (sqlite.pragma("journal_mode", { simple: true }) !== "wal") return false;
    try {
      return sqlite.pragma("journal_mode = DELETE", { simple: true }) === "wal";
    } catch {
      return true; // SQLITE_BUSY: another connection holds a lock
    }
  } finally {
    sqlite.close();
  }
}

/** Replaces the database at `live` with the backup `backup` (see the top of this file). Throws with the reason when it refuses. */
export async function restoreDatabase(backup: string, live: string, paths: PrismaPaths = defaultPrismaPaths()): Promise<DatabaseCheck> {
  if (!existsSync(backup)) throw new Error(`no backup at ${backup}`);
  const check = await checkDatabaseFile(backup, paths);
  const problem = restoreProblem(check);
  if (problem) throw new Error(`${backup} cannot be restored: ${problem}`);
  if (databaseInUse(live)) throw new Error(`${live} is open in another process: stop the app (and any import or backup) first`);
  await mkdir(path.dirname(path.resolve(live)), { recursive: true });
  const incoming = `${live}.restoring`;
  await removeDatabaseFiles(incoming);
  await copyFile(backup, incoming);
  // The app expects WAL (prepareDatabase sets it on every start too).
  const copy = new Database(incoming);
  try {
    copy.pragma("journal_mode = WAL");
  } finally {
    copy.close();
  }
  await fsyncFile(incoming);
  await rm(`${live}-wal`, { force: true });
  await rm(`${live}-shm`, { force: true });
  await rm(`${live}-journal`, { force: true });
  await rename(incoming, live);
  await fsyncFile(path.dirname(path.resolve(live)));
  return check;
}

/** The file and the side files SQLite may have left next to it. */
async function removeDatabaseFiles(file: string): Promise<void> {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) await rm(`${file}${suffix}`, { force: true });
}

/** Flushes a file (or directory) to disk, so a rename after it never exposes a half-written file. */
async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Size in MB, for the scripts' output. */
export async function megabytes(file: string): Promise<string> {
  return ((await stat(file)).size / 1024 / 1024).toFixed(1);
}

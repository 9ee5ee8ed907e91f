// Applies prisma/migrations to a SQLite file and checks them against
// schema.prisma, offline (see schema-engine.ts for why not the Prisma CLI).
// postgres-migrations.ts does the same for the PostgreSQL twin through the
// engine-neutral steps exported here.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import { openSchemaEngine, type EngineHandle, type SchemaFile } from "./schema-engine";

const EMPTY_FILTER = { externalTables: [], externalEnums: [] };
const EMPTY_MIGRATION = "-- This is an empty migration.";

export interface PrismaPaths {
  schemaPath: string;
  migrationsDir: string;
}

export function defaultPrismaPaths(root = process.cwd()): PrismaPaths {
  return {
    schemaPath: path.join(root, "prisma", "schema.prisma"),
    migrationsDir: path.join(root, "prisma", "migrations"),
  };
}

async function readSchema(paths: PrismaPaths): Promise<SchemaFile> {
  return { path: paths.schemaPath, content: await readFile(paths.schemaPath, "utf8") };
}

async function readMigrationsList(paths: PrismaPaths) {
  const entries = await readdir(paths.migrationsDir, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(paths.migrationsDir, "migration_lock.toml");
  return {
    baseDir: paths.migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => ({
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: {
            tag: "ok" as const,
            value: await readFile(path.join(paths.migrationsDir, dir, "migration.sql"), "utf8"),
          },
        },
      })),
    ),
  };
}

/** The migration folders in prisma/migrations, in the order they apply. */
export async function migrationNames(paths = defaultPrismaPaths()): Promise<string[]> {
  const entries = await readdir(paths.migrationsDir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

export interface MigrationStatus {
  /** migration folders recorded as finished (and not rolled back) in `_prisma_migrations` */
  applied: string[];
  /** migration folders not recorded as finished: the schema is behind the code */
  pending: string[];
}

/**
 * Which migration folders an open database has applied, read from its
 * `_prisma_migrations` table (a database without the table has applied none).
 */
export function migrationStatusOf(sqlite: Database.Database, wanted: readonly string[]): MigrationStatus {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
  if (!table) return { applied: [], pending: [...wanted] };
  const done = sqlite.prepare(FINISHED_MIGRATIONS_SQL).pluck().all() as string[];
  return statusOf(wanted, done);
}

/** The names `_prisma_migrations` records as finished and not rolled back (the same SQL on SQLite and PostgreSQL). */
export const FINISHED_MIGRATIONS_SQL = "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL";

/** The wanted folders split by whether `done` records them. */
export function statusOf(wanted: readonly string[], done: readonly string[]): MigrationStatus {
  const finished = new Set(done);
  return { applied: wanted.filter((name) => finished.has(name)), pending: wanted.filter((name) => !finished.has(name)) };
}

/** migrationStatusOf for a file, opened read-only (never created). */
export async function migrationStatus(sqlitePath: string, paths = defaultPrismaPaths()): Promise<MigrationStatus> {
  const wanted = await migrationNames(paths);
  const sqlite = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  try {
    return migrationStatusOf(sqlite, wanted);
  } finally {
    sqlite.close();
  }
}

/**
 * Whether every migration folder is recorded as applied, read without the
 * schema engine. The engine's first step needs the file to itself (it fails
 * with SQLITE_BUSY while another process holds a WAL database open), so an
 * up-to-date database — the usual case for the CLI and `npm start` — must not
 * start it at all.
 */
export async function migrationsAreApplied(sqlitePath: string, paths = defaultPrismaPaths()): Promise<boolean> {
  if (!existsSync(sqlitePath)) return false;
  return (await migrationStatus(sqlitePath, paths)).pending.length === 0;
}

/** Applies pending migrations; returns the names of those it applied. */
export async function applyMigrations(sqlitePath: string, paths = defaultPrismaPaths()): Promise<string[]> {
  if (await migrationsAreApplied(sqlitePath, paths)) return [];
  await mkdir(path.dirname(path.resolve(sqlitePath)), { recursive: true });
  return applyMigrationsWith((schema) => openSchemaEngine(sqlitePath, schema), paths);
}

/**
 * The SQL that would take the database at `sqlitePath` to schema.prisma, or
 * null when they already agree. After applying the migrations to a fresh
 * file, null proves the migrations produce exactly the schema; otherwise the
 * SQL is the next migration to write.
 */
export function diffDatabaseToSchema(sqlitePath: string, paths = defaultPrismaPaths()): Promise<string | null> {
  return diffToSchemaWith((schema) => openSchemaEngine(sqlitePath, schema), paths);
}

/** Opens the schema engine on one database, for the schema it is given. */
export type EngineOpener = (schema: SchemaFile) => Promise<EngineHandle>;

/** Applies the pending folders of `paths.migrationsDir` through an engine `open` gives; returns their names. */
export async function applyMigrationsWith(open: EngineOpener, paths: PrismaPaths): Promise<string[]> {
  const handle = await open(await readSchema(paths));
  try {
    const result = await handle.engine.applyMigrations({
      migrationsList: await readMigrationsList(paths),
      filters: EMPTY_FILTER,
    });
    return result.appliedMigrationNames;
  } finally {
    await handle.dispose();
  }
}

/** diffDatabaseToSchema for the database an engine from `open` is on. */
export async function diffToSchemaWith(open: EngineOpener, paths: PrismaPaths): Promise<string | null> {
  const schema = await readSchema(paths);
  const handle = await open(schema);
  try {
    const result = await handle.engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: path.dirname(paths.schemaPath) },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: EMPTY_FILTER,
    });
    return migrationSql(result.stdout);
  } finally {
    await handle.dispose();
  }
}

/** A diff's script, or null when it changes nothing. */
function migrationSql(stdout: string | null | undefined): string | null {
  const sql = (stdout ?? "").trim();
  return sql === "" || sql === EMPTY_MIGRATION ? null : sql;
}

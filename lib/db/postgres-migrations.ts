// The PostgreSQL twin's migrations (prisma/postgres/migrations), applied and
// checked offline through the wasm schema engine, as the SQLite ones are.
// Both folders follow Prisma's format, so `prisma migrate deploy --schema
// prisma/postgres/schema.prisma` accepts a database set up here.
import path from "node:path";
import pg from "pg";
import { applyMigrationsWith, diffToSchemaWith, FINISHED_MIGRATIONS_SQL, migrationNames, statusOf, type MigrationStatus, type PrismaPaths } from "./migrations";
import { POSTGRES_PRISMA_DIR } from "./postgres-schema";
import { openPostgresSchemaEngine } from "./schema-engine";

export function postgresPrismaPaths(root = process.cwd()): PrismaPaths {
  return {
    schemaPath: path.join(root, POSTGRES_PRISMA_DIR, "schema.prisma"),
    migrationsDir: path.join(root, POSTGRES_PRISMA_DIR, "migrations"),
  };
}

/** Applies the pending PostgreSQL migrations to the database at `url`; returns their names. */
export function applyPostgresMigrations(url: string, paths = postgresPrismaPaths()): Promise<string[]> {
  return applyMigrationsWith((schema) => openPostgresSchemaEngine(url, schema), paths);
}

/** The SQL that would take the database at `url` to prisma/postgres/schema.prisma, or null when they agree. */
export function diffPostgresToSchema(url: string, paths = postgresPrismaPaths()): Promise<string | null> {
  return diffToSchemaWith((schema) => openPostgresSchemaEngine(url, schema), paths);
}

/** Which PostgreSQL migration folders the database at `url` has applied, from its `_prisma_migrations` table. */
export async function postgresMigrationStatus(url: string, paths = postgresPrismaPaths()): Promise<MigrationStatus> {
  const wanted = await migrationNames(paths);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`);
    if (!table.rows[0]?.exists) return { applied: [], pending: [...wanted] };
    const done = await client.query<{ migration_name: string }>(FINISHED_MIGRATIONS_SQL);
    return statusOf(wanted, done.rows.map((r) => r.migration_name));
  } finally {
    await client.end();
  }
}

// Writes the next migration for both databases. prisma/schema.prisma is the
// one source of truth: its PostgreSQL twin (prisma/postgres/schema.prisma) is
// rewritten from it, then for each database the existing migrations are
// applied to a scratch database, the result is diffed against the schema and
// the SQL is saved in Prisma's folder format under one stamp and name.
// Usage: npm run db:migration -- <name>
//
// PostgreSQL needs a server: KPI_POSTGRES_SCRATCH_URL (one on which a scratch
// database may be created and dropped), or else a throwaway cluster started
// with scripts/postgres-cluster.sh from Debian's postgresql package.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyMigrations, defaultPrismaPaths, diffDatabaseToSchema, type PrismaPaths } from "../lib/db/migrations";
import { applyPostgresMigrations, diffPostgresToSchema, postgresPrismaPaths } from "../lib/db/postgres-migrations";
import { postgresSchemaFrom } from "../lib/db/postgres-schema";
import { createScratchDatabase } from "../lib/db/postgres-scratch";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

async function save(paths: PrismaPaths, sql: string | null, label: string): Promise<void> {
  if (sql === null) {
    console.log(`${label}: the schema and the migrations agree; nothing to write.`);
    return;
  }
  const dir = path.join(paths.migrationsDir, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
  console.log(`${label}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}

async function sqliteMigration(scratch: string): Promise<void> {
  const paths = defaultPrismaPaths();
  const file = path.join(scratch, "scratch.db");
  await applyMigrations(file, paths);
  await save(paths, await diffDatabaseToSchema(file, paths), "SQLite");
}

/** A server URL for scratch databases, and how to stop it when this script started it. */
async function postgresServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const given = process.env.KPI_POSTGRES_SCRATCH_URL;
  if (given) return { url: given, async stop() {} };
  // A folder of its own at the top of the temp dir: as root, the cluster's files belong to the postgres user, who must reach them.
  const cluster = await mkdtemp(path.join(os.tmpdir(), "kpi-postgres-"));
  const script = path.join(import.meta.dirname, "postgres-cluster.sh");
  const url = execFileSync(script, ["start", cluster, "55433"], { encoding: "utf8" }).trim();
  return {
    url,
    async stop() {
      execFileSync(script, ["stop", cluster]);
      await rm(cluster, { recursive: true, force: true });
    },
  };
}

async function postgresMigration(): Promise<void> {
  const paths = postgresPrismaPaths();
  await mkdir(paths.migrationsDir, { recursive: true });
  const lock = path.join(paths.migrationsDir, "migration_lock.toml");
  if (!existsSync(lock)) await writeFile(lock, (await readFile(path.join(defaultPrismaPaths().migrationsDir, "migration_lock.toml"), "utf8")).replace('"sqlite"', '"postgresql"'));
  const server = await postgresServer();
  try {
    const scratch = await createScratchDatabase(server.url, "kpi_migration");
    try {
      await applyPostgresMigrations(scratch.url, paths);
      await save(paths, await diffPostgresToSchema(scratch.url, paths), "PostgreSQL");
    } finally {
      await scratch.drop();
    }
  } finally {
    await server.stop();
  }
}

const scratch = await mkdtemp(path.join(os.tmpdir(), "kpi-migration-"));
try {
  await sqliteMigration(scratch);
  const { schemaPath } = defaultPrismaPaths();
  await mkdir(path.dirname(postgresPrismaPaths().schemaPath), { recursive: true });
  await writeFile(postgresPrismaPaths().schemaPath, postgresSchemaFrom(await readFile(schemaPath, "utf8")));
  await postgresMigration();
} finally {
  await rm(scratch, { recursive: true, force: true });
}

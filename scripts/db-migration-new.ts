// Writes the next migration: applies the existing migrations to a scratch
// SQLite file, diffs it against schema.prisma and saves the SQL in Prisma's
// folder format. Usage: npm run db:migration -- <name>
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyMigrations, defaultPrismaPaths, diffDatabaseToSchema } from "../lib/db/migrations";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(2);
}

const paths = defaultPrismaPaths();
const scratch = await mkdtemp(path.join(os.tmpdir(), "kpi-migration-"));
try {
  const db = path.join(scratch, "scratch.db");
  await applyMigrations(db, paths);
  const sql = await diffDatabaseToSchema(db, paths);
  if (sql === null) {
    console.log("schema.prisma and the migrations agree; nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(paths.migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
    console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}

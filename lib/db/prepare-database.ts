// Everything a database file needs before the app can use it: the schema
// (migrations) and the reference data. Safe to run on every start.
import { createDb } from "@/lib/db";
import { isPostgresUrl, sqlitePathFromUrl } from "@/lib/env";
import { syncReferenceData } from "@/lib/reference/sync-reference-data";
import Database from "better-sqlite3";
import { applyMigrations } from "./migrations";
import { applyPostgresMigrations } from "./postgres-migrations";

export async function prepareDatabase(databaseUrl: string): Promise<{ applied: string[] }> {
  const applied = isPostgresUrl(databaseUrl) ? await applyPostgresMigrations(databaseUrl) : await prepareSqliteFile(sqlitePathFromUrl(databaseUrl));
  const db = createDb(databaseUrl);
  try {
    await syncReferenceData(db);
  } finally {
    await db.$disconnect();
  }
  return { applied };
}

async function prepareSqliteFile(file: string): Promise<string[]> {
  const applied = await applyMigrations(file);
  // WAL lets pages read committed data while an import writes (a setting stored in the file).
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
  return applied;
}

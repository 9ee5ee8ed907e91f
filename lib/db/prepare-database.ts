// Everything a database file needs before the app can use it: the schema
// (migrations) and the reference data. Safe to run on every start.
import { createDb } from "@/lib/db";
import { sqlitePathFromUrl } from "@/lib/env";
import { syncReferenceData } from "@/lib/reference/sync-reference-data";
import { applyMigrations } from "./migrations";

export async function prepareDatabase(databaseUrl: string): Promise<{ applied: string[] }> {
  const applied = await applyMigrations(sqlitePathFromUrl(databaseUrl));
  const db = createDb(databaseUrl);
  try {
    await syncReferenceData(db);
  } finally {
    await db.$disconnect();
  }
  return { applied };
}

// A real SQLite file in a fresh temp directory, migrated and with reference
// data, for one test file. Never the dev database.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare-database";

export interface TempDatabase {
  url: string;
  file: string;
  db: Db;
  cleanup(): Promise<void>;
}

export async function createTempDatabase(): Promise<TempDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kpi-test-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  await prepareDatabase(url);
  const db = createDb(url);
  return {
    url,
    file,
    db,
    async cleanup() {
      await db.$disconnect();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

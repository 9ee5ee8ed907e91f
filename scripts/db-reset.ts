// npm run db:reset [-- --end-day YYYY-MM-DD]
// Deletes the SQLite file named by DATABASE_URL (and its -wal/-shm/-journal
// siblings, which would otherwise bring old pages back), re-creates it and
// loads the demo workspace.
import { rm } from "node:fs/promises";
import { createDb } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { parseSeedArgs } from "@/lib/demo/seed-args";
import { describeSeedResult, seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { env, sqlitePathFromUrl } from "@/lib/env";

async function main(): Promise<void> {
  const started = performance.now();
  const args = parseSeedArgs(process.argv.slice(2));
  if (args.ifEmpty) throw new Error("--if-empty does not apply: db:reset always starts from an empty file");
  const url = env().DATABASE_URL;
  const file = sqlitePathFromUrl(url);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) await rm(`${file}${suffix}`, { force: true });
  console.log(`deleted ${file}`);
  const { applied } = await prepareDatabase(url);
  console.log(`applied ${applied.length} migration(s)`);
  const db = createDb(url);
  try {
    const result = await seedDemoWorkspace(db, { endDay: args.endDay, now: args.now });
    for (const line of describeSeedResult(result)) console.log(line);
    console.log(`db:reset done in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`db:reset failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

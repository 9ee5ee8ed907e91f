// npm run db:restore -- <backup file>
// Replaces the database named by DATABASE_URL with a backup. Stop the app
// first: the restore refuses while any other process (the app, an import, a
// backup) has the database open. The backup is checked before anything is
// touched (integrity_check, the migrations table, no migration newer than
// this checkout); the live file is replaced atomically (copy next to it,
// stale -wal/-shm removed, rename). A backup older than the code is fine:
// `npm start` (or `npm run db:migrate`) applies the missing migrations.
import path from "node:path";
import { restoreDatabase } from "@/lib/db/backup";
import { env, sqlitePathFromUrl } from "@/lib/env";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0]?.startsWith("--")) {
    console.error("usage: npm run db:restore -- <backup file>   (stop the app first)");
    return 2;
  }
  const backup = path.resolve(args[0] as string);
  const live = sqlitePathFromUrl(env().DATABASE_URL);
  const check = await restoreDatabase(backup, live);
  const rows = check.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`restored ${backup}\n      to ${live} (${check.tables.length} tables, ${rows.toLocaleString("en")} rows; integrity ok)`);
  if (check.migrations?.pending.length) console.log(`${check.migrations.pending.length} migration(s) to apply: npm start or npm run db:migrate does it`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`db:restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);

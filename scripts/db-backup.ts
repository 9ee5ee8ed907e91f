// npm run db:backup [-- --out file]
// An online backup of the SQLite database named by DATABASE_URL, safe while
// the app serves and imports (lib/db/backup.ts): written to --out or
// backups/kpi-<UTC timestamp>.db, then opened and checked
// (PRAGMA integrity_check) and its rows per table printed. Exit code 1 when
// the backup fails or the copy does not pass the check.
import path from "node:path";
import { backupDatabase, checkDatabaseFile, defaultBackupPath, megabytes } from "@/lib/db/backup";
import { env, sqlitePathFromUrl } from "@/lib/env";

function outArg(argv: readonly string[]): string | null {
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--out") out = argv[++i] ?? "";
    else if (arg.startsWith("--out=")) out = arg.slice("--out=".length);
    else throw new Error(`unknown argument ${arg} (usage: npm run db:backup [-- --out file])`);
    if (!out) throw new Error("--out needs a file name");
  }
  return out;
}

async function main(): Promise<number> {
  const out = outArg(process.argv.slice(2));
  const source = sqlitePathFromUrl(env().DATABASE_URL);
  const dest = path.resolve(out ?? defaultBackupPath(new Date()));
  const started = performance.now();
  await backupDatabase(source, dest);
  console.log(`backed up ${source}\n       to ${dest} (${await megabytes(dest)} MB) in ${Math.round(performance.now() - started)} ms`);
  const check = await checkDatabaseFile(dest);
  console.log(`integrity_check: ${check.integrity.slice(0, 10).join("; ")}`);
  const width = Math.max(...check.tables.map((t) => t.table.length));
  for (const t of check.tables) console.log(`  ${t.table.padEnd(width)}  ${String(t.rows).padStart(10)}`);
  if (check.migrations) console.log(`migrations: ${check.migrations.applied.length} applied, ${check.migrations.pending.length} pending`);
  if (!check.ok) {
    console.error("the backup did not pass the integrity check: do not rely on it");
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`db:backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);

// npm run db:migrate-to-postgres -- postgresql://user@host:5432/kpi
// Copies the SQLite database DATABASE_URL names (every workspace, user,
// session and import) into a new, empty PostgreSQL database, then compares
// the two: rows per table and every measure's sum per workspace and
// platform. Exits 1 if anything differs. Stop the app first, so the copy is
// of one moment.
import { checkCopy, copySqliteToPostgres } from "@/lib/db/copy-to-postgres";
import { migrationsAreApplied } from "@/lib/db/migrations";
import { env, isPostgresUrl, sqlitePathFromUrl } from "@/lib/env";

const target = process.argv[2] ?? "";
if (!isPostgresUrl(target)) {
  console.error("usage: npm run db:migrate-to-postgres -- postgresql://user@host:5432/database");
  process.exit(2);
}
const source = sqlitePathFromUrl(env().DATABASE_URL);
if (!(await migrationsAreApplied(source))) {
  console.error(`${source} is not migrated to this version's schema; run npm run db:migrate first`);
  process.exit(1);
}
const shown = new URL(target);
shown.password = shown.password ? "***" : "";
console.log(`copying ${source} into ${shown.href}`);
const report = await copySqliteToPostgres(source, target, (line) => console.log(`  ${line}`));
const rows = report.tables.reduce((s, t) => s + t.rows, 0);
console.log(`copied ${rows.toLocaleString("en")} rows of ${report.tables.length} tables in ${report.seconds.toFixed(1)} s`);
const check = await checkCopy(source, target);
for (const d of check.rowCounts) console.error(`  rows differ in ${d.table}: SQLite ${d.sqlite}, PostgreSQL ${d.postgres}`);
for (const d of check.measureSums) console.error(`  sum differs for ${d.key}: SQLite ${d.sqlite}, PostgreSQL ${d.postgres}`);
if (check.rowCounts.length > 0 || check.measureSums.length > 0) process.exit(1);
console.log(`checked: every table's row count, and ${check.sumsCompared} measure sums per workspace and platform, are equal`);

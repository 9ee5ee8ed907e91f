// What must hold in a database file whatever happened to the processes that
// wrote it (a SIGKILL mid-import, a power cut): SQLite's own checks, and the
// imports' bookkeeping agreeing with the rows. Returns the problems found, in
// words; an empty list is a consistent database. Opened read-write on
// purpose: a WAL left by a killed writer is recovered on open, as the app
// would.
//
// Checks (add more below, e.g. rollups equal their recomputation from rows):
// - PRAGMA integrity_check is "ok", PRAGMA foreign_key_check finds nothing;
// - a batch that is not committed (failed, undone, previewed) owns no
//   DailyMetric row: its transaction either never committed or was undone;
// - a committed batch owns no more rows than it inserted and updated, and the
//   newest committed batch of a workspace owns exactly that many (no later
//   batch can have taken any of its rows over);
// - a committed batch has committedAt set, its counts add up
//   (inserted + updated + unchanged + rejected ≤ rows read) and its undo
//   record (ImportChange) lists as many inserted and updated rows as its
//   counts; a batch that is not committed has no undo record left.
import Database from "better-sqlite3";
import { rollupProblems } from "./rollup-check";

type Check = (sqlite: Database.Database) => string[];

const sqliteChecks: Check = (sqlite) => {
  const problems: string[] = [];
  const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (integrity.length !== 1 || integrity[0] !== "ok") problems.push(`integrity_check: ${integrity.slice(0, 5).join("; ")}`);
  const fk = sqlite.pragma("foreign_key_check") as { table: string; rowid: number; parent: string }[];
  if (fk.length) problems.push(`foreign_key_check: ${fk.length} row(s), e.g. ${fk[0]!.table} rowid ${fk[0]!.rowid} → ${fk[0]!.parent}`);
  return problems;
};

interface BatchRow {
  id: number;
  workspaceId: number;
  status: string;
  rowsTotal: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  committedAt: string | null;
  owned: number;
  insertChanges: number;
  updateChanges: number;
  changes: number;
}

const batchChecks: Check = (sqlite) => {
  const problems: string[] = [];
  const batches = sqlite
    .prepare(
      `SELECT b.id, b."workspaceId", b.status, b."rowsTotal", b."rowsInserted", b."rowsUpdated", b."rowsUnchanged", b."rowsRejected", b."committedAt",
              (SELECT COUNT(*) FROM "DailyMetric" d WHERE d."importBatchId" = b.id) AS owned,
              (SELECT coalesce(SUM(coalesce(c."lastRowId", c."rowId") - c."rowId" + 1), 0) FROM "ImportChange" c WHERE c."batchId" = b.id AND c."table" = 'DailyMetric' AND c.action = 'insert') AS "insertChanges",
              (SELECT COUNT(*) FROM "ImportChange" c WHERE c."batchId" = b.id AND c."table" = 'DailyMetric' AND c.action = 'update') AS "updateChanges",
              (SELECT COUNT(*) FROM "ImportChange" c WHERE c."batchId" = b.id) AS changes
       FROM "ImportBatch" b ORDER BY b.id`,
    )
    .all() as BatchRow[];
  const newestCommitted = new Map<number, number>();
  for (const b of batches) if (b.status === "committed") newestCommitted.set(b.workspaceId, b.id);
  for (const b of batches) {
    const name = `import #${b.id} (${b.status})`;
    if (b.status !== "committed") {
      if (b.owned > 0) problems.push(`${name} owns ${b.owned} DailyMetric row(s); a batch that did not commit owns none`);
      if (b.changes > 0) problems.push(`${name} has ${b.changes} ImportChange row(s) left; only a committed batch keeps its undo record`);
      continue;
    }
    const written = b.rowsInserted + b.rowsUpdated;
    if (b.committedAt === null) problems.push(`${name} has no committedAt`);
    if (b.rowsInserted + b.rowsUpdated + b.rowsUnchanged + b.rowsRejected > b.rowsTotal) problems.push(`${name}: inserted + updated + unchanged + rejected exceed the ${b.rowsTotal} rows read`);
    if (b.insertChanges !== b.rowsInserted || b.updateChanges !== b.rowsUpdated) {
      problems.push(`${name}: its undo record lists ${b.insertChanges} inserts and ${b.updateChanges} updates, its counts say ${b.rowsInserted} and ${b.rowsUpdated}`);
    }
    if (b.owned > written) problems.push(`${name} owns ${b.owned} rows but wrote ${written}`);
    else if (newestCommitted.get(b.workspaceId) === b.id && b.owned !== written) problems.push(`${name} is the newest import and owns ${b.owned} rows, but wrote ${written}`);
  }
  const orphans = (sqlite.prepare(`SELECT COUNT(*) AS n FROM "DailyMetric" d WHERE d."importBatchId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ImportBatch" b WHERE b.id = d."importBatchId")`).get() as { n: number }).n;
  if (orphans) problems.push(`${orphans} DailyMetric row(s) name an import that does not exist`);
  return problems;
};

/** Every check that applies to any database of this app. */
export const CONSISTENCY_CHECKS: readonly Check[] = [sqliteChecks, batchChecks];

/** Every check, then the rollups against a recomputation from the daily rows (rollup-check.ts). */
export function checkDatabaseConsistency(dbPath: string): string[] {
  const sqlite = new Database(dbPath, { fileMustExist: true, timeout: 10_000 });
  let problems: string[];
  try {
    problems = CONSISTENCY_CHECKS.flatMap((check) => check(sqlite));
  } finally {
    sqlite.close();
  }
  return [...problems, ...rollupProblems(dbPath)];
}

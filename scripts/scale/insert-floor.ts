// How fast SQLite itself takes the import's one step that cannot be skipped:
// each row's INSERT into DailyMetric, with the table's indexes and foreign key,
// as bare prepared statements in one transaction on a connection set up as the
// import's is (WAL, synchronous NORMAL, foreign keys on, 32 MB cache). The
// CSV is parsed 10,000 rows at a time outside the timed part; nothing is
// validated, rolled up or recorded for undo. The scale bench prints it next
// to the import's own figure: how close the import is to what the table
// allows on this machine.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import Database from "better-sqlite3";
import { CANONICAL_MEASURE_COLUMNS } from "@/lib/ingest/canonical";

export interface InsertFloor {
  rows: number;
  insertSeconds: number;
  rowsPerSecond: number;
}

const MEASURES = Object.values(CANONICAL_MEASURE_COLUMNS);
const MONEY = new Set<string>(["spendMinor", "revenueMinor", "costMinor"]);
const BATCH = 10_000;

/** Inserts the rows of a canonical CSV (`date,platform,account,` then the measures in canonical order) into a migrated, empty database. */
export async function measureInsertFloor(csvFile: string, dbFile: string): Promise<InsertFloor> {
  const db = new Database(dbFile);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma("cache_size = -32768");
    const stamp = new Date("2026-12-01T00:00:00Z").toISOString().replace("Z", "+00:00");
    const workspaceId = Number(db.prepare(`INSERT INTO "Workspace" ("slug", "name", "createdAt", "updatedAt") VALUES ('floor', 'Floor', ?, ?)`).run(stamp, stamp).lastInsertRowid);
    const insertAccount = db.prepare(`INSERT INTO "Account" ("workspaceId", "platformKey", "handle", "displayName", "industry", "currency", "createdAt") VALUES (?, ?, ?, ?, 'other', 'CNY', ?)`);
    const insert = db.prepare(
      `INSERT INTO "DailyMetric" ("workspaceId", "accountId", "day", ${MEASURES.map((m) => `"${m}", `).join("")}"importBatchId", "updatedAt") VALUES (${Array.from({ length: MEASURES.length + 5 }, () => "?").join(", ")})`,
    );
    const accounts = new Map<string, number>();
    const row: (number | string | null)[] = new Array(MEASURES.length + 5);
    row[0] = workspaceId;
    row[MEASURES.length + 3] = null;
    row[MEASURES.length + 4] = stamp;
    let rows = 0;
    let insertMs = 0;
    let batch: (number | string | null)[][] = [];
    const flush = () => {
      const started = performance.now();
      for (const r of batch) {
        for (let k = 0; k < r.length; k++) row[k + 1] = r[k] as number | string | null;
        insert.run(row);
      }
      insertMs += performance.now() - started;
      rows += batch.length;
      batch = [];
    };
    db.exec("BEGIN");
    let header = true;
    for await (const line of createInterface({ input: createReadStream(csvFile), crlfDelay: Infinity })) {
      if (header || line === "") {
        header = false;
        continue;
      }
      const cells = line.split(",");
      const key = `${cells[1]}\u0000${cells[2]}`;
      let accountId = accounts.get(key);
      if (accountId === undefined) {
        accountId = Number(insertAccount.run(workspaceId, cells[1], cells[2], cells[2], stamp).lastInsertRowid);
        accounts.set(key, accountId);
      }
      const values = MEASURES.map((m, k) => {
        const text = cells[k + 3] ?? "";
        if (text === "") return null;
        return MONEY.has(m) ? Math.round(Number(text) * 100) : Number(text);
      });
      batch.push([accountId, cells[0] as string, ...values]);
      if (batch.length >= BATCH) flush();
    }
    flush();
    const started = performance.now();
    db.exec("COMMIT");
    insertMs += performance.now() - started;
    const insertSeconds = insertMs / 1000;
    return { rows, insertSeconds: Math.round(insertSeconds * 100) / 100, rowsPerSecond: Math.round(rows / insertSeconds) };
  } finally {
    db.close();
  }
}

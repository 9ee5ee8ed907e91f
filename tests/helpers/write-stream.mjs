// A second process that writes to a SQLite database without pause, for tests
// that need writes going on "meanwhile" (an online backup, an import):
//
//   node tests/helpers/write-stream.mjs <db file> <workspace id> <account id> [rows per transaction]
//
// Each transaction inserts `rows` DailyMetric rows (impressions 1, clicks 0)
// for the next `rows` days of one account, so a consistent snapshot holds a
// whole number of transactions: COUNT(*) is a multiple of `rows`. It prints
// "ready" after its first commit and stops on SIGTERM or when stdin closes.
import Database from "better-sqlite3";

const [file, workspaceId, accountId, perTx = "50"] = process.argv.slice(2);
const rows = Number(perTx);
const sqlite = new Database(file, { timeout: 30_000 });
const insert = sqlite.prepare(
  'INSERT INTO "DailyMetric" ("workspaceId", "accountId", "day", "impressions", "clicks", "updatedAt") VALUES (?, ?, ?, 1, 0, ?)',
);
const start = Date.UTC(1990, 0, 1);
const one = sqlite.transaction((k) => {
  for (let j = 0; j < rows; j++) {
    const day = new Date(start + (k * rows + j) * 86_400_000).toISOString().slice(0, 10);
    insert.run(Number(workspaceId), Number(accountId), day, Date.now());
  }
});

let stopping = false;
process.on("SIGTERM", () => (stopping = true));
process.stdin.on("end", () => (stopping = true));
process.stdin.resume();

let k = 0;
function next() {
  if (stopping) {
    sqlite.close();
    process.exit(0);
  }
  one.immediate(k++);
  if (k === 1) process.stdout.write("ready\n");
  setImmediate(next);
}
next();

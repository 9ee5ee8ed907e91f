// Online backup while another process writes, restore into a new file, and
// the restored database tells the same story: the demo workspace's totals per
// platform (plain SQL) and its weekly report equal the live database's, and
// the other process's writes are there in whole transactions only. Then the
// refusals: a damaged file, a database of another program, a live database
// that is still open.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { backupDatabase, checkDatabaseFile, databaseInUse, restoreDatabase } from "@/lib/db/backup";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { getWorkspaceBySlug } from "@/lib/queries/getWorkspaceBySlug";
import { getWeeklyReport } from "@/lib/services/weekly-report";
import { testNow } from "../helpers/clock";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

const WRITER = path.resolve(import.meta.dirname, "../helpers/write-stream.mjs");
const ROWS_PER_TX = 50;
const NOW = testNow();

let t: TempDatabase;
let dir: string;
let noise: { workspaceId: number; accountId: number };

beforeAll(async () => {
  t = await createTempDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), "kpi-backup-"));
  await seedDemoWorkspace(t.db, { now: NOW, weeks: 20 });
  const ws = await t.db.workspace.create({ data: { slug: "noise", name: "Noise" } });
  const account = await t.db.account.create({ data: { workspaceId: ws.id, platformKey: "douyin", handle: "noise", displayName: "Noise", industry: "ecommerce_retail" } });
  noise = { workspaceId: ws.id, accountId: account.id };
});
afterAll(async () => {
  await t.cleanup();
  await rm(dir, { recursive: true, force: true });
});

/** Per platform of the demo workspace: rows, Σ impressions, Σ clicks, Σ spend (plain SQL, independent of the app's queries). */
function totalsBySql(file: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite
      .prepare(
        `SELECT a."platformKey" AS platform, COUNT(*) AS rows, SUM(d.impressions) AS impressions, SUM(d.clicks) AS clicks, SUM(d."spendMinor") AS spend
         FROM "DailyMetric" d JOIN "Account" a ON a.id = d."accountId" JOIN "Workspace" w ON w.id = d."workspaceId"
         WHERE w.slug = 'demo' GROUP BY a."platformKey" ORDER BY a."platformKey"`,
      )
      .all();
  } finally {
    sqlite.close();
  }
}

function noiseRows(file: string): number {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare('SELECT COUNT(*) AS n FROM "DailyMetric" WHERE "workspaceId" = ?').get(noise.workspaceId) as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

async function weeklyReportOf(url: string) {
  const db = createDb(url);
  try {
    const demo = await getWorkspaceBySlug(db, "demo");
    return await getWeeklyReport(db, demo!, { filter: {}, now: NOW });
  } finally {
    await db.$disconnect();
  }
}

async function startWriter(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [WRITER, t.file, String(noise.workspaceId), String(noise.accountId), String(ROWS_PER_TX)], { stdio: ["pipe", "pipe", "inherit"] });
  const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
  expect(chunk.toString()).toContain("ready");
  return child;
}

async function stopWriter(child: ChildProcess): Promise<void> {
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  await exited;
}

describe("db:backup while another process writes, then db:restore", () => {
  it("restores a consistent snapshot: the same KPI totals and weekly report, whole write transactions only", async () => {
    const backup = path.join(dir, "kpi-backup.db");
    const writer = await startWriter();
    let before: number;
    let after: number;
    try {
      before = noiseRows(t.file);
      await backupDatabase(t.file, backup);
      after = noiseRows(t.file);
    } finally {
      await stopWriter(writer);
    }
    // The writer committed while the backup ran, so the backup was taken under writes.
    expect(after).toBeGreaterThan(before);

    const check = await checkDatabaseFile(backup);
    expect(check.integrity).toEqual(["ok"]);
    expect(check.migrations?.pending).toEqual([]);

    const restored = path.join(dir, "restored", "kpi.db");
    await restoreDatabase(backup, restored);
    expect((await checkDatabaseFile(restored)).integrity).toEqual(["ok"]);

    // The writer's rows: whole transactions, at least those committed before the backup began.
    const copied = noiseRows(restored);
    expect(copied % ROWS_PER_TX).toBe(0);
    expect(copied).toBeGreaterThanOrEqual(before);
    expect(copied).toBeLessThanOrEqual(after);

    // The demo workspace, which nobody wrote to meanwhile, is the same in both.
    const live = totalsBySql(t.file);
    expect(live.length).toBeGreaterThan(3);
    expect(totalsBySql(restored)).toEqual(live);
    const liveReport = await weeklyReportOf(t.url);
    expect(liveReport.total.metrics.spend?.value).toBeGreaterThan(0);
    expect(await weeklyReportOf(`file:${restored}`)).toEqual(liveReport);
  });

  it("refuses a damaged backup, a database of another program, and a live database still open", async () => {
    const damaged = path.join(dir, "damaged.db");
    await writeFile(damaged, "not a database ".repeat(500));
    await expect(restoreDatabase(damaged, path.join(dir, "x.db"))).rejects.toThrow();

    const foreign = path.join(dir, "foreign.db");
    const other = new Database(foreign);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
    other.close();
    await expect(restoreDatabase(foreign, path.join(dir, "x.db"))).rejects.toThrow(/_prisma_migrations/);

    const backup = path.join(dir, "second.db");
    await backupDatabase(t.file, backup);
    // t.db (the test's Prisma client) holds the live file open, as a running app would.
    await t.db.workspace.count();
    expect(databaseInUse(t.file)).toBe(true);
    await expect(restoreDatabase(backup, t.file)).rejects.toThrow(/stop the app/);
    expect((await checkDatabaseFile(t.file)).integrity).toEqual(["ok"]);
  });

  it("will not overwrite an existing backup", async () => {
    const backup = path.join(dir, "twice.db");
    await backupDatabase(t.file, backup);
    await expect(backupDatabase(t.file, backup)).rejects.toThrow(/already exists/);
  });
});

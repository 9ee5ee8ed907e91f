// The importer killed at random moments (SIGKILL: no handler runs, no
// rollback code, as with a power cut or the OOM killer) must leave the
// database as if the import had either never started or fully finished.
//
// Canonical CSVs of CRASH_ROWS rows (default 40,000; six accounts, the same
// account-days, each trial's file with other values) are imported by the
// real CLI (`tsx scripts/import.ts`) into a temp database: first to the end,
// twice on a scratch copy, to learn how long a run takes; then CRASH_TRIALS
// times (default 4) killed after a delay drawn from a seeded PRNG between 0
// and that duration. Each trial's file changes every row the one before left
// (inserts on the first, updates after), so a kill inside the transaction
// has a lot to leave half-done. Odd trials draw the delay from the whole
// run, even ones from after the CLI's start-up (its modules loading, which
// is most of a run on a small file), so that many kills land inside the
// import's transaction; the log says where each landed. After each kill: checkDatabaseConsistency
// finds nothing (integrity_check, foreign keys, every import batch either
// committed with exactly its rows or leaving none), and the workspace's rows
// and totals are exactly those before the trial or exactly the trial's file,
// never a mix. Finally an import runs to the end and the workspace holds
// exactly its file.
//
//   CRASH_TRIALS=20 npx vitest run tests/integration/import-crash.test.ts    # the full run
//   CRASH_SEED=7 CRASH_ROWS=60000 …                                           # other kill times, a bigger file
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CanonicalFileSummary, seededRandom, writeCanonicalFile } from "../helpers/canonical-csv";
import { checkDatabaseConsistency } from "../helpers/db-consistency";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const TRIALS = Number(process.env.CRASH_TRIALS ?? 4);
const SEED = Number(process.env.CRASH_SEED ?? 20261207);
const ROWS = Number(process.env.CRASH_ROWS ?? 40_000);
const WORKSPACE = "crash";

let t: TempDatabase;
let dir: string;
let empty: CanonicalFileSummary;

beforeAll(async () => {
  t = await createTempDatabase();
  await t.db.workspace.create({ data: { slug: WORKSPACE, name: "Crash" } });
  // The test only reads through its own connections; the importer is the one writer.
  await t.db.$disconnect();
  dir = await mkdtemp(path.join(os.tmpdir(), "kpi-crash-"));
  empty = { rows: 0, firstDay: "", lastDay: "", impressions: 0, clicks: 0, spendMinor: 0 };
});

/** Trial n's file: the same account-days as every other trial's, its own values. */
async function trialFile(n: number): Promise<{ csv: string; file: CanonicalFileSummary }> {
  const csv = path.join(dir, `crash-${n}.csv`);
  return { csv, file: await writeCanonicalFile(csv, { rows: ROWS, accounts: 6, endDay: "2026-11-22", seed: SEED + n }) };
}

const totals = (f: CanonicalFileSummary) => ({ rows: f.rows, impressions: f.impressions, clicks: f.clicks, spendMinor: f.spendMinor });
afterAll(async () => {
  await t.cleanup();
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  /** whether the importer held the write lock (was inside its transaction) when the kill was sent */
  writingAtKill: boolean | null;
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  output: string;
}

/**
 * Runs the import CLI against `dbFile`; with `killAfterMs`, SIGKILLs its whole
 * process group then (tsx runs the script in a child process of its own) and
 * waits until every process of the group is gone.
 */
async function runImport(dbFile: string, csv: string, killAfterMs?: number): Promise<Run> {
  const started = performance.now();
  const child = spawn(TSX, ["scripts/import.ts", csv, "--workspace", WORKSPACE, "--lang", "en"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const exited = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
  let timer: NodeJS.Timeout | undefined;
  let writingAtKill: boolean | null = null;
  if (killAfterMs !== undefined) {
    timer = setTimeout(() => {
      writingAtKill = writeLockHeld(dbFile);
      killGroup(child.pid!);
    }, killAfterMs);
  }
  const [code, signal] = await exited;
  clearTimeout(timer);
  killGroup(child.pid!);
  await groupGone(child.pid!);
  return { writingAtKill, code, signal, ms: performance.now() - started, output };
}

/** Whether another connection holds the write lock: BEGIN IMMEDIATE fails at once (no busy wait). */
function writeLockHeld(dbFile: string): boolean {
  const sqlite = new Database(dbFile, { fileMustExist: true, timeout: 0 });
  try {
    sqlite.exec("BEGIN IMMEDIATE");
    sqlite.exec("ROLLBACK");
    return false;
  } catch {
    return true;
  } finally {
    sqlite.close();
  }
}

/** How long the CLI takes to start (load its modules, print its usage): a run's time before it touches the file. */
async function startupMs(): Promise<number> {
  const started = performance.now();
  const child = spawn(TSX, ["scripts/import.ts", "--help"], { cwd: ROOT, stdio: "ignore" });
  await once(child, "exit");
  return performance.now() - started;
}

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    // already gone
  }
}

async function groupGone(pgid: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`process group ${pgid} is still alive after SIGKILL`);
}

/** The workspace's rows and totals, by plain SQL. */
function workspaceFigures(dbFile: string) {
  const sqlite = new Database(dbFile, { fileMustExist: true });
  try {
    return sqlite
      .prepare(
        `SELECT COUNT(*) AS rows, COALESCE(SUM(d.impressions), 0) AS impressions, COALESCE(SUM(d.clicks), 0) AS clicks, COALESCE(SUM(d."spendMinor"), 0) AS "spendMinor"
         FROM "DailyMetric" d JOIN "Workspace" w ON w.id = d."workspaceId" WHERE w.slug = ?`,
      )
      .get(WORKSPACE) as { rows: number; impressions: number; clicks: number; spendMinor: number };
  } finally {
    sqlite.close();
  }
}

function batches(dbFile: string) {
  const sqlite = new Database(dbFile, { fileMustExist: true });
  try {
    return sqlite.prepare(`SELECT id, status, "rowsInserted" FROM "ImportBatch" ORDER BY id`).all() as { id: number; status: string; rowsInserted: number }[];
  } finally {
    sqlite.close();
  }
}

describe(`the importer killed at random moments (${TRIALS} trials, seed ${SEED}, ${ROWS.toLocaleString("en")} rows)`, () => {
  it(
    "leaves each import all there or not there, and a final import completes the file",
    async () => {
      // How long a whole run takes: the longer of two runs on scratch copies (the shorter would aim most kills before the import starts).
      const first = await trialFile(0);
      const runs: number[] = [];
      for (const scratch of ["calibration-1.db", "calibration-2.db"]) {
        const copy = path.join(dir, scratch);
        const source = new Database(t.file, { readonly: true });
        await source.backup(copy);
        source.close();
        const full = await runImport(copy, first.csv);
        expect(full.code, full.output).toBe(0);
        expect(workspaceFigures(copy)).toEqual(totals(first.file));
        runs.push(full.ms);
      }
      // The machine's load changes how long a run takes: each run that finishes can only shorten the estimate.
      let expectedMs = Math.max(...runs);
      const startMs = Math.min(await startupMs(), expectedMs);

      const rand = seededRandom(SEED);
      const log: string[] = [`whole runs took ${runs.map(Math.round).join(" and ")} ms, starting the CLI ${Math.round(startMs)} ms`];
      let before = empty;
      let killed = 0;
      let killedBeforeCommit = 0;
      let killedWriting = 0;
      for (let trial = 1; trial <= TRIALS; trial++) {
        const { csv, file } = await trialFile(trial);
        // Odd trials: anywhere in the run. Even trials: after the CLI has started, where the import's one transaction runs.
        const delay = Math.round(trial % 2 === 1 ? rand() * expectedMs : startMs + rand() * (expectedMs - startMs));
        const run = await runImport(t.file, csv, delay);
        const problems = checkDatabaseConsistency(t.file);
        const figures = workspaceFigures(t.file);
        const outcome = run.signal ? `killed ${run.writingAtKill ? "inside its transaction" : "outside a transaction"}` : `exit ${run.code}`;
        const state = JSON.stringify(figures) === JSON.stringify(totals(file)) ? "the trial's file" : JSON.stringify(figures) === JSON.stringify(totals(before)) ? "as before" : "A MIX";
        log.push(`trial ${trial}: kill after ${delay} ms → ${outcome}; data ${state}; batches ${batches(t.file).map((b) => `#${b.id} ${b.status}`).join(", ") || "none"}`);
        expect(problems, `trial ${trial} (kill after ${delay} ms)`).toEqual([]);
        // All of the file or none of it: never a part.
        expect([totals(before), totals(file)], `trial ${trial} (kill after ${delay} ms)`).toContainEqual(figures);
        // Killed: before the commit (as before) or after it (the file). Not killed: it finished.
        if (run.signal) killed += 1;
        else {
          expect(run.code, run.output).toBe(0);
          expect(figures).toEqual(totals(file));
          expectedMs = Math.min(expectedMs, run.ms);
        }
        if (run.signal && state === "as before") killedBeforeCommit += 1;
        if (run.signal && run.writingAtKill) killedWriting += 1;
        if (JSON.stringify(figures) === JSON.stringify(totals(file))) before = file;
      }
      log.push(`${killed} of ${TRIALS} runs were killed, ${killedBeforeCommit} of them before their commit, ${killedWriting} inside the import's transaction`);

      const final = await trialFile(TRIALS + 1);
      const last = await runImport(t.file, final.csv);
      expect(last.code, last.output).toBe(0);
      expect(checkDatabaseConsistency(t.file)).toEqual([]);
      expect(workspaceFigures(t.file)).toEqual(totals(final.file));
      // Every row was inserted once, by one committed import; the later ones updated them.
      const committed = batches(t.file).filter((b) => b.status === "committed");
      expect(committed.reduce((n, b) => n + b.rowsInserted, 0)).toBe(final.file.rows);
      console.log(log.join("\n"));
    },
    120_000 + TRIALS * 30_000,
  );
});

// npm run load-test [-- --duration 30] [-- --connections 50] [-- --import-rows 1000000] [-- --timeout 120]
//
// How the built app holds up under many readers, and while the importer
// writes a large file into the same database:
//
//   1. a fresh temp database with the demo workspace; `next start` on it
//      (building first when the sources changed), a demo admin session;
//   2. baseline: `connections` connections for `duration` seconds on
//      GET /api/v1/report/weekly (autocannon);
//   3. the same load while the import CLI writes an `import-rows` canonical
//      CSV into the demo workspace (new accounts whose last days fall in the
//      report's week). It runs until the import has finished and at least
//      `duration` seconds have passed. Meanwhile a poller reads the week's
//      total spend (weekly report) and total impressions (kpis), and another
//      its impressions straight from SQLite every 20 ms: each reading must be
//      the figure before the import or the one after it, never one in between
//      (a reader must never see half an import);
//   4. prints requests/s, p50/p95/p99 latency, errors, timeouts and non-2xx
//      per phase, and exits 1 on any error or non-2xx (a request slower than
//      `timeout` seconds, default 120, counts as an error), a reading in
//      between, a failed import, or SQLITE_BUSY / "database is locked" /
//      Prisma's busy timeout in the server log.
//
// tests/e2e/load.test.ts runs a short version (20 connections × 5 s, 50,000 rows).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import autocannon, { type Result as AutocannonResult } from "autocannon";
import { createDb } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { writeCanonicalFile } from "../tests/helpers/canonical-csv";
import { BIN, ROOT, buildIfNeeded, startBuiltApp, type RunningApp } from "./app-server";
import { demoAdminCookie } from "./demo-session";

const WEEKLY_PATH = "/api/v1/report/weekly";
const POLL_EVERY_MS = 100;
/** The direct SQL reading is cheap: many more of them than over HTTP, which queues behind the load. */
const SQL_POLL_EVERY_MS = 20;
const WEEK_IMPRESSIONS_SQL = `SELECT COALESCE(SUM(d.impressions), 0) AS n FROM "DailyMetric" d JOIN "Workspace" w ON w.id = d."workspaceId"
WHERE w.slug = 'demo' AND d.day BETWEEN ? AND ?`;
/** SQLite refusing a lock, as the driver or Prisma's adapter words it (P1008 "Operation has timed out" is its busy timeout running out). */
const BUSY = /SQLITE_BUSY|database is locked|Operation has timed out|SocketTimeout|P1008/i;

export interface LoadTestOptions {
  /** seconds of each phase (the second lasts at least until the import ends) */
  duration: number;
  connections: number;
  importRows: number;
  /** seconds a request may take before autocannon counts it as a timeout (an error); default 120, longer than a phase: a slow answer shows in the percentiles, an answer that never comes is an error */
  timeout?: number;
  /** accounts in the imported file */
  accounts?: number;
  log?: (line: string) => void;
  /** where the server's output goes (kept in memory as well) */
  serverLog?: string;
}

export interface PhaseResult {
  phase: string;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

interface Figures {
  spend: number | null;
  impressions: number | null;
}

export interface LoadTestResult {
  baseline: PhaseResult;
  underImport: PhaseResult;
  importSeconds: number;
  week: string;
  before: Figures;
  after: Figures;
  polls: number;
  /** readings of the week's impressions straight from SQLite (a connection of its own) during the import */
  sqlPolls: number;
  /** problems found; empty when the run passed */
  failures: string[];
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

/** autocannon on one URL until `until` resolves (or for `seconds`); latencies collected per response for exact percentiles. */
async function hammer(phase: string, url: string, cookie: string, connections: number, seconds: number, timeout: number, until?: Promise<unknown>): Promise<PhaseResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  const started = performance.now();
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: until ? 24 * 3600 : seconds, timeout, headers: { cookie } }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) non2xx += 1;
    });
    if (until) {
      const minimum = new Promise((r) => setTimeout(r, seconds * 1000));
      void Promise.all([until.catch(() => undefined), minimum]).then(() => instance.stop());
    }
  });
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    phase,
    seconds: Math.round(elapsed * 10) / 10,
    requests: latencies.length,
    requestsPerSecond: Math.round((latencies.length / elapsed) * 10) / 10,
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    max: Math.round(latencies.at(-1) ?? Number.NaN),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: Math.max(non2xx, result.non2xx),
  };
}

async function getJson(url: string, cookie: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { headers: { cookie } });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text.slice(0, 200);
  }
  return { status: response.status, body };
}

interface Week {
  label: string;
  start: string;
  end: string;
}

/** The week's total spend from the weekly report and total impressions from /kpis; throws on a non-200. */
async function readFigures(baseURL: string, cookie: string, week: Week): Promise<Figures> {
  const [report, kpis] = await Promise.all([
    getJson(`${baseURL}${WEEKLY_PATH}?week=${week.label}`, cookie),
    getJson(`${baseURL}/api/v1/kpis?from=${week.start}&to=${week.end}`, cookie),
  ]);
  if (report.status !== 200) throw new Error(`weekly report answered ${report.status}: ${JSON.stringify(report.body).slice(0, 200)}`);
  if (kpis.status !== 200) throw new Error(`kpis answered ${kpis.status}: ${JSON.stringify(kpis.body).slice(0, 200)}`);
  const spend = (report.body as { total: { metrics: { spend?: { value: number | null } } } }).total.metrics.spend?.value ?? null;
  const impressions = (kpis.body as { totals: { impressions?: number | null } }).totals.impressions ?? null;
  return { spend, impressions };
}

/** The import CLI as a child process (its own process group, so nothing outlives it); resolves with its exit code and output. */
function runImportCli(databaseUrl: string, csv: string): { done: Promise<{ code: number | null; output: string; seconds: number }>; kill: () => void } {
  const started = performance.now();
  const child = spawn(path.join(BIN, "tsx"), ["scripts/import.ts", csv, "--workspace", "demo", "--lang", "en"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const kill = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // gone
    }
  };
  const done = (once(child, "exit") as Promise<[number | null]>).then(([code]) => ({ code, output, seconds: (performance.now() - started) / 1000 }));
  return { done, kill };
}


const same = (a: number | null, b: number | null) => a === b;

export async function loadTest(options: LoadTestOptions): Promise<LoadTestResult> {
  const log = options.log ?? (() => {});
  const tempDir = await mkdtemp(path.join(os.tmpdir(), "kpi-load-"));
  const databaseUrl = `file:${path.join(tempDir, "load.db")}`;
  let app: RunningApp | undefined;
  let importKill: (() => void) | undefined;
  const onExit = () => {
    importKill?.();
    rmSync(tempDir, { recursive: true, force: true });
  };
  process.once("exit", onExit);
  try {
    await prepareDatabase(databaseUrl);
    const db = createDb(databaseUrl);
    try {
      await seedDemoWorkspace(db, {});
    } finally {
      await db.$disconnect();
    }
    const cookie = await demoAdminCookie(databaseUrl);
    await buildIfNeeded(log);
    app = await startBuiltApp({ databaseUrl, logFile: options.serverLog, readyPath: "/api/health" });
    log(`app at ${app.baseURL} on ${databaseUrl}`);

    const first = await getJson(`${app.baseURL}${WEEKLY_PATH}`, cookie);
    if (first.status !== 200) throw new Error(`GET ${WEEKLY_PATH} answered ${first.status}`);
    const week = (first.body as { week: Week }).week;
    const csv = path.join(tempDir, "import.csv");
    const t0 = performance.now();
    await writeCanonicalFile(csv, { rows: options.importRows, accounts: options.accounts ?? 40, endDay: week.end, prefix: "load", seed: 42 });
    log(`generated ${options.importRows.toLocaleString("en")} canonical rows ending ${week.end} (week ${week.label}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const url = `${app.baseURL}${WEEKLY_PATH}`;
    log(`baseline: ${options.connections} connections × ${options.duration} s on ${WEEKLY_PATH}`);
    const timeout = options.timeout ?? 120;
    const baseline = await hammer("baseline", url, cookie, options.connections, options.duration, timeout);

    const before = await readFigures(app.baseURL, cookie, week);
    const sqlite = new Database(databaseUrl.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
    const weekImpressions = () => (sqlite.prepare(WEEK_IMPRESSIONS_SQL).get(week.start, week.end) as { n: number }).n;
    const sqlBefore = weekImpressions();
    const sqlReadings: number[] = [];
    log(`before the import, week ${week.label}: spend ${before.spend}, impressions ${before.impressions}`);
    log(`under import: the same load while the CLI imports the file`);
    const cli = runImportCli(databaseUrl, csv);
    importKill = cli.kill;
    let importing = true;
    const readings: Figures[] = [];
    const pollErrors: string[] = [];
    const poller = (async () => {
      while (importing) {
        try {
          readings.push(await readFigures(app!.baseURL, cookie, week));
        } catch (error) {
          pollErrors.push(error instanceof Error ? error.message : String(error));
        }
        await new Promise((r) => setTimeout(r, POLL_EVERY_MS));
      }
    })();
    const sqlPoller = setInterval(() => sqlReadings.push(weekImpressions()), SQL_POLL_EVERY_MS);
    const load = hammer("under import", url, cookie, options.connections, options.duration, timeout, cli.done);
    const imported = await cli.done;
    importing = false;
    clearInterval(sqlPoller);
    const sqlAfter = weekImpressions();
    sqlite.close();
    await poller;
    const underImport = await load;
    const after = await readFigures(app.baseURL, cookie, week);
    log(`import finished in ${imported.seconds.toFixed(1)} s (exit ${imported.code}); after, week ${week.label}: spend ${after.spend}, impressions ${after.impressions}`);

    const failures: string[] = [];
    for (const phase of [baseline, underImport]) {
      if (phase.errors || phase.timeouts || phase.non2xx) failures.push(`${phase.phase}: ${phase.errors} errors, ${phase.timeouts} timeouts, ${phase.non2xx} non-2xx`);
    }
    if (imported.code !== 0) failures.push(`the import failed (exit ${imported.code}): ${imported.output.slice(-500)}`);
    else if (same(before.spend, after.spend) || same(before.impressions, after.impressions)) failures.push("the import did not change the week's figures: the between-check proves nothing");
    const between = readings.filter((r) => !(same(r.spend, before.spend) || same(r.spend, after.spend)) || !(same(r.impressions, before.impressions) || same(r.impressions, after.impressions)));
    if (between.length) failures.push(`${between.length} of ${readings.length} readings during the import were neither before nor after, e.g. ${JSON.stringify(between[0])}`);
    if (pollErrors.length) failures.push(`${pollErrors.length} readings failed, e.g. ${pollErrors[0]}`);
    if (readings.length === 0) failures.push("no reading was taken during the import");
    const sqlBetween = sqlReadings.filter((n) => n !== sqlBefore && n !== sqlAfter);
    if (sqlBetween.length) failures.push(`${sqlBetween.length} of ${sqlReadings.length} SQL readings during the import were neither ${sqlBefore} nor ${sqlAfter}, e.g. ${sqlBetween[0]}`);
    if (imported.code === 0 && sqlBefore === sqlAfter) failures.push("the import did not change the week's impressions in SQL");
    const busy = app.output().split("\n").filter((line) => BUSY.test(line));
    if (busy.length) failures.push(`${busy.length} SQLITE_BUSY / locked line(s) in the server log, e.g. ${busy[0]}`);
    return { baseline, underImport, importSeconds: Math.round(imported.seconds * 10) / 10, week: week.label, before, after, polls: readings.length, sqlPolls: sqlReadings.length, failures };
  } finally {
    importKill?.();
    await app?.stop();
    process.removeListener("exit", onExit);
    await rm(tempDir, { recursive: true, force: true });
  }
}

export function describeResult(result: LoadTestResult): string[] {
  const rows = [result.baseline, result.underImport].map((p) => [
    p.phase,
    String(p.seconds),
    String(p.requests),
    p.requestsPerSecond.toFixed(1),
    String(p.p50),
    String(p.p95),
    String(p.p99),
    String(p.max),
    String(p.errors),
    String(p.non2xx),
  ]);
  const head = ["phase", "s", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "non-2xx"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    line(head),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    `import: ${result.importSeconds} s; ${result.polls} HTTP readings of week ${result.week} during it (and ${result.sqlPolls} straight from SQLite), each before (spend ${result.before.spend}, impressions ${result.before.impressions}) or after (spend ${result.after.spend}, impressions ${result.after.impressions})`,
    result.failures.length ? `FAILED:\n  ${result.failures.join("\n  ")}` : "passed: no errors, no non-2xx, no reading in between, no SQLITE_BUSY",
  ];
}

function parseOptions(argv: readonly string[]): LoadTestOptions {
  const options: LoadTestOptions = { duration: 30, connections: 50, importRows: 1_000_000 };
  const names: Record<string, keyof LoadTestOptions> = { "--duration": "duration", "--connections": "connections", "--import-rows": "importRows", "--timeout": "timeout" };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split("=", 2) as [string, string | undefined];
    const key = names[flag];
    if (!key) throw new Error(`unknown argument ${argv[i]} (use --duration N, --connections N, --import-rows N, --timeout N)`);
    const value = Number(inline ?? argv[++i]);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${flag} needs a positive whole number`);
    (options as unknown as Record<string, number>)[key] = value;
  }
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) => console.log(line);
  loadTest({ ...options, log, serverLog: path.join(ROOT, "test-results", "load-test-server.log") })
    .then((result) => {
      for (const line of describeResult(result)) console.log(line);
      process.exit(result.failures.length ? 1 : 0);
    })
    .catch((error: unknown) => {
      console.error(`load-test failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    });
}

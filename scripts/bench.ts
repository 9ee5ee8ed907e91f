// npm run bench [-- --no-http] [-- --no-import] [-- --strict]
// npm run bench -- --scale [--runs N] [--no-http] [--no-import] [--postgres URL]: 5M rows vs DuckDB, and on PostgreSQL too (scripts/bench-scale.ts)
//
// Speed is measured, not assumed: this script prints how fast the app answers
// on the demo data, next to the performance targets. It is a report, not a
// test: it exits 0 when a target is missed, unless --strict is passed.
//
//   1. loads the demo data into a fresh SQLite file in a temp directory;
//   2. times the real route handlers in this process (no HTTP, no Next);
//   3. unless --no-http: builds the app if the sources changed, starts
//      `next start` on that database and times HTTP requests to the API and
//      to every page in PAGE_PATHS (pages that answer 404 are skipped);
//   4. prints each target with its measured p95 and ✔/✘.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { GET as getKpis } from "@/app/api/v1/kpis/route";
import { GET as getWeeklyReport } from "@/app/api/v1/report/weekly/route";
import { createDb } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { addDays, type Day } from "@/lib/metrics/periods";
import { benchImportInChild } from "./bench-import";
import { demoAdminCookie } from "./demo-session";
import { buildIfNeeded, startBuiltApp, type RunningApp } from "./app-server";
import { isPostgresUrl } from "@/lib/env";
import { benchScale } from "./bench-scale";
import { type Row, type Target, printHeading, printMachine, printTable, printTargets, printTimings, time } from "./bench-report";

const IN_PROCESS_RUNS = { warmup: 5, runs: 50 };
const HTTP_RUNS = { warmup: 5, runs: 30 };
const WEEKLY_PATH = "/api/v1/report/weekly";
/** Every page of the app; those not built yet answer 404 and are skipped with a note. */
const PAGE_PATHS = ["/", "/platforms", "/executive"];

const TARGET_API_MS = 100;
const TARGET_PAGE_MS = 300;
const TARGET_IMPORT_1M_MS = 30_000;

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

// ---------------------------------------------------------------- sections

/** A fresh database with the demo workspace; the last day of the demo data. */
async function loadDemoData(databaseUrl: string): Promise<Day> {
  printHeading("demo data (in-process load)");
  const started = performance.now();
  await prepareDatabase(databaseUrl);
  const prepared = performance.now();
  const db = createDb(databaseUrl);
  try {
    const result = await seedDemoWorkspace(db, {});
    if (result.status === "skipped") throw new Error("the fresh database already had a workspace");
    const rows = Object.values(result.summary.counts).reduce((a, b) => a + b, 0);
    printTable(
      ["step", "ms"],
      [
        ["migrations + reference data", String(Math.round(prepared - started))],
        ["generate demo data", String(result.generateMs)],
        [`load demo data (${rows.toLocaleString("en-US")} rows)`, String(result.loadMs)],
        ["total", String(Math.round(performance.now() - started))],
      ],
    );
    console.log(`days ${result.summary.range.start} … ${result.summary.range.end}`);
    return result.summary.range.end;
  } finally {
    await db.$disconnect();
  }
}

/** Every request is made as the demo admin (pages and routes need a session), with this Cookie header. */
let benchCookie = "";


/** The requests timed in-process, as [name, handler, path with query]. */
function inProcessRequests(lastDay: Day): [string, Handler, string][] {
  const last13Weeks = `from=${addDays(lastDay, -13 * 7 + 1)}&to=${lastDay}`;
  const last365Days = `from=${addDays(lastDay, -364)}&to=${lastDay}`;
  return [
    ["weekly report (default week)", getWeeklyReport, WEEKLY_PATH],
    ["weekly report, 2 platforms", getWeeklyReport, `${WEEKLY_PATH}?platform=douyin,xiaohongshu`],
    ["kpis 13 weeks, by week, compare", getKpis, `/api/v1/kpis?${last13Weeks}&granularity=week&compare=previous`],
    ["kpis 365 days, by day", getKpis, `/api/v1/kpis?${last365Days}&granularity=day`],
  ];
}

async function benchInProcess(lastDay: Day): Promise<Row[]> {
  printHeading(`route handlers in-process (${IN_PROCESS_RUNS.warmup} warm-ups, ${IN_PROCESS_RUNS.runs} runs)`);
  const rows: Row[] = [];
  for (const [name, handler, url] of inProcessRequests(lastDay)) {
    const once = async () => {
      const response = await handler(new Request(`http://bench${url}`, { headers: { cookie: benchCookie } }), { params: Promise.resolve({}) });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`);
    };
    rows.push({ name, path: url, stats: await time(once, IN_PROCESS_RUNS) });
  }
  printTimings(rows);
  return rows;
}

/** GET `url`, reading the whole body; the status. */
async function get(url: string): Promise<number> {
  const response = await fetch(url, { headers: { cookie: benchCookie }, redirect: "manual" });
  await response.arrayBuffer();
  return response.status;
}

async function benchHttp(app: RunningApp): Promise<{ api: Row; pages: Row[] }> {
  printHeading(`HTTP against next start (${HTTP_RUNS.warmup} warm-ups, ${HTTP_RUNS.runs} runs, sequential)`);
  const measure = async (name: string, urlPath: string): Promise<Row> => {
    const url = `${app.baseURL}${urlPath}`;
    const first = await get(url);
    if (first === 404) return { name, path: urlPath, stats: null, note: "skipped: answers 404, page not built yet" };
    if (first !== 200) return { name, path: urlPath, stats: null, note: `FAILED: answers HTTP ${first}` };
    const once = async () => {
      const status = await get(url);
      if (status !== 200) throw new Error(`GET ${urlPath} answered ${status} during the runs`);
    };
    return { name, path: urlPath, stats: await time(once, HTTP_RUNS) };
  };
  const api = await measure("weekly report (default week)", WEEKLY_PATH);
  const pages: Row[] = [];
  for (const page of PAGE_PATHS) pages.push(await measure(`page ${page}`, page));
  printTimings([api, ...pages]);
  return { api, pages };
}

// ---------------------------------------------------------------- 1M-row import
// "1M canonical rows import in under 30 s": generated into a temp file and
// imported into a fresh database through the CLI's code path
// (scripts/bench-import.ts). `--no-import` skips it (it takes a while).
async function benchImport1M(): Promise<number | null> {
  printHeading("import of 1,000,000 canonical rows");
  const result = await benchImportInChild(["--rows", "1000000"], (line) => console.log(line));
  console.log(
    `${result.rows.toLocaleString("en-US")} rows (${result.fileMb.toFixed(1)} MB) in ${result.seconds.toFixed(1)} s · ` +
      `${Math.round(result.rowsPerSecond).toLocaleString("en-US")} rows/s · peak RSS ${Math.round(result.peakRssMb)} MB · ` +
      `re-import (all unchanged) ${result.reimportSeconds.toFixed(1)} s`,
  );
  return result.seconds * 1000;
}

// ---------------------------------------------------------------- targets

function targets(inProcess: Row[], http: { api: Row; pages: Row[] } | null, import1MMs: number | null): Target[] {
  const weekly = http ? http.api : inProcess[0]!;
  const out: Target[] = [
    {
      what: `GET ${WEEKLY_PATH}`,
      limitMs: TARGET_API_MS,
      p95: weekly.stats?.p95 ?? null,
      note: http ? weekly.note : "in-process figure (--no-http); the target is for HTTP",
    },
  ];
  if (http) {
    for (const page of http.pages) {
      out.push({ what: `${page.name} server render`, limitMs: TARGET_PAGE_MS, p95: page.stats?.p95 ?? null, note: page.note });
    }
  } else {
    out.push({ what: `pages ${PAGE_PATHS.join(" ")}`, limitMs: TARGET_PAGE_MS, p95: null, note: "not measured (--no-http)" });
  }
  out.push({ what: "import 1M canonical rows", limitMs: TARGET_IMPORT_1M_MS, p95: import1MMs, note: import1MMs === null ? "not measured (--no-import)" : "one run" });
  return out;
}

/** A target fails --strict when it was missed, or when what it measures answered an error. */
function missed(target: Target): boolean {
  return target.p95 !== null ? target.p95 >= target.limitMs : (target.note?.startsWith("FAILED") ?? false);
}

// ---------------------------------------------------------------- main

const TEMP_PREFIX = "kpi-bench-";

/**
 * Temp directories of earlier runs whose process is gone. A run killed outright
 * leaves one behind: tsx escalates Ctrl-C to SIGKILL when the event loop is busy
 * for more than ~60 ms, which the in-process timings often are.
 */
async function removeStaleTempDirs(): Promise<void> {
  for (const name of await readdir(os.tmpdir())) {
    const pid = Number(name.slice(TEMP_PREFIX.length).split("-")[0]);
    if (!name.startsWith(TEMP_PREFIX) || !Number.isInteger(pid) || pid <= 0 || isAlive(pid)) continue;
    await rm(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Set on Ctrl-C: the errors that follow (requests to the stopped server) are not worth printing. */
let interrupted = false;

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const postgresAt = argv.indexOf("--postgres");
  const postgres = postgresAt >= 0 ? (argv.splice(postgresAt, 2)[1] ?? "") : null;
  if (postgres !== null && !isPostgresUrl(postgres)) throw new Error("--postgres needs a postgresql:// URL of a server where the bench may create a database");
  const runsAt = argv.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(argv.splice(runsAt, 2)[1]) : 20;
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs needs a positive whole number");
  const args = new Set(argv);
  const unknown = [...args].filter((a) => !["--no-http", "--no-import", "--strict", "--scale"].includes(a));
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown.join(" ")} (use --scale, --runs N, --no-http, --no-import, --strict, --postgres URL)`);
  const withHttp = !args.has("--no-http");

  printMachine();
  await removeStaleTempDirs();
  const tempDir = await mkdtemp(path.join(os.tmpdir(), `${TEMP_PREFIX}${process.pid}-`));
  const databaseUrl = `file:${path.join(tempDir, "bench.db")}`;
  let app: RunningApp | undefined;
  const cleanUp = async () => {
    await app?.stop();
    await rm(tempDir, { recursive: true, force: true });
  };
  // Ctrl-C: stop the server (its own process group does not get the signal) and remove the temp files.
  // `on`, not `once`: tsx repeats the signal when this process is slow to take it (a busy event loop),
  // and a repeat must not end the process before the server is stopped.
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.once("exit", () => rmSync(tempDir, { recursive: true, force: true }));

  try {
    if (args.has("--scale")) return await benchScale({ dir: tempDir, withHttp, withImport: !args.has("--no-import"), runs, postgres });
    const lastDay = await loadDemoData(databaseUrl);
    benchCookie = await demoAdminCookie(databaseUrl);
    // lib/db.ts opens its client for whatever DATABASE_URL says at call time.
    process.env.DATABASE_URL = databaseUrl;
    const inProcess = await benchInProcess(lastDay);

    let http: { api: Row; pages: Row[] } | null = null;
    if (withHttp) {
      printHeading("build");
      await buildIfNeeded((line) => console.log(line));
      app = await startBuiltApp({ databaseUrl });
      http = await benchHttp(app);
    }

    const import1MMs = args.has("--no-import") ? null : await benchImport1M();
    const all = targets(inProcess, http, import1MMs);
    printHeading("targets (p95)");
    printTargets(all);
    const failures = all.filter(missed).length;
    if (failures > 0) console.log(`\n${failures} target(s) missed${args.has("--strict") ? " (--strict: exit 1)" : " (exit 0; --strict makes this fail)"}`);
    return failures > 0 && args.has("--strict") ? 1 : 0;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (interrupted) return; // the signal handler exits once the server is stopped
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);

// npm run bench -- --scale [--no-http] [--no-import] [--runs N] [--postgres URL]
//
// The app at agency size, next to DuckDB on the same rows, in one run:
//   1. a fresh SQLite file with the demo workspace (its users sign in) and the
//      scale workspace: 14 platforms × 357 accounts × 1,000 days = 4,998,000
//      daily rows (scripts/scale/scale-dataset.ts, deterministic), its rollups
//      built as an import builds them;
//   2. the same rows as a canonical CSV, loaded into an in-memory DuckDB;
//   3. each question timed in the app (route handlers in-process, and the
//      services behind the pages) and in DuckDB, p50/p95 over repeated runs;
//      then the weekly report again while a full export and the largest
//      KPI request run in the same process;
//   4. unless --no-http: the pages and the weekly report over HTTP (next start);
//   5. unless --no-import: the CSV imported into a fresh database by the
//      importer, then again (every row unchanged), with peak memory;
//   6. with --postgres URL (a server where the bench may create a database):
//      the SQLite file copied into a new PostgreSQL database
//      (npm run db:migrate-to-postgres's copy), and the same questions and
//      pages timed there, side by side with SQLite's;
// then prints the table with ratios and writes bench/results.json.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { GET as getContentItemsRoute } from "@/app/api/v1/content/items/route";
import { GET as getExport } from "@/app/api/v1/export/route";
import { GET as getKpis } from "@/app/api/v1/kpis/route";
import { GET as getWeeklyReport } from "@/app/api/v1/report/weekly/route";
import { createSession, SESSION_COOKIE } from "@/lib/auth/session";
import { createDb } from "@/lib/db";
import { copySqliteToPostgres } from "@/lib/db/copy-to-postgres";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { createScratchDatabase } from "@/lib/db/postgres-scratch";
import { closePgPools } from "@/lib/db/read-postgres";
import { sqlitePathFromUrl } from "@/lib/env";
import { ALL_DAYS, refreshDailyRollups } from "@/lib/db/rollups";
import { DEMO_USERS } from "@/lib/demo/demo-users";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { CANONICAL_HEADER, CANONICAL_MEASURE_COLUMNS } from "@/lib/ingest/canonical";
import { addDays, type Day } from "@/lib/metrics/periods";
import { measureSumsSelect } from "@/lib/queries/sql/measure-sums";
import { getWorkspaceBySlug } from "@/lib/queries/getWorkspaceBySlug";
import { getExecutiveSummary } from "@/lib/services/executive-summary";
import { buildIfNeeded, startBuiltApp, type RunningApp } from "./app-server";
import { benchImportInChild, migrateInChild, type BenchImportResult } from "./bench-import";
import { measureInsertFloor, type InsertFloor } from "./scale/insert-floor";
import { ms, printHeading, printTable, time, type Stats } from "./bench-report";
import { loadScaleSqlite } from "./scale/load-scale-sqlite";
import { canonicalLine, SCALE_DAYS, SCALE_LAST_DAY, SCALE_WORKSPACE, scaleAccounts } from "./scale/scale-dataset";

const TARGET_API_MS = 100;
const TARGET_PAGE_MS = 250;
const TARGET_RATIO = 3;
const TARGET_IMPORT_ROWS_PER_S = 150_000;
const TARGET_IMPORT_RSS_MB = 400;

/** The app's answer timed, and DuckDB's answer to the same question (null: no DuckDB twin). */
interface Question {
  name: string;
  app: () => Promise<void>;
  duck: string | null;
}

interface Measured {
  name: string;
  app: Stats;
  duck: Stats | null;
  /** the same question with the app on PostgreSQL (--postgres) */
  postgres?: Stats;
}

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

// ---------------------------------------------------------------- data

async function buildSqlite(dir: string, log: (line: string) => void): Promise<{ url: string; workspaceId: number; cookie: string; rows: number }> {
  const file = path.join(dir, "scale.db");
  const url = `file:${file}`;
  await prepareDatabase(url);
  const db = createDb(url);
  try {
    await seedDemoWorkspace(db, {});
  } finally {
    await db.$disconnect();
  }
  let t = performance.now();
  const load = loadScaleSqlite(file);
  log(`daily rows: ${load.rows.toLocaleString("en")} for ${load.accounts.toLocaleString("en")} accounts and ${load.contentItems.toLocaleString("en")} posts written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const writer = createDb(url, 600_000);
  try {
    t = performance.now();
    await writer.$transaction((tx) => refreshDailyRollups(tx, { workspaceId: load.workspaceId, ...ALL_DAYS }), { timeout: 600_000, maxWait: 10_000 });
    log(`rollups of all ${SCALE_DAYS.toLocaleString("en")} days built in ${((performance.now() - t) / 1000).toFixed(1)} s (the import path's statement)`);
    await writer.$executeRawUnsafe("ANALYZE");
    const admin = await writer.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0]!.email } });
    await writer.membership.create({ data: { userId: admin.id, workspaceId: load.workspaceId, role: "admin" } });
    const { secret } = await createSession(writer, admin.id, load.workspaceId);
    return { url, workspaceId: load.workspaceId, cookie: `${SESSION_COOKIE}=${secret}`, rows: load.rows };
  } finally {
    await writer.$disconnect();
  }
}

async function writeScaleCsv(file: string): Promise<void> {
  const accounts = scaleAccounts();
  const out = createWriteStream(file);
  let buffer = `${CANONICAL_HEADER.join(",")}\n`;
  for (let d = 0; d < SCALE_DAYS; d++) {
    const day = addDays(SCALE_LAST_DAY, d - (SCALE_DAYS - 1));
    for (const account of accounts) {
      buffer += `${canonicalLine(account, d, day)}\n`;
      if (buffer.length > 1 << 20) {
        if (!out.write(buffer)) await once(out, "drain");
        buffer = "";
      }
    }
  }
  out.end(buffer);
  await once(out, "finish");
}

/** DuckDB tables with the app's table and column names, money back in minor units. */
async function loadDuckDb(csv: string, accountsCsv: string): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(":memory:");
  const duck = await instance.connect();
  const columns = Object.entries(CANONICAL_MEASURE_COLUMNS).map(([csvName, measure]) =>
    ["spend", "revenue", "cost"].includes(csvName) ? `CAST(round(c."${csvName}" * 100) AS BIGINT) AS "${measure}"` : `c."${csvName}" AS "${measure}"`,
  );
  await duck.run(`CREATE TABLE "Account" AS SELECT * FROM read_csv('${accountsCsv}', header = true)`);
  await duck.run(`CREATE TABLE "DailyMetric" AS
SELECT a."id" AS "accountId", strftime(c."date", '%Y-%m-%d') AS "day", ${columns.join(", ")}
FROM read_csv('${csv}', header = true, types = {'spend': 'DOUBLE', 'revenue': 'DOUBLE', 'cost': 'DOUBLE', 'date': 'DATE'}) c
JOIN "Account" a ON a."platformKey" = c."platform" AND a."handle" = c."account"`);
  return duck;
}

// ---------------------------------------------------------------- questions

/**
 * The DuckDB twin of a dashboard question: the same sums and paired parts
 * (the app's own SELECT list) per bucket and platform, and each account's
 * last follower total per bucket summed per platform (the semi-additive part).
 */
function duckQuestion(params: { from: Day; to: Day; bucket: "day" | "week"; where?: string }): string {
  const bucket = params.bucket === "day" ? `m."day"` : `strftime(date_trunc('week', CAST(m."day" AS DATE)), '%Y-%m-%d')`;
  const where = `m."day" BETWEEN '${params.from}' AND '${params.to}'${params.where ? ` AND ${params.where}` : ""}`;
  return `
WITH sums AS (
  SELECT ${bucket} AS "bucket", a."platformKey", COUNT(*) AS "rows", ${measureSumsSelect("m").sql}
  FROM "DailyMetric" m JOIN "Account" a ON a."id" = m."accountId"
  WHERE ${where}
  GROUP BY ALL
), followers AS (
  SELECT "bucket", "platformKey", SUM("last") AS "followersEnd" FROM (
    SELECT ${bucket} AS "bucket", a."platformKey", m."accountId", arg_max(m."followers", m."day") AS "last"
    FROM "DailyMetric" m JOIN "Account" a ON a."id" = m."accountId"
    WHERE ${where} AND m."followers" IS NOT NULL
    GROUP BY ALL
  ) GROUP BY ALL
)
SELECT * FROM sums JOIN followers USING ("bucket", "platformKey")`;
}

function questions(cookie: string, db: ReturnType<typeof createDb>, accountIds: number[]): Question[] {
  const last = SCALE_LAST_DAY;
  const weekStart = addDays(last, -6);
  const twelveWeeks = { from: addDays(last, -12 * 7 + 1), to: last };
  const year = { from: addDays(last, -364), to: last };
  const call = (handler: Handler, url: string) => async () => {
    const response = await handler(new Request(`http://bench${url}`, { headers: { cookie } }), { params: Promise.resolve({}) });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`);
  };
  const kpis = (query: string) => call(getKpis, `/api/v1/kpis?${query}`);
  const quarterStart = "2026-07-01";
  const one = accountIds[0]!;
  const five = accountIds.slice(0, 5);
  return [
    {
      name: "GET /api/v1/report/weekly",
      app: call(getWeeklyReport, "/api/v1/report/weekly"),
      duck: duckQuestion({ from: addDays(weekStart, -12 * 7 - 35), to: last, bucket: "week" }),
    },
    {
      name: "kpis 12 weeks by week, compare",
      app: kpis(`from=${twelveWeeks.from}&to=${twelveWeeks.to}&granularity=week&compare=previous`),
      duck: duckQuestion({ from: addDays(twelveWeeks.from, -12 * 7 - 35), to: last, bucket: "week" }),
    },
    {
      name: "kpis douyin, 1 year by day",
      app: kpis(`from=${year.from}&to=${year.to}&granularity=day&platform=douyin`),
      duck: duckQuestion({ from: addDays(year.from, -35), to: last, bucket: "day", where: `a."platformKey" = 'douyin'` }),
    },
    {
      name: "kpis 12 weeks, industry finance",
      app: kpis(`from=${twelveWeeks.from}&to=${twelveWeeks.to}&granularity=week&industry=finance`),
      duck: duckQuestion({ from: addDays(twelveWeeks.from, -35), to: last, bucket: "week", where: `a."industry" = 'finance'` }),
    },
    {
      name: "kpis 12 weeks, private domain",
      app: kpis(`from=${twelveWeeks.from}&to=${twelveWeeks.to}&granularity=week&domain=private`),
      duck: duckQuestion({ from: addDays(twelveWeeks.from, -35), to: last, bucket: "week", where: `a."platformKey" IN ('wechat_private', 'virtual')` }),
    },
    {
      name: "kpis one account, 1 year by day",
      app: kpis(`from=${year.from}&to=${year.to}&granularity=day&account=${one}`),
      duck: duckQuestion({ from: addDays(year.from, -35), to: last, bucket: "day", where: `m."accountId" = ${one}` }),
    },
    {
      name: "kpis 5 accounts, 12 weeks by week",
      app: kpis(`from=${twelveWeeks.from}&to=${twelveWeeks.to}&granularity=week&account=${five.join(",")}`),
      duck: duckQuestion({ from: addDays(twelveWeeks.from, -35), to: last, bucket: "week", where: `m."accountId" IN (${five.join(", ")})` }),
    },
    {
      name: "top content, 28 days by CTR",
      app: call(getContentItemsRoute, `/api/v1/content/items?from=${addDays(last, -27)}&to=${last}&sort=ctr`),
      duck: null,
    },
    {
      name: "top content, 1 year by interaction rate",
      app: call(getContentItemsRoute, `/api/v1/content/items?from=${year.from}&to=${year.to}&sort=interactionRate`),
      duck: null,
    },
    {
      name: "executive summary data (quarter)",
      app: async () => {
        const workspace = await getWorkspaceBySlug(db, SCALE_WORKSPACE.slug);
        if (!workspace) throw new Error("no scale workspace");
        await getExecutiveSummary(db, workspace, { kind: "quarter", now: new Date(`${addDays(last, 3)}T04:00:00Z`) } as Parameters<typeof getExecutiveSummary>[2]);
      },
      duck: duckQuestion({ from: addDays(quarterStart, -92 - 35), to: last, bucket: "week" }),
    },
  ];
}

// ---------------------------------------------------------------- under load

/**
 * The weekly report timed while, in the same process, a full-history export
 * streams and the largest KPI request the API allows (1,100 days by day)
 * runs again and again: one slow request must not stall the others.
 */
async function weeklyUnderLoad(cookie: string, runs: number): Promise<Stats> {
  const request = (url: string) => new Request(`http://bench${url}`, { headers: { cookie } });
  const segment = { params: Promise.resolve({}) };
  let stop = false;
  const exporting = (async () => {
    while (!stop) {
      const response = await getExport(request(`/api/v1/export?from=2000-01-01&to=${SCALE_LAST_DAY}`), segment);
      const reader = response.body!.getReader();
      while (!stop && !(await reader.read()).done);
      await reader.cancel();
    }
  })();
  const longest = (async () => {
    // The largest answers the API allows: three years by day, and a year by day per platform.
    for (let i = 0; !stop; i++) {
      const url = i % 2 ? `/api/v1/kpis?from=${addDays(SCALE_LAST_DAY, -1099)}&to=${SCALE_LAST_DAY}&granularity=day` : `/api/v1/kpis?from=${addDays(SCALE_LAST_DAY, -399)}&to=${SCALE_LAST_DAY}&granularity=day&breakdown=platform`;
      const response = await getKpis(request(url), segment);
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      await response.text();
    }
  })();
  try {
    return await time(async () => {
      const response = await getWeeklyReport(request("/api/v1/report/weekly"), segment);
      if (response.status !== 200) throw new Error(`weekly report answered ${response.status} under load`);
      await response.text();
    }, { warmup: 1, runs });
  } finally {
    stop = true;
    await Promise.all([exporting, longest]);
  }
}

// ---------------------------------------------------------------- HTTP

async function benchHttp(app: RunningApp, cookie: string, runs: number): Promise<{ name: string; stats: Stats }[]> {
  const out: { name: string; stats: Stats }[] = [];
  for (const urlPath of ["/api/v1/report/weekly", "/", "/platforms", "/executive"]) {
    const once = async () => {
      const response = await fetch(`${app.baseURL}${urlPath}`, { headers: { cookie }, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`GET ${urlPath} answered ${response.status}`);
    };
    out.push({ name: urlPath === "/api/v1/report/weekly" ? "HTTP GET /api/v1/report/weekly" : `page ${urlPath} (server render)`, stats: await time(once, { warmup: 3, runs }) });
  }
  return out;
}

// ---------------------------------------------------------------- import

// ---------------------------------------------------------------- PostgreSQL

/**
 * Copies the scale database into a new database on the `--postgres` server
 * and times the same questions (and pages, with HTTP) with the app on it;
 * each question's figures go on its Measured entry. The database is dropped
 * afterwards.
 */
async function benchPostgres(
  options: ScaleOptions,
  sqlite: { url: string; workspaceId: number; cookie: string },
  measured: Measured[],
  log: (line: string) => void,
): Promise<{ copySeconds: number; rows: number; http: { name: string; stats: Stats }[] }> {
  printHeading("PostgreSQL: the same rows, the same questions");
  const scratch = await createScratchDatabase(options.postgres!, "kpi_bench");
  const url = scratch.url;
  try {
    const copied = await copySqliteToPostgres(sqlitePathFromUrl(sqlite.url), url);
    const rows = copied.tables.reduce((s, t) => s + t.rows, 0);
    log(`copied ${rows.toLocaleString("en")} rows in ${copied.seconds.toFixed(1)} s`);
    const db = createDb(url);
    await db.$executeRawUnsafe("ANALYZE");
    const accounts = await db.account.findMany({ where: { workspaceId: sqlite.workspaceId }, select: { id: true }, orderBy: { id: "asc" } });
    process.env.DATABASE_URL = url;
    const asked = questions(sqlite.cookie, db, accounts.map((a) => a.id));
    for (const [i, q] of asked.entries()) {
      const stats = await time(q.app, { warmup: 2, runs: options.runs });
      measured[i]!.postgres = stats;
      log(`${q.name}: PostgreSQL p95 ${ms(stats.p95)} ms (SQLite ${ms(measured[i]!.app.p95)} ms)`);
    }
    await db.$disconnect();
    let http: { name: string; stats: Stats }[] = [];
    if (options.withHttp) {
      const app = await startBuiltApp({ databaseUrl: url });
      try {
        http = await benchHttp(app, sqlite.cookie, Math.max(10, Math.round(options.runs / 2)));
      } finally {
        await app.stop();
      }
    }
    await closePgPools(url);
    return { copySeconds: copied.seconds, rows, http };
  } finally {
    process.env.DATABASE_URL = sqlite.url;
    await scratch.drop();
  }
}

// ---------------------------------------------------------------- run

export interface ScaleOptions {
  dir: string;
  withHttp: boolean;
  withImport: boolean;
  runs: number;
  /** a PostgreSQL server URL on which to create, use and drop a database for the same questions */
  postgres: string | null;
}

export async function benchScale(options: ScaleOptions): Promise<number> {
  const log = (line: string) => console.log(line);
  printHeading("scale data: SQLite");
  const sqlite = await buildSqlite(options.dir, log);

  printHeading("scale data: the same rows for DuckDB");
  const csv = path.join(options.dir, "scale.csv");
  let t = performance.now();
  await writeScaleCsv(csv);
  log(`canonical CSV written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const db = createDb(sqlite.url);
  const accounts = await db.account.findMany({ where: { workspaceId: sqlite.workspaceId }, select: { id: true, platformKey: true, handle: true, industry: true }, orderBy: { id: "asc" } });
  const accountsCsv = path.join(options.dir, "accounts.csv");
  await writeFile(accountsCsv, `id,platformKey,handle,industry\n${accounts.map((a) => `${a.id},${a.platformKey},${a.handle},${a.industry}`).join("\n")}\n`);
  t = performance.now();
  const duck = await loadDuckDb(csv, accountsCsv);
  log(`DuckDB load (read_csv) ${((performance.now() - t) / 1000).toFixed(1)} s`);

  process.env.DATABASE_URL = sqlite.url;
  printHeading(`questions: the app in-process vs DuckDB (${options.runs} runs each after warm-up)`);
  const measured: Measured[] = [];
  for (const q of questions(sqlite.cookie, db, accounts.map((a) => a.id))) {
    const app = await time(q.app, { warmup: 2, runs: options.runs });
    const duckStats = q.duck === null ? null : await time(async () => void (await duck.runAndReadAll(q.duck!)), { warmup: 2, runs: options.runs });
    measured.push({ name: q.name, app, duck: duckStats });
    log(`${q.name}: app p95 ${ms(app.p95)} ms${duckStats ? `, DuckDB p95 ${ms(duckStats.p95)} ms` : ""}`);
  }
  await db.$disconnect();
  duck.closeSync();

  printHeading("the weekly report while a full export and the largest KPI request run");
  const loaded = await weeklyUnderLoad(sqlite.cookie, options.runs);
  const idle = measured[0]!.app;
  log(`weekly report p95 ${ms(loaded.p95)} ms under load vs ${ms(idle.p95)} ms idle (${(loaded.p95 / idle.p95).toFixed(1)}×; target ≤ 2×)`);

  let http: { name: string; stats: Stats }[] = [];
  if (options.withHttp) {
    printHeading("HTTP against next start");
    await buildIfNeeded(log);
    const app = await startBuiltApp({ databaseUrl: sqlite.url });
    try {
      http = await benchHttp(app, sqlite.cookie, Math.max(10, Math.round(options.runs / 2)));
    } finally {
      await app.stop();
    }
  }

  let imported: BenchImportResult | null = null;
  let floor: InsertFloor | null = null;
  if (options.withImport) {
    printHeading(`import of the ${sqlite.rows.toLocaleString("en")}-row canonical CSV`);
    // In a process of its own, so its peak memory is the importer's alone.
    imported = await benchImportInChild(["--file", csv, "--rows", String(sqlite.rows), "--dir", options.dir], log);
    // What the table allows: the same rows as bare INSERTs into a fresh database (scale/insert-floor.ts).
    const floorFile = path.join(options.dir, "insert-floor.db");
    await migrateInChild(`file:${floorFile}`);
    floor = await measureInsertFloor(csv, floorFile);
    await Promise.all(["", "-wal", "-shm"].map((suffix) => rm(`${floorFile}${suffix}`, { force: true })));
    log(`SQLite's bare INSERT of the same rows: ${floor.insertSeconds} s = ${floor.rowsPerSecond.toLocaleString("en")} rows/s`);
  }

  let postgres: { copySeconds: number; rows: number; http: { name: string; stats: Stats }[] } | null = null;
  if (options.postgres) postgres = await benchPostgres(options, sqlite, measured, log);

  printHeading("results");
  const rows = measured.map((m) => {
    const ratio = m.duck ? m.app.p95 / m.duck.p95 : null;
    const ok = m.app.p95 <= TARGET_API_MS && (ratio === null || ratio <= TARGET_RATIO);
    return [m.name, ms(m.app.p50), ms(m.app.p95), m.duck ? ms(m.duck.p50) : "–", m.duck ? ms(m.duck.p95) : "–", ratio === null ? "–" : `${ratio.toFixed(1)}×`, ok ? "✔" : "✘"];
  });
  for (const h of http) {
    const limit = h.name.startsWith("page") ? TARGET_PAGE_MS : TARGET_API_MS;
    rows.push([h.name, ms(h.stats.p50), ms(h.stats.p95), "–", "–", "–", h.stats.p95 <= limit ? "✔" : "✘"]);
  }
  printTable(["question (5.0M daily rows)", "app p50", "app p95", "DuckDB p50", "DuckDB p95", "ratio p95", "target"], rows);
  if (postgres) {
    printHeading("SQLite and PostgreSQL side by side (p50 / p95, ms)");
    const pgHttp = new Map(postgres.http.map((h) => [h.name, h.stats]));
    printTable(
      ["question", "SQLite p50", "SQLite p95", "PostgreSQL p50", "PostgreSQL p95"],
      [
        ...measured.map((m) => [m.name, ms(m.app.p50), ms(m.app.p95), m.postgres ? ms(m.postgres.p50) : "–", m.postgres ? ms(m.postgres.p95) : "–"]),
        ...http.map((h) => [h.name, ms(h.stats.p50), ms(h.stats.p95), pgHttp.has(h.name) ? ms(pgHttp.get(h.name)!.p50) : "–", pgHttp.has(h.name) ? ms(pgHttp.get(h.name)!.p95) : "–"]),
      ],
    );
    console.log(`PostgreSQL copy of the ${postgres.rows.toLocaleString("en")} rows: ${postgres.copySeconds.toFixed(1)} s`);
  }
  console.log(`targets: p95 ≤ ${TARGET_API_MS} ms and ≤ ${TARGET_RATIO}× DuckDB; pages ≤ ${TARGET_PAGE_MS} ms`);
  if (imported) {
    const ok = imported.rowsPerSecond >= TARGET_IMPORT_ROWS_PER_S && imported.peakRssMb <= TARGET_IMPORT_RSS_MB;
    console.log(
      `import: ${imported.rows.toLocaleString("en")} rows (${imported.fileMb} MB) in ${imported.seconds} s = ${imported.rowsPerSecond.toLocaleString("en")} rows/s, ` +
        `peak RSS ${imported.peakRssMb} MB, re-import ${imported.reimportSeconds} s ${ok ? "✔" : "✘"} (target ≥ ${TARGET_IMPORT_ROWS_PER_S.toLocaleString("en")} rows/s, ≤ ${TARGET_IMPORT_RSS_MB} MB)`,
    );
  }
  if (floor) {
    console.log(`SQLite's bare INSERT of the same rows (no validation, rollups or undo records): ${floor.rowsPerSecond.toLocaleString("en")} rows/s`);
  }

  const results = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model.trim() ?? "unknown", memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    dataset: { dailyRows: sqlite.rows, days: SCALE_DAYS, lastDay: SCALE_LAST_DAY },
    questions: measured,
    http,
    weeklyUnderLoad: { idleP95: measured[0]!.app.p95, loadedP95: loaded.p95 },
    import: imported,
    importInsertFloor: floor,
    postgres: postgres && { copySeconds: postgres.copySeconds, rows: postgres.rows, http: postgres.http },
  };
  await mkdir("bench", { recursive: true });
  await writeFile(path.join("bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("wrote bench/results.json");
  return 0;
}


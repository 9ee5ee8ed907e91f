// npx tsx scripts/bench-import.ts [--rows 1000000]
// Generates a canonical CSV (30 accounts × rows/30 days, deterministic),
// imports it into a fresh temp database the way `npm run import` does
// (commitImport streaming from the file on disk), then imports it again (every
// row unchanged), and prints rows per second, seconds and peak memory. The
// benches run it in a child started as `npm run import` starts
// (benchImportInChild), so the memory is the import's alone.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createDb } from "@/lib/db";
import { createRng } from "@/lib/demo/prng";
import { CANONICAL_HEADER } from "@/lib/ingest/canonical";
import { commitImport } from "@/lib/ingest/pipeline";
import { PLATFORM_KEYS } from "@/lib/schemas/enums";

export interface BenchImportResult {
  rows: number;
  fileMb: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  reimportSeconds: number;
}


const ACCOUNTS = 30;

/** Writes `rows` canonical rows (30 accounts, consecutive days from 2000-01-01) to `file`, a megabyte at a time. */
export async function writeCanonicalCsv(file: string, rows: number, seed = 7): Promise<void> {
  const rng = createRng(seed);
  const rand = () => rng.next();
  const int = (hi: number) => Math.floor(rand() * hi);
  const maybe = (v: string) => (rand() < 0.05 ? "" : v);
  const money = (hi: number) => (int(hi * 100) / 100).toFixed(2);
  const out = createWriteStream(file);
  let buffer = `${CANONICAL_HEADER.join(",")}\n`;
  const start = Date.UTC(2000, 0, 1);
  for (let i = 0; i < rows; i++) {
    const a = i % ACCOUNTS;
    const day = new Date(start + Math.floor(i / ACCOUNTS) * 86_400_000).toISOString().slice(0, 10);
    const platform = PLATFORM_KEYS[a % PLATFORM_KEYS.length] as string;
    const impressions = 1_000 + int(90_000);
    const cells = [
      day, platform, `account_${a}`,
      String(impressions), maybe(String(Math.round(impressions * 0.6))), String(Math.round(impressions * 0.7)), String(int(3_000)),
      String(int(900)), String(int(80) - 3), String(int(50)), maybe(String(int(120))), String(int(200)), String(int(60)),
      maybe(String(10_000 + i)), String(int(400)), String(int(400_000)), money(3_000), money(60_000), String(int(90)), maybe(money(20_000)),
    ];
    buffer += `${cells.join(",")}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await once(out, "finish");
}

/** Generates, imports, re-imports; everything in a temp directory that is removed afterwards. */
export async function benchImport(rows: number, log: (line: string) => void = () => {}): Promise<BenchImportResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kpi-bench-import-"));
  try {
    const file = path.join(dir, `canonical-${rows}.csv`);
    const t = performance.now();
    await writeCanonicalCsv(file, rows);
    log(`generated ${rows.toLocaleString("en")} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return await benchImportFile(file, rows, dir, log);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The V8 flags `npm run import` runs with (package.json; a test holds the two
 * equal), so that the bench measures what users run. Node sizes its heap for
 * the machine's memory (about 4 GB here) and let the garbage of a streaming
 * import pile up: a 5M-row import peaked at 465–593 MB. With old space capped
 * at 256 MB it collects sooner and peaked at 366 MB, at the same speed; an
 * import keeps little for long (its rows stream through in chunks).
 */
export const IMPORT_NODE_FLAGS = ["--max-old-space-size=256"] as const;

/**
 * Runs this script in a child process started as `npm run import` starts
 * (IMPORT_NODE_FLAGS), so its peak memory is the import's alone; `args` are
 * this script's arguments. Its lines go to `log`, its result comes back.
 */
export async function benchImportInChild(args: readonly string[], log: (line: string) => void): Promise<BenchImportResult> {
  const child = spawn(process.execPath, [...IMPORT_NODE_FLAGS, "--import", "tsx", "scripts/bench-import.ts", ...args], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    stdio: ["ignore", "pipe", "inherit"],
  });
  let result: BenchImportResult | null = null;
  child.stdout.setEncoding("utf8");
  let buffer = "";
  child.stdout.on("data", (chunk: string) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (line.startsWith("RESULT ")) result = JSON.parse(line.slice("RESULT ".length)) as BenchImportResult;
      else log(line);
    }
  });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0 || !result) throw new Error(`the import bench exited with ${code}`);
  return result;
}

/** Imports a canonical CSV of `rows` rows into a fresh database in `dir`, then again (every row unchanged). */
export async function benchImportFile(file: string, rows: number, dir: string, log: (line: string) => void = () => {}): Promise<BenchImportResult> {
  const fileMb = (await stat(file)).size / 1024 / 1024;
  const url = `file:${path.join(dir, "bench-import.db")}`;
  // Migrated by `npm run db:migrate` in its own process, as a database that
  // `npm run import` writes to already is: the schema engine (~100 MB of
  // WebAssembly) is no part of an import's memory.
  await migrateInChild(url);
  const db = createDb(url);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 25);
  try {
    const workspace = await db.workspace.create({ data: { slug: "bench", name: "Bench" } });
    let t = performance.now();
    let cpu = process.cpuUsage();
    const first = await commitImport(db, workspace, { path: file, fileName: path.basename(file), source: "cli", createdBy: "bench" });
    const seconds = (performance.now() - t) / 1000;
    if (!first.ok || first.counts.inserted !== rows) throw new Error(`import did not insert every row: ${JSON.stringify(first.ok ? first.counts : first.message)}`);
    const used = process.cpuUsage(cpu);
    log(`import: ${seconds.toFixed(1)} s (CPU ${((used.user + used.system) / 1e6).toFixed(1)} s), ${Math.round(rows / seconds).toLocaleString("en")} rows/s`);

    t = performance.now();
    cpu = process.cpuUsage();
    const again = await commitImport(db, workspace, { path: file, fileName: path.basename(file), source: "cli", createdBy: "bench" });
    const reimportSeconds = (performance.now() - t) / 1000;
    if (!again.ok || again.counts.unchanged !== rows) throw new Error(`re-import changed rows: ${JSON.stringify(again.ok ? again.counts : again.message)}`);
    const reCpu = process.cpuUsage(cpu);
    log(`re-import (all unchanged): ${reimportSeconds.toFixed(1)} s (CPU ${((reCpu.user + reCpu.system) / 1e6).toFixed(1)} s)`);
    peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
    return {
      rows,
      fileMb: Math.round(fileMb * 10) / 10,
      seconds: Math.round(seconds * 100) / 100,
      rowsPerSecond: Math.round(rows / seconds),
      peakRssMb: Math.round(peakRss / 1024 / 1024),
      reimportSeconds: Math.round(reimportSeconds * 100) / 100,
    };
  } finally {
    clearInterval(sampler);
    await db.$disconnect();
  }
}

/** Migrates a fresh database in a process of its own (`npm run db:migrate`). */
export async function migrateInChild(url: string): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "ignore", "inherit"] });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`db:migrate exited with ${code}`);
}

function rowsArg(argv: readonly string[]): number {
  const i = argv.findIndex((a) => a === "--rows" || a.startsWith("--rows="));
  if (i < 0) return 1_000_000;
  const text = argv[i]?.includes("=") ? argv[i]?.slice("--rows=".length) : argv[i + 1];
  const rows = Number(text);
  if (!Number.isSafeInteger(rows) || rows < 1) throw new Error(`--rows needs a positive whole number, got ${text ?? "nothing"}`);
  return rows;
}

/** `--file <csv> --dir <dir>`: import that file (of --rows rows) instead of a generated one. */
function fileArgs(argv: readonly string[]): { file: string; dir: string } | null {
  const at = (flag: string) => {
    const i = argv.indexOf(flag);
    return i < 0 ? undefined : argv[i + 1];
  };
  const file = at("--file");
  const dir = at("--dir");
  if (!file) return null;
  if (!dir) throw new Error("--file needs --dir (where the import's database goes)");
  return { file, dir };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const argv = process.argv.slice(2);
  const given = fileArgs(argv);
  (given ? benchImportFile(given.file, rowsArg(argv), given.dir, (line) => console.log(line)) : benchImport(rowsArg(argv), (line) => console.log(line)))
    .then((r) => {
      console.log(
        `bench-import: ${r.rows.toLocaleString("en")} canonical rows (${r.fileMb} MB) in ${r.seconds} s = ${r.rowsPerSecond.toLocaleString("en")} rows/s; ` +
          `re-import ${r.reimportSeconds} s; peak RSS ${r.peakRssMb} MB`,
      );
      console.log(`RESULT ${JSON.stringify(r)}`);
    })
    .catch((error: unknown) => {
      console.error(`bench-import failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    });
}

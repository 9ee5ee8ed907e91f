// npm run bench:lighthouse [-- --runs 3] [-- --strict] [-- --path /platforms] [-- --save DIR]
//
// How heavy the three dashboard pages are in a phone's browser, measured the
// way the issue states its targets: Lighthouse 12's mobile profile (simulated
// 4× CPU slowdown and slow 4G), against the production build.
//
//   1. loads the demo data into a fresh SQLite file in a temp directory and
//      signs the demo admin in (a session cookie, sent as an extra header);
//   2. builds the app if the sources changed and starts `next start` on it;
//   3. runs Lighthouse (performance only) on each page `--runs` times in
//      Debian's Chromium and keeps the run with the median score;
//   4. prints score, TBT, LCP, CLS and the compressed JavaScript the page
//      loads, next to the targets, and writes them to bench/lighthouse.json
//      (with --save DIR, also every run's whole Lighthouse report, to see
//      where the time goes: LCP element, main-thread work, scripts).
//
// A report, not a test: it exits 0 when a target is missed unless --strict.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { createSession, SESSION_COOKIE } from "@/lib/auth/session";
import { createDb } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { DEMO_USERS } from "@/lib/demo/demo-users";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { buildIfNeeded, ROOT, startBuiltApp, type RunningApp } from "./app-server";

const PAGE_PATHS = ["/", "/platforms", "/executive"];
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const OUT_FILE = path.join(ROOT, "bench", "lighthouse.json");

const TARGET_SCORE = 90;
const TARGET_JS_BYTES = 250 * 1024;

interface PageResult {
  path: string;
  /** 0–100 */
  score: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
  fcpMs: number;
  /** transfer size (compressed, headers included) of every script response */
  jsBytes: number;
  jsRequests: number;
  /** all runs' scores, in order, so a noisy page shows */
  runScores: number[];
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
}

function parseArgs(argv: string[]): { runs: number; strict: boolean; paths: string[]; save: string | null } {
  let runs = 1;
  let save: string | null = null;
  let strict = false;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--strict") strict = true;
    else if (arg === "--runs") runs = Number(argv[++i]);
    else if (arg === "--path") paths.push(argv[++i] ?? "/");
    else if (arg === "--save") save = path.resolve(argv[++i] ?? "lighthouse-reports");
    else throw new Error(`unknown argument ${arg} (use --runs N, --path /x, --save DIR, --strict)`);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number ≥ 1");
  return { runs, strict, paths: paths.length ? paths : PAGE_PATHS, save };
}

async function seed(databaseUrl: string): Promise<string> {
  await prepareDatabase(databaseUrl);
  const db = createDb(databaseUrl);
  try {
    const result = await seedDemoWorkspace(db, {});
    if (result.status === "skipped") throw new Error("the fresh database already had a workspace");
    const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0]!.email }, include: { memberships: true } });
    const { secret } = await createSession(db, admin.id, admin.memberships[0]?.workspaceId ?? null);
    return `${SESSION_COOKIE}=${secret}`;
  } finally {
    await db.$disconnect();
  }
}

/** One Lighthouse run in a fresh Chromium (a reused one sometimes loses its trace between runs). */
async function audit(url: string, cookie: string, saveAs: string | null): Promise<Omit<PageResult, "path" | "runScores">> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    return await auditIn(chrome.port, url, cookie, saveAs);
  } finally {
    chrome.kill();
  }
}

async function auditIn(port: number, url: string, cookie: string, saveAs: string | null): Promise<Omit<PageResult, "path" | "runScores">> {
  const result = await lighthouse(
    url,
    { port, output: "json", logLevel: "error", onlyCategories: ["performance"], extraHeaders: { Cookie: cookie } },
    // no config: Lighthouse's default, the mobile profile (Moto G Power screen, 4× CPU, slow 4G, simulated)
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (saveAs) {
    await mkdir(path.dirname(saveAs), { recursive: true });
    await writeFile(saveAs, JSON.stringify(lhr));
  }
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  if (lhr.finalDisplayedUrl !== url) throw new Error(`${url} ended on ${lhr.finalDisplayedUrl} (is the session cookie accepted?)`);
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value !== "number") throw new Error(`no ${id} for ${url}: ${lhr.audits[id]?.errorMessage ?? "no value"}`);
    return value;
  };
  const items = ((lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ?? []).filter((i) => i.resourceType === "Script");
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    tbtMs: numeric("total-blocking-time"),
    lcpMs: numeric("largest-contentful-paint"),
    cls: numeric("cumulative-layout-shift"),
    fcpMs: numeric("first-contentful-paint"),
    jsBytes: items.reduce((sum, i) => sum + (i.transferSize ?? 0), 0),
    jsRequests: items.length,
  };
}

function printResults(results: PageResult[]): void {
  const headers = ["page", "score", "TBT ms", "LCP ms", "CLS", "FCP ms", "JS kB (gzip)", "scripts", "runs"];
  const rows = results.map((r) => [
    r.path,
    `${r.score} ${r.score >= TARGET_SCORE ? "✔" : "✘"}`,
    String(Math.round(r.tbtMs)),
    String(Math.round(r.lcpMs)),
    r.cls.toFixed(3),
    String(Math.round(r.fcpMs)),
    `${(r.jsBytes / 1024).toFixed(1)} ${r.jsBytes <= TARGET_JS_BYTES ? "✔" : "✘"}`,
    String(r.jsRequests),
    r.runScores.join(" "),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(headers));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
  console.log(`targets: score ≥ ${TARGET_SCORE}, JS ≤ ${TARGET_JS_BYTES / 1024} kB compressed on first load`);
}

async function main(): Promise<number> {
  const { runs, strict, paths, save } = parseArgs(process.argv.slice(2));
  const tempDir = await mkdtemp(path.join(os.tmpdir(), `kpi-lighthouse-${process.pid}-`));
  process.once("exit", () => rmSync(tempDir, { recursive: true, force: true }));
  const databaseUrl = `file:${path.join(tempDir, "lighthouse.db")}`;
  let app: RunningApp | undefined;
  try {
    console.log("loading the demo data into a temp database …");
    const cookie = await seed(databaseUrl);
    await buildIfNeeded((line) => console.log(line));
    app = await startBuiltApp({ databaseUrl });
    console.log(`app at ${app.baseURL}; ${runs} Lighthouse run(s) per page (mobile profile)`);

    const results: PageResult[] = [];
    for (const pagePath of paths) {
      const url = `${app.baseURL}${pagePath}`;
      // one unmeasured load, so the server's first render of the page is not in the figures
      await fetch(url, { headers: { cookie } }).then((r) => r.arrayBuffer());
      const all: Omit<PageResult, "path" | "runScores">[] = [];
      for (let i = 0; i < runs; i++) all.push(await audit(url, cookie, save && path.join(save, `${pagePath === "/" ? "board" : pagePath.slice(1).replaceAll("/", "-")}-${i + 1}.json`)));
      const median = [...all].sort((a, b) => a.score - b.score)[Math.floor(all.length / 2)]!;
      results.push({ path: pagePath, ...median, runScores: all.map((r) => r.score) });
      console.log(`${pagePath}: ${all.map((r) => r.score).join(", ")}`);
    }

    console.log("");
    printResults(results);
    await mkdir(path.dirname(OUT_FILE), { recursive: true });
    const cpus = os.cpus();
    await writeFile(
      OUT_FILE,
      `${JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          lighthouse: "12 (mobile profile, simulated throttling)",
          machine: `${cpus.length} cpus (${cpus[0]?.model.trim() ?? "unknown"}), load ${os.loadavg()[0]!.toFixed(2)}`,
          runsPerPage: runs,
          targets: { score: TARGET_SCORE, jsBytes: TARGET_JS_BYTES },
          pages: results.map((r) => ({ ...r, tbtMs: Math.round(r.tbtMs), lcpMs: Math.round(r.lcpMs), fcpMs: Math.round(r.fcpMs), cls: Number(r.cls.toFixed(4)) })),
        },
        null,
        2,
      )}\n`,
    );
    console.log(`written to ${path.relative(ROOT, OUT_FILE)}`);
    const missed = results.filter((r) => r.score < TARGET_SCORE || r.jsBytes > TARGET_JS_BYTES).length;
    return strict && missed > 0 ? 1 : 0;
  } finally {
    await app?.stop();
    await rm(tempDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:lighthouse failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);

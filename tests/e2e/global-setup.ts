// Global setup of the e2e project: the production build of the app, served by
// `next start` on a free port against a freshly seeded SQLite file in a temp
// directory, and the path of Debian's Chromium for the tests to drive.
//
// Runs once per `vitest run`, in the main vitest process. Everything it starts
// it also stops: the teardown (and, if vitest dies, an exit hook) kills the
// server's process group and deletes the temp directory.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { constants, createWriteStream, existsSync, rmSync, type WriteStream } from "node:fs";
import { access, mkdir, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildStatus } from "../../scripts/build-status";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the app under test, e.g. `http://127.0.0.1:41234` (no trailing slash). */
    baseURL: string;
    /** `file:` URL of the seeded SQLite database the server uses. */
    databaseUrl: string;
    /** Chromium executable, or null when none is installed (browser tests then skip; never in CI). */
    chromiumPath: string | null;
  }
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "node_modules", ".bin");
const SEED_SCRIPT = "scripts/db-seed.ts";
const SERVER_LOG = path.join(ROOT, "test-results", "e2e-server.log");
const READY_TIMEOUT_MS = 60_000;
/** A built app answers the same way every time: after this many non-200 answers in a row, stop waiting. */
const MAX_BAD_ANSWERS = 3;
const SHOWN_SERVER_LINES = 80;
const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Next phones home on build and start unless told not to; this network does not reach it. */
const QUIET_ENV = { NEXT_TELEMETRY_DISABLED: "1" };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = await findChromium();

  const tempDir = await mkdtemp(path.join(os.tmpdir(), "kpi-e2e-"));
  const databaseUrl = `file:${path.join(tempDir, "e2e.db")}`;
  let server: ChildProcess | undefined;
  let serverLog: WriteStream | undefined;

  // If vitest is interrupted before teardown, do not leave a server holding a port.
  const onExit = () => {
    if (server) killGroup(server, "SIGKILL");
    rmSync(tempDir, { recursive: true, force: true });
  };
  process.once("exit", onExit);

  const teardown = async () => {
    process.removeListener("exit", onExit);
    // Again at the end, where it is seen after the test output.
    if (chromiumPath === null) warnNoChromium();
    if (server) await stopServer(server);
    serverLog?.end();
    await rm(tempDir, { recursive: true, force: true });
  };

  try {
    seedDatabase(databaseUrl);
    await buildIfNeeded();

    const port = await freePort();
    const baseURL = `http://127.0.0.1:${port}`;
    await mkdir(path.dirname(SERVER_LOG), { recursive: true });
    serverLog = createWriteStream(SERVER_LOG);
    const output: string[] = [];
    server = spawn(path.join(BIN, "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: { ...process.env, ...QUIET_ENV, DATABASE_URL: databaseUrl, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
      // Own process group, so teardown can stop the server and anything it forks.
      detached: true,
    });
    for (const stream of [server.stdout, server.stderr]) {
      stream?.on("data", (chunk: Buffer) => {
        output.push(chunk.toString());
        serverLog?.write(chunk);
      });
    }
    try {
      await waitForOk(server, `${baseURL}/`, READY_TIMEOUT_MS);
    } catch (error) {
      const lines = output.join("").split("\n");
      const shown = lines.slice(-SHOWN_SERVER_LINES).join("\n");
      const cut = lines.length > SHOWN_SERVER_LINES ? ` (last ${SHOWN_SERVER_LINES} lines; all in ${SERVER_LOG})` : "";
      console.error(`\n---- next start output${cut} ----\n${shown}\n---- end of next start output ----\n`);
      throw error;
    }
    console.log(`[e2e] app at ${baseURL} (database ${databaseUrl}; server log ${path.relative(ROOT, SERVER_LOG)})`);

    project.provide("baseURL", baseURL);
    project.provide("databaseUrl", databaseUrl);
    project.provide("chromiumPath", chromiumPath);
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}

async function findChromium(): Promise<string | null> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    // A path someone set on purpose must work; skipping would hide the mistake.
    if (!(await isExecutable(configured))) throw new Error(`CHROMIUM_PATH=${configured} is not an executable file`);
    return configured;
  }
  for (const candidate of CHROMIUM_CANDIDATES) {
    if (await isExecutable(candidate)) return candidate;
  }
  if (process.env.CI) {
    throw new Error(
      `No Chromium found (looked at CHROMIUM_PATH and ${CHROMIUM_CANDIDATES.join(", ")}). ` +
        "CI must run the browser tests: apt-get install -y chromium fonts-noto-cjk",
    );
  }
  warnNoChromium();
  return null;
}

function warnNoChromium(): void {
  const bar = "!".repeat(78);
  console.warn(
    [
      "",
      bar,
      "!!",
      "!!  BROWSER TESTS SKIPPED: no Chromium found; install with",
      "!!      apt-get install -y chromium fonts-noto-cjk",
      `!!  (looked at CHROMIUM_PATH and ${CHROMIUM_CANDIDATES.join(", ")})`,
      "!!  The app is still built and served, but no page is checked in a browser.",
      "!!  CI never skips these tests.",
      "!!",
      bar,
      "",
    ].join("\n"),
  );
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function seedDatabase(databaseUrl: string): void {
  if (!existsSync(path.join(ROOT, SEED_SCRIPT))) throw new Error(`${SEED_SCRIPT} is missing; the e2e tests need it to load demo data`);
  console.log(`[e2e] seeding ${databaseUrl}`);
  run(path.join(BIN, "tsx"), [SEED_SCRIPT], { DATABASE_URL: databaseUrl }, `seeding the e2e database (${SEED_SCRIPT})`);
}

async function buildIfNeeded(): Promise<void> {
  const status = await buildStatus(ROOT);
  const forced = process.env.E2E_SKIP_BUILD === "0";
  if (!status.needed && !forced) {
    console.log("[e2e] .next is newer than every source file; reusing it (E2E_SKIP_BUILD=0 forces a build)");
    return;
  }
  console.log(`[e2e] next build: ${forced ? "forced by E2E_SKIP_BUILD=0" : status.reason}`);
  const started = Date.now();
  run(path.join(BIN, "next"), ["build"], {}, "next build");
  console.log(`[e2e] next build finished in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Runs a command to completion with its output on the terminal; throws if it fails. */
function run(command: string, args: string[], env: Record<string, string>, what: string): void {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...QUIET_ENV, ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.error) throw new Error(`${what} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${what} failed (${result.signal ? `signal ${result.signal}` : `exit code ${result.status}`}); its output is above`);
  }
}

/** A port that was free a moment ago (the OS picks it; a race with another process is possible but rare). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForOk(server: ChildProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  let badAnswers = 0;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`next start exited (${server.signalCode ?? `exit code ${server.exitCode}`}) before ${url} answered`);
    }
    let status: number | undefined;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      status = response.status;
    } catch (error) {
      // Not listening yet (connection refused) or too slow: keep waiting.
      last = error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ""}` : String(error);
    }
    if (status === 200) return;
    if (status !== undefined) {
      last = `HTTP ${status}`;
      if (++badAnswers >= MAX_BAD_ANSWERS) throw new Error(`GET ${url} answered ${last} ${badAnswers} times in a row`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`GET ${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

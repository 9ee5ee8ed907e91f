// The production build of the app, served by `next start` on a free port
// against a given SQLite file: what the browser tests (tests/e2e/global-setup.ts)
// and the benchmark (scripts/bench.ts) both need.
//
// `startBuiltApp` returns once the app answers 200, and its `stop()` ends the
// server's whole process group. Should the calling process exit without
// calling `stop()` (an error, Ctrl-C, a killed vitest), an exit hook kills the
// group anyway, so no server is left holding a port.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildStatus, distDir } from "./build-status";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const BIN = path.join(ROOT, "node_modules", ".bin");

/** Next phones home on build and start unless told not to; this network does not reach it. */
export const QUIET_ENV = { NEXT_TELEMETRY_DISABLED: "1" };

/** Preload that pins the server's process clock (see startBuiltApp's `fixedNow`). */
const FIXED_CLOCK_PRELOAD = path.join(ROOT, "tests", "e2e", "fixed-clock.mjs");

const READY_TIMEOUT_MS = 60_000;
/** A built app answers the same way every time: after this many non-200 answers in a row, stop waiting. */
const MAX_BAD_ANSWERS = 3;
const SHOWN_SERVER_LINES = 80;
const STOP_GRACE_MS = 5_000;

export interface BuildOptions {
  /** Build even when .next is current; the text says why (e.g. "forced by E2E_SKIP_BUILD=0"). */
  forcedBy?: string;
  /** Appended to the "reusing .next" line, e.g. how to force a build. */
  howToForce?: string;
}

/** Runs `next build` when the build (.next, or NEXT_DIST_DIR) is older than the sources, or when forced. Says whether it built. */
export async function buildIfNeeded(log: (line: string) => void, options: BuildOptions = {}): Promise<{ built: boolean }> {
  const status = await buildStatus(ROOT);
  if (!status.needed && !options.forcedBy) {
    log(`${distDir()} is newer than every source file; reusing it${options.howToForce ? ` (${options.howToForce})` : ""}`);
    return { built: false };
  }
  log(`next build: ${options.forcedBy ?? status.reason}`);
  const started = Date.now();
  runCommand(path.join(BIN, "next"), ["build"], {}, "next build");
  log(`next build finished in ${Math.round((Date.now() - started) / 1000)} s`);
  return { built: true };
}

/** Runs a command in the project root to completion, its output on the terminal; throws if it fails. */
export function runCommand(command: string, args: string[], env: Record<string, string>, what: string): void {
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

export interface StartOptions {
  /** `file:` URL of the SQLite database the app is to use (already migrated and seeded). */
  databaseUrl: string;
  /** Where to write everything the server prints (directories are created); otherwise it is only kept in memory. */
  logFile?: string;
  /** Path that must answer 200 before the app counts as ready. */
  readyPath?: string;
  readyTimeoutMs?: number;
  /**
   * Start the server's clock at this instant (it keeps ticking from there), so
   * every "today" the app derives from now() is the one the tests pinned.
   */
  fixedNow?: Date;
}

export interface RunningApp {
  /** Origin, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  baseURL: string;
  /** Everything the server printed so far. */
  output(): string;
  /** SIGTERM to the process group, SIGKILL after a grace period; resolves when the server has exited. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startBuiltApp(options: StartOptions): Promise<RunningApp> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let log: WriteStream | undefined;
  if (options.logFile) {
    await mkdir(path.dirname(options.logFile), { recursive: true });
    log = createWriteStream(options.logFile);
  }

  const chunks: string[] = [];
  const server = spawn(path.join(BIN, "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, ...QUIET_ENV, DATABASE_URL: options.databaseUrl, PORT: String(port), ...fixedClockEnv(options.fixedNow) },
    stdio: ["ignore", "pipe", "pipe"],
    // Own process group, so stop() can end the server and anything it forks.
    detached: true,
  });
  for (const stream of [server.stdout, server.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      chunks.push(chunk.toString());
      log?.write(chunk);
    });
  }
  // E.g. node_modules/.bin/next missing: reported by waitForOk instead of crashing the caller.
  let spawnError: Error | undefined;
  server.once("error", (error) => (spawnError = error));

  const onExit = () => killGroup(server, "SIGKILL");
  process.once("exit", onExit);
  const stop = async () => {
    process.removeListener("exit", onExit);
    await stopServer(server);
    log?.end();
  };
  const output = () => chunks.join("");

  try {
    await waitForOk(server, () => spawnError, `${baseURL}${options.readyPath ?? "/"}`, options.readyTimeoutMs ?? READY_TIMEOUT_MS);
  } catch (error) {
    printTail(output(), options.logFile);
    await stop();
    throw error;
  }
  return { baseURL, output, stop };
}

/** NODE_OPTIONS that preload the fixed clock into `next start` (and any process it forks). */
function fixedClockEnv(fixedNow: Date | undefined): Record<string, string> {
  if (!fixedNow) return {};
  const preload = `--import=${pathToFileURL(FIXED_CLOCK_PRELOAD).href}`;
  return {
    NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" "),
    FIXED_CLOCK_NOW: fixedNow.toISOString(),
  };
}

function printTail(output: string, logFile: string | undefined): void {
  const lines = output.split("\n");
  const shown = lines.slice(-SHOWN_SERVER_LINES).join("\n");
  const where = logFile ? `; all in ${logFile}` : "";
  const cut = lines.length > SHOWN_SERVER_LINES ? ` (last ${SHOWN_SERVER_LINES} lines${where})` : "";
  console.error(`\n---- next start output${cut} ----\n${shown}\n---- end of next start output ----\n`);
}

/** A port that was free a moment ago (the OS picks it; a race with another process is possible but rare). */
export function freePort(): Promise<number> {
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

async function waitForOk(server: ChildProcess, spawnError: () => Error | undefined, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  let badAnswers = 0;
  while (Date.now() < deadline) {
    const error = spawnError();
    if (error) throw new Error(`next start could not start: ${error.message}`);
    if (hasExited(server)) {
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

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || hasExited(child)) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

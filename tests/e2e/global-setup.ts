// Global setup of the e2e project: the production build of the app, served by
// `next start` on a free port against a freshly seeded SQLite file in a temp
// directory, and the path of Debian's Chromium for the tests to drive.
//
// The run is pinned to one instant (testNow(): KPI_TEST_NOW, or a fixed
// Wednesday): the demo data is generated up to the last week complete at that
// instant, the server's process clock starts there (tests/e2e/fixed-clock.mjs),
// and the tests read it with inject("now"), so no figure depends on the day
// the suite happens to run.
//
// Runs once per `vitest run`, in the main vitest process. Everything it starts
// it also stops: the teardown (and, if vitest dies, an exit hook) kills the
// server's process group and deletes the temp directory.
import { constants, existsSync, rmSync } from "node:fs";
import { access, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { BIN, ROOT, buildIfNeeded, runCommand, startBuiltApp, type RunningApp } from "../../scripts/app-server";
import { DEMO_PASSWORD, DEMO_USERS } from "../../lib/demo/demo-users";
import type { Role } from "../../lib/auth/roles";
import { testNow } from "../helpers/clock";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the app under test, e.g. `http://127.0.0.1:41234` (no trailing slash). */
    baseURL: string;
    /** `file:` URL of the seeded SQLite database the server uses. */
    databaseUrl: string;
    /** Chromium executable, or null when none is installed (browser tests then skip; never in CI). */
    chromiumPath: string | null;
    /** The pinned "now" of the run (ISO instant): the server's clock, the demo data's and the browser's. */
    now: string;
    /** A signed-in session (the kpi_session cookie's value) per demo role, made through the real sign-in route. */
    sessions: Record<Role, string>;
  }
}

const SEED_SCRIPT = "scripts/db-seed.ts";
const SERVER_LOG = path.join(ROOT, "test-results", "e2e-server.log");
const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = await findChromium();
  const now = testNow();

  const tempDir = await mkdtemp(path.join(os.tmpdir(), "kpi-e2e-"));
  const databaseUrl = `file:${path.join(tempDir, "e2e.db")}`;
  let app: RunningApp | undefined;

  // If vitest is interrupted before teardown, do not leave the temp directory
  // behind (startBuiltApp has its own exit hook that kills the server).
  const onExit = () => rmSync(tempDir, { recursive: true, force: true });
  process.once("exit", onExit);

  const teardown = async () => {
    process.removeListener("exit", onExit);
    // Again at the end, where it is seen after the test output.
    if (chromiumPath === null) warnNoChromium();
    await app?.stop();
    await rm(tempDir, { recursive: true, force: true });
  };

  try {
    seedDatabase(databaseUrl, now);
    await buildIfNeeded((line) => console.log(`[e2e] ${line}`), {
      forcedBy: process.env.E2E_SKIP_BUILD === "0" ? "forced by E2E_SKIP_BUILD=0" : undefined,
      howToForce: "E2E_SKIP_BUILD=0 forces a build",
    });

    app = await startBuiltApp({ databaseUrl, logFile: SERVER_LOG, fixedNow: now });
    const { baseURL } = app;
    console.log(`[e2e] app at ${baseURL} (database ${databaseUrl}; clock pinned to ${now.toISOString()}; server log ${path.relative(ROOT, SERVER_LOG)})`);

    project.provide("baseURL", baseURL);
    project.provide("databaseUrl", databaseUrl);
    project.provide("chromiumPath", chromiumPath);
    project.provide("now", now.toISOString());
    project.provide("sessions", await signInDemoUsers(baseURL));
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

function seedDatabase(databaseUrl: string, now: Date): void {
  if (!existsSync(path.join(ROOT, SEED_SCRIPT))) throw new Error(`${SEED_SCRIPT} is missing; the e2e tests need it to load demo data`);
  console.log(`[e2e] seeding ${databaseUrl} with demo data up to ${now.toISOString()}`);
  runCommand(path.join(BIN, "tsx"), [SEED_SCRIPT, "--now", now.toISOString()], { DATABASE_URL: databaseUrl }, `seeding the e2e database (${SEED_SCRIPT})`);
}

/** Signs each demo user in through POST /api/v1/auth/signin, as the sign-in page does, and keeps the session cookies. */
async function signInDemoUsers(baseURL: string): Promise<Record<Role, string>> {
  const sessions: Partial<Record<Role, string>> = {};
  for (const user of DEMO_USERS) {
    const response = await fetch(`${baseURL}/api/v1/auth/signin`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseURL },
      body: JSON.stringify({ email: user.email, password: DEMO_PASSWORD }),
    });
    const cookie = /kpi_session=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
    if (response.status !== 200 || !cookie) throw new Error(`signing in ${user.email} for the e2e tests failed: HTTP ${response.status}`);
    sessions[user.role] = cookie;
  }
  return sessions as Record<Role, string>;
}

// npm start — the one command that takes a fresh clone to a running app:
// creates and migrates the SQLite database, loads the demo data (and its
// users) when the database is empty, creates the first admin from
// ADMIN_EMAIL / ADMIN_PASSWORD when they are set, builds when the sources
// changed since the last build, and serves on PORT (default 3000), saying
// where to sign in. Running it again keeps the data.
import { spawn, spawnSync } from "node:child_process";
import { bootstrapAdmin } from "@/lib/auth/bootstrap-admin";
import { needsFirstRun } from "@/lib/auth/first-run";
import { createDb } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { demoCredentialLines } from "@/lib/demo/demo-users";
import { findDemoWorkspace } from "@/lib/services/workspaces";
import { env } from "@/lib/env";
import { needsBuild } from "./build-status";

const root = process.cwd();
// Next phones home on build and start unless told not to; self-hosted installs often have no route out.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const bin = (name: string) => `${root}/node_modules/.bin/${name}`;

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const { DATABASE_URL, PORT } = env();
const { applied } = await prepareDatabase(DATABASE_URL);
console.log(applied.length ? `database: applied ${applied.join(", ")}` : "database: schema up to date");

run(bin("tsx"), ["scripts/db-seed.ts", "--if-empty"]);

/** Creates the ADMIN_EMAIL admin if asked, and returns the lines that say where to sign in. */
async function signInLines(): Promise<string[]> {
  const db = createDb(DATABASE_URL);
  try {
    const bootstrap = await bootstrapAdmin(db);
    if (bootstrap.status === "invalid") {
      console.error(`ADMIN_EMAIL / ADMIN_PASSWORD: ${bootstrap.message}`);
      process.exit(2);
    }
    if (bootstrap.status === "created") console.log(`created admin ${bootstrap.email} and workspace "${bootstrap.workspace}"`);
    const base = `http://localhost:${PORT}`;
    const lines = (await needsFirstRun(db))
      ? [`first run: open ${base}/setup to create your admin and your team's workspace`]
      : [`sign in at ${base}/signin`];
    if (await findDemoWorkspace(db)) lines.push("demo workspace users (invented data):", ...demoCredentialLines());
    return lines;
  } finally {
    await db.$disconnect();
  }
}
const welcome = await signInLines();

if (await needsBuild(root)) {
  console.log("building the app (next build)…");
  run(bin("next"), ["build"]);
} else {
  console.log("build is up to date");
}

console.log(`serving on http://localhost:${PORT}`);
for (const line of welcome) console.log(line);
const server = spawn(bin("next"), ["start", "-p", String(PORT)], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

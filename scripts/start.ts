// npm start — the one command that takes a fresh clone to a running app:
// creates and migrates the SQLite database, loads the demo data when the
// database is empty, builds when the sources changed since the last build,
// and serves on PORT (default 3000). Running it again keeps the data.
import { spawn, spawnSync } from "node:child_process";
import { prepareDatabase } from "@/lib/db/prepare-database";
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

if (await needsBuild(root)) {
  console.log("building the app (next build)…");
  run(bin("next"), ["build"]);
} else {
  console.log("build is up to date");
}

console.log(`serving on http://localhost:${PORT}`);
const server = spawn(bin("next"), ["start", "-p", String(PORT)], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

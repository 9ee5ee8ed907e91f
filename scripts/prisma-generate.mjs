// Runs `prisma generate` without the native schema engine, which cannot be
// downloaded on machines without access to Prisma's binary host. Generation
// does not use that engine; pointing the variable at any executable skips
// the download (docs/ENVIRONMENT.md).
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.platform === "win32" ? process.execPath : "/bin/true";
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env, shell: process.platform === "win32" });
process.exit(result.status ?? 1);

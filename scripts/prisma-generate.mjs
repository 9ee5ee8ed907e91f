// Runs `prisma generate` without the native schema engine, which cannot be
// downloaded on machines without access to Prisma's binary host. Generation
// does not use that engine; pointing the variable at any executable skips
// the download (docs/ENVIRONMENT.md). Prisma compiles its client for one
// provider, so there are two: SQLite's (lib/generated/prisma) and the
// PostgreSQL twin's (lib/generated/prisma-postgres).
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.platform === "win32" ? process.execPath : "/bin/true";
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  const result = spawnSync("npx", ["prisma", "generate", "--schema", schema], { stdio: "inherit", env, shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

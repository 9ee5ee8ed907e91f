// GET /api/health against real SQLite files: a migrated database is ok; one
// whose migrations table lacks a folder of prisma/migrations is degraded
// (503, naming the migration); a missing file or one that is not a database
// is unreachable (503) — and the check never creates the missing file.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { callRoute } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
let dir: string;
let migrationFolders: string[];
const originalUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  t = await createTempDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), "kpi-health-"));
  // Counted from the folder independently of lib/db/migrations.ts.
  migrationFolders = (await readdir(path.resolve(import.meta.dirname, "../../prisma/migrations"), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
});
afterEach(() => {
  process.env.DATABASE_URL = originalUrl;
});
afterAll(async () => {
  await t.cleanup();
  await rm(dir, { recursive: true, force: true });
});

async function health(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const response = await callRoute(GET, "/api/health", {}, { as: null });
  return { status: response.status, cacheControl: response.headers.get("cache-control"), body: (await response.json()) as Record<string, unknown> };
}

describe("GET /api/health", () => {
  it("answers 200 ok with every migration applied, without a session, never cached", async () => {
    const r = await health(t.url);
    expect(r.status).toBe(200);
    expect(r.cacheControl).toBe("no-store");
    expect(r.body).toEqual({ status: "ok", database: "ok", migrations: { applied: migrationFolders.length, pending: 0 } });
  });

  it("answers 503 degraded, naming the migration, when the database is behind prisma/migrations", async () => {
    const file = path.join(dir, "behind.db");
    const sqlite = new Database(t.file, { readonly: true });
    await sqlite.backup(file);
    sqlite.close();
    const last = migrationFolders.sort().at(-1)!;
    const behind = new Database(file);
    behind.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(last);
    behind.close();

    const r = await health(`file:${file}`);
    expect(r.status).toBe(503);
    expect(r.cacheControl).toBe("no-store");
    expect(r.body).toMatchObject({ status: "degraded", database: "ok", migrations: { applied: migrationFolders.length - 1, pending: 1 } });
    expect(r.body.reason).toContain(last);
  });

  it("answers 503 unreachable for a missing database file, and does not create it", async () => {
    const file = path.join(dir, "nowhere", "missing.db");
    const r = await health(`file:${file}`);
    expect(r.status).toBe(503);
    expect(r.body).toEqual({ status: "degraded", database: "unreachable", migrations: null, reason: "the database file does not exist" });
    expect(existsSync(file)).toBe(false);
  });

  it("answers 503 unreachable for a file that is not a database, without the driver's message or the path", async () => {
    const file = path.join(dir, "garbage.db");
    await writeFile(file, "this is not a SQLite database, just text ".repeat(200));
    const r = await health(`file:${file}`);
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ status: "degraded", database: "unreachable", migrations: null });
    expect(JSON.stringify(r.body)).not.toContain(dir);
  });
});

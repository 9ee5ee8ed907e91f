// The PostgreSQL twin of the schema on a real server: its migrations apply
// offline and match the model, and Prisma's PostgreSQL client reads and
// writes the same values as the SQLite one.
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as getHealth } from "@/app/api/health/route";
import { createDb, type Db } from "@/lib/db";
import { applyPostgresMigrations, diffPostgresToSchema, postgresMigrationStatus, postgresPrismaPaths } from "@/lib/db/postgres-migrations";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { createPostgresDatabase, describePostgres, type PostgresDatabase } from "../helpers/postgres";
import { callRoute } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

describePostgres("PostgreSQL twin", () => {
  let server: PostgresDatabase;
  let sqlite: TempDatabase;
  let postgres: Db;
  let applied: string[];

  beforeAll(async () => {
    server = await createPostgresDatabase();
    applied = (await prepareDatabase(server.url)).applied;
    postgres = createDb(server.url);
    sqlite = await createTempDatabase();
  });
  afterAll(async () => {
    await postgres?.$disconnect();
    await sqlite?.cleanup();
    await server?.drop();
  });

  it("applies every PostgreSQL migration folder once, and the result is exactly the schema", async () => {
    const folders = (await readdir(postgresPrismaPaths().migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(folders.length).toBeGreaterThan(0);
    expect(applied).toEqual(folders);
    expect(await applyPostgresMigrations(server.url)).toEqual([]);
    expect(await postgresMigrationStatus(server.url)).toEqual({ applied: folders, pending: [] });
    expect(await diffPostgresToSchema(server.url)).toBeNull();
  });

  it("notices a database that differs from the schema", async () => {
    const drifted = await createPostgresDatabase();
    try {
      await applyPostgresMigrations(drifted.url);
      const db = createDb(drifted.url);
      await db.$executeRawUnsafe('DROP INDEX "Annotation_workspaceId_day_idx"');
      await db.$disconnect();
      expect(await diffPostgresToSchema(drifted.url)).toContain("Annotation_workspaceId_day_idx");
    } finally {
      await drifted.drop();
    }
  });

  it("applies a migration script whole: a `;` inside a string survives, and a failing statement leaves nothing", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kpi-pg-script-"));
    const scratch = await createPostgresDatabase();
    try {
      const paths = { schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") };
      await writeFile(paths.schemaPath, 'model T {\n  id Int @id\n}\n\ndatasource db {\n  provider = "postgresql"\n}\n');
      const migration = async (name: string, sql: string) => {
        await mkdir(path.join(paths.migrationsDir, name), { recursive: true });
        await writeFile(path.join(paths.migrationsDir, name, "migration.sql"), sql);
      };
      await mkdir(paths.migrationsDir, { recursive: true });
      await writeFile(path.join(paths.migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
      await migration("1_t", `CREATE TABLE "T" ("id" INTEGER NOT NULL, CONSTRAINT "T_pkey" PRIMARY KEY ("id"));\nCOMMENT ON TABLE "T" IS 'one; two';\n`);
      expect(await applyPostgresMigrations(scratch.url, paths)).toEqual(["1_t"]);
      await migration("2_broken", `CREATE TABLE "U" ("id" INTEGER);\nSELECT no_such_function();\n`);
      await expect(applyPostgresMigrations(scratch.url, paths)).rejects.toThrow(/no_such_function/);
      const db = createDb(scratch.url);
      try {
        const rows = await db.$queryRawUnsafe<{ comment: string | null; u: string | null }[]>(`SELECT obj_description('"T"'::regclass) AS comment, to_regclass('"U"')::text AS u`);
        expect(rows).toEqual([{ comment: "one; two", u: null }]);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await scratch.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("GET /api/health reads a PostgreSQL database's migrations: ok when current, degraded when behind, unreachable when down", async () => {
    const folders = (await readdir(postgresPrismaPaths().migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).length;
    const saved = process.env.DATABASE_URL;
    const health = async (url: string) => {
      process.env.DATABASE_URL = url;
      const response = await callRoute(getHealth, "/api/health", {}, { as: null });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const empty = await createPostgresDatabase();
    try {
      expect(await health(server.url)).toEqual({ status: 200, body: { status: "ok", database: "ok", migrations: { applied: folders, pending: 0 } } });
      const behind = await health(empty.url);
      expect(behind.status).toBe(503);
      expect(behind.body).toMatchObject({ status: "degraded", database: "ok", migrations: { applied: 0, pending: folders } });
      const down = await health("postgresql://nobody@127.0.0.1:1/none");
      expect(down).toEqual({ status: 503, body: { status: "degraded", database: "unreachable", migrations: null, reason: "the database does not answer" } });
    } finally {
      process.env.DATABASE_URL = saved;
      await empty.drop();
    }
  });

  it("holds the same reference data as SQLite after prepareDatabase", async () => {
    const read = async (db: Db) => ({
      platforms: await db.platform.findMany({ orderBy: { key: "asc" } }),
      benchmarks: await db.benchmark.findMany({ orderBy: { key: "asc" }, omit: { id: true, setId: true } }),
      sets: await db.benchmarkSet.findMany({ orderBy: { key: "asc" }, omit: { id: true, createdAt: true } }),
    });
    const [fromPostgres, fromSqlite] = [await read(postgres), await read(sqlite.db)];
    expect(fromPostgres.platforms.length).toBeGreaterThan(10);
    expect(fromPostgres.benchmarks.length).toBeGreaterThan(10);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it("round-trips a daily row with 64-bit money, unknown measures and a timestamp as SQLite does", async () => {
    const write = async (db: Db) => {
      const ws = await db.workspace.create({ data: { slug: "twin", name: "Twin", timeZone: "Europe/Berlin" } });
      const account = await db.account.create({ data: { workspaceId: ws.id, platformKey: "douyin", handle: "brand", displayName: "品牌号", industry: "beauty", currency: "CNY" } });
      await db.dailyMetric.create({
        data: {
          workspaceId: ws.id,
          accountId: account.id,
          day: "2026-12-31",
          impressions: 2_000_000_000,
          clicks: null,
          spendMinor: 9_007_199_254_740_993n, // above 2^53: only a BigInt carries it
          revenueMinor: -12n,
          watchSeconds: 0n,
          updatedAt: new Date("2026-12-31T23:59:59.123Z"),
        },
      });
      return db.dailyMetric.findFirstOrThrow({ where: { workspaceId: ws.id }, omit: { id: true, workspaceId: true, accountId: true } });
    };
    const [fromPostgres, fromSqlite] = [await write(postgres), await write(sqlite.db)];
    expect(fromPostgres.spendMinor).toBe(9_007_199_254_740_993n);
    expect(fromPostgres.updatedAt.toISOString()).toBe("2026-12-31T23:59:59.123Z");
    expect(fromPostgres).toEqual(fromSqlite);
  });
});

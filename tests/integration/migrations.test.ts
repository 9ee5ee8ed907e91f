import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, defaultPrismaPaths, diffDatabaseToSchema } from "@/lib/db/migrations";
import { prepareDatabase } from "@/lib/db/prepare-database";
import report from "@/lib/reference/benchmarks-2026.json";
import { PLATFORM_KEYS } from "@/lib/schemas/enums";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "kpi-migrations-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("migrations", () => {
  it("produce exactly the schema in schema.prisma", async () => {
    const file = path.join(dir, "fresh.db");
    const applied = await applyMigrations(file);
    expect(applied.length).toBeGreaterThan(0);
    expect(await diffDatabaseToSchema(file)).toBeNull();
  });

  it("notice when the database differs from the schema", async () => {
    const file = path.join(dir, "drifted.db");
    await applyMigrations(file);
    const sqlite = new Database(file);
    sqlite.exec('DROP INDEX "Annotation_workspaceId_day_idx"');
    sqlite.close();
    expect(await diffDatabaseToSchema(file)).toContain("Annotation_workspaceId_day_idx");
  });

  it("are recorded as prisma migrate deploy records them, and apply once", async () => {
    const file = path.join(dir, "recorded.db");
    const first = await applyMigrations(file);
    expect(await applyMigrations(file)).toEqual([]);

    const { migrationsDir } = defaultPrismaPaths();
    const dirs = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(first).toEqual(dirs);

    const sqlite = new Database(file, { readonly: true });
    const rows = sqlite
      .prepare("SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name")
      .all() as { migration_name: string; checksum: string; finished_at: number | null }[];
    sqlite.close();
    expect(rows.map((r) => r.migration_name)).toEqual(dirs);
    for (const row of rows) {
      const sql = await readFile(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("load the platform catalogue and the built-in benchmark set, idempotently", async () => {
    const file = path.join(dir, "reference.db");
    await prepareDatabase(`file:${file}`);
    await prepareDatabase(`file:${file}`);
    const sqlite = new Database(file, { readonly: true });
    const platforms = sqlite.prepare('SELECT "key" FROM "Platform" ORDER BY "sortOrder"').all() as { key: string }[];
    const benchmarks = sqlite.prepare('SELECT "key", "value", "page" FROM "Benchmark"').all() as { key: string; value: number; page: number }[];
    sqlite.close();
    expect(platforms.map((p) => p.key)).toEqual([...PLATFORM_KEYS]);
    expect(benchmarks).toHaveLength(report.benchmarks.length);
    const ctr = benchmarks.find((b) => b.key === "short_video_ad_ctr");
    expect(ctr).toEqual({ key: "short_video_ad_ctr", value: 0.032, page: 2 });
  });
});

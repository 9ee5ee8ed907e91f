// npm run db:migrate-to-postgres's copy, on a real server: a demo workspace
// with an import (and its undo records), a second workspace whose active
// benchmark set is its own (a foreign-key cycle), sessions, booleans, and
// money above 2^53, copied and compared row by row through both Prisma
// clients; the schema whole afterwards; a broken reference refused.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import Database from "better-sqlite3";
import { checkCopy, copySqliteToPostgres, type CopyReport } from "@/lib/db/copy-to-postgres";
import { diffPostgresToSchema } from "@/lib/db/postgres-migrations";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { commitImport } from "@/lib/ingest/pipeline";
import { testNow } from "../helpers/clock";
import { canonicalCsv, sampleRow } from "../helpers/import-fixtures";
import { createPostgresDatabase, describePostgres, type PostgresDatabase } from "../helpers/postgres";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

describePostgres("copying a SQLite database into PostgreSQL", () => {
  let source: TempDatabase;
  let target: PostgresDatabase;
  let copied: Db;
  let report: CopyReport;

  beforeAll(async () => {
    source = await createTempDatabase();
    const db = source.db;
    await seedDemoWorkspace(db, { now: testNow(), weeks: 20 });
    const own = await db.workspace.create({ data: { slug: "own-set", name: "自有基准", timeZone: "America/New_York", isDemo: false } });
    const set = await db.benchmarkSet.create({ data: { key: "own-set-2026", nameZh: "自定", nameEn: "Own", source: "ours", workspaceId: own.id } });
    await db.workspace.update({ where: { id: own.id }, data: { activeBenchmarkSetId: set.id } });
    const rows = [0, 1, 2].flatMap((d) => [0, 1].map((a) => ({ ...sampleRow(a, d, "youtube"), account: `own_${a}` })));
    const imported = await commitImport(db, own, { bytes: new TextEncoder().encode(canonicalCsv(rows)), fileName: "own.csv", createdBy: "test" });
    if (!imported.ok) throw new Error(`the import failed: ${imported.code}`);
    expect(imported.counts.inserted).toBe(rows.length);
    const account = await db.account.findFirstOrThrow({ where: { workspaceId: own.id } });
    await db.dailyMetric.create({ data: { workspaceId: own.id, accountId: account.id, day: "2025-12-31", spendMinor: 9_007_199_254_740_993n, updatedAt: new Date("2025-12-31T23:59:59.999Z") } });

    target = await createPostgresDatabase();
    report = await copySqliteToPostgres(source.file, target.url);
    copied = createDb(target.url);
  });
  afterAll(async () => {
    await copied?.$disconnect();
    await source?.cleanup();
    await target?.drop();
  });

  it("copies every table, and the counts and every measure's sums agree", async () => {
    const byTable = Object.fromEntries(report.tables.map((t) => [t.table, t.rows]));
    expect(byTable.DailyMetric).toBe(await source.db.dailyMetric.count());
    expect(byTable.ImportChange).toBeGreaterThan(0);
    const check = await checkCopy(source.file, target.url);
    expect(check.rowCounts).toEqual([]);
    expect(check.measureSums).toEqual([]);
    expect(check.sumsCompared).toBeGreaterThan(100);
  });

  it("holds the same rows, read through each database's Prisma client", async () => {
    const read = async (db: Db) => ({
      workspaces: await db.workspace.findMany({ orderBy: { id: "asc" } }),
      sets: await db.benchmarkSet.findMany({ orderBy: { id: "asc" } }),
      users: await db.user.findMany({ orderBy: { id: "asc" } }),
      memberships: await db.membership.findMany({ orderBy: { id: "asc" } }),
      batches: await db.importBatch.findMany({ orderBy: { id: "asc" } }),
      changes: await db.importChange.findMany({ orderBy: { id: "asc" } }),
      daily: await db.dailyMetric.findMany({ orderBy: { id: "asc" } }),
      content: await db.contentItem.findMany({ orderBy: { id: "asc" }, take: 500 }),
      rollups: await db.dailyRollup.findMany({ orderBy: [{ workspaceId: "asc" }, { day: "asc" }, { platformKey: "asc" }, { industry: "asc" }], take: 2000 }),
    });
    const [a, b] = [await read(source.db), await read(copied)];
    expect(b.workspaces.find((w) => w.slug === "own-set")?.activeBenchmarkSetId).toBe(b.sets.find((s) => s.key === "own-set-2026")?.id);
    expect(b.daily.find((d) => d.day === "2025-12-31")?.spendMinor).toBe(9_007_199_254_740_993n);
    expect(b).toEqual(a);
  });

  it("puts back every index and foreign key it set aside: the copy matches the schema", async () => {
    expect(await diffPostgresToSchema(target.url)).toBeNull();
  });

  it("fails on a row whose reference is broken, and writes nothing", async () => {
    const broken = await createTempDatabase();
    const empty = await createPostgresDatabase();
    try {
      const ws = await broken.db.workspace.create({ data: { slug: "broken", name: "Broken" } });
      const raw = new Database(broken.file);
      raw.pragma("foreign_keys = OFF");
      raw.prepare(`INSERT INTO "DailyMetric" ("workspaceId", "accountId", "day", "impressions", "updatedAt") VALUES (?, 999999, '2026-01-01', 1, '2026-01-01T00:00:00.000+00:00')`).run(ws.id);
      raw.close();
      await expect(copySqliteToPostgres(broken.file, empty.url)).rejects.toThrow(/foreign key/);
      const db = createDb(empty.url);
      try {
        expect([await db.workspace.count(), await db.dailyMetric.count(), await db.platform.count()]).toEqual([0, 0, 0]);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await broken.cleanup();
      await empty.drop();
    }
  });

  it("leaves each id sequence after the copied rows, so new rows get new ids", async () => {
    const max = (await copied.workspace.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const created = await copied.workspace.create({ data: { slug: "after-copy", name: "After" } });
    expect(created.id).toBe(max + 1);
  });

  it("refuses a database that already holds rows, and changes nothing there", async () => {
    const before = await copied.workspace.count();
    await expect(copySqliteToPostgres(source.file, target.url)).rejects.toThrow(/not empty: \w+ has rows/);
    expect(await copied.workspace.count()).toBe(before);
  });
});

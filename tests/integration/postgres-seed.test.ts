// The demo load writes the same rows on PostgreSQL as on SQLite: every
// table the generator fills, and what the load derives in SQL (the rollups,
// the accounts' day spans, each post's stored KPIs).
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { testNow } from "../helpers/clock";
import { createPostgresDatabase, describePostgres, type PostgresDatabase } from "../helpers/postgres";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

describePostgres("the demo load on PostgreSQL", () => {
  let sqlite: TempDatabase;
  let server: PostgresDatabase;
  let postgres: Db;

  beforeAll(async () => {
    sqlite = await createTempDatabase();
    server = await createPostgresDatabase();
    await prepareDatabase(server.url);
    postgres = createDb(server.url);
    for (const db of [sqlite.db, postgres]) await seedDemoWorkspace(db, { now: testNow(), weeks: 20 });
  });
  afterAll(async () => {
    await postgres?.$disconnect();
    await sqlite?.cleanup();
    await server?.drop();
  });

  const tables: [string, (db: Db) => Promise<unknown[]>][] = [
    ["Account", (db) => db.account.findMany({ orderBy: { id: "asc" }, omit: { createdAt: true } })],
    ["DailyMetric", (db) => db.dailyMetric.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } })],
    ["DailyRollup", (db) => db.dailyRollup.findMany({ orderBy: [{ day: "asc" }, { platformKey: "asc" }, { industry: "asc" }] })],
    ["ContentItem", (db) => db.contentItem.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } })],
    ["JourneyObservation", (db) => db.journeyObservation.findMany({ orderBy: { id: "asc" } })],
    ["SegmentDailyMetric", (db) => db.segmentDailyMetric.findMany({ orderBy: { id: "asc" } })],
    ["Goal", (db) => db.goal.findMany({ orderBy: { id: "asc" }, omit: { createdAt: true } })],
    ["AudienceTier", (db) => db.audienceTier.findMany({ orderBy: { id: "asc" } })],
  ];

  it.each(tables)("%s holds the same rows on both", async (_, read) => {
    const [a, b] = [await read(sqlite.db), await read(postgres)];
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });
});

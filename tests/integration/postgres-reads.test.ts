// The dashboards' reads give the same answers on PostgreSQL as on SQLite:
// the demo workspace (and an import of its own) in a SQLite file, copied
// into PostgreSQL with npm run db:migrate-to-postgres's copy, then every
// read endpoint called through its real route handler on each database, and
// the two responses compared whole.
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as getScorecard } from "@/app/api/v1/ai-tools/scorecard/route";
import { GET as getBenchmarks } from "@/app/api/v1/benchmarks/route";
import { GET as getCohorts } from "@/app/api/v1/cohorts/route";
import { GET as getItems } from "@/app/api/v1/content/items/route";
import { GET as getOrigins } from "@/app/api/v1/content/origins/route";
import { GET as listTests } from "@/app/api/v1/content/tests/route";
import { GET as getDomains } from "@/app/api/v1/domains/route";
import { GET as getExport } from "@/app/api/v1/export/route";
import { GET as listGoals } from "@/app/api/v1/goals/route";
import { GET as getImport } from "@/app/api/v1/imports/[id]/route";
import { GET as listImports } from "@/app/api/v1/imports/route";
import { GET as getJourney } from "@/app/api/v1/journeys/[id]/route";
import { GET as listJourneys } from "@/app/api/v1/journeys/route";
import { GET as getKpis } from "@/app/api/v1/kpis/route";
import { GET as getWeekly } from "@/app/api/v1/report/weekly/route";
import { GET as getSegments } from "@/app/api/v1/segments/route";
import { GET as getTiers } from "@/app/api/v1/tiers/route";
import { createDb, type Db } from "@/lib/db";
import { copySqliteToPostgres } from "@/lib/db/copy-to-postgres";
import { closePgPools } from "@/lib/db/read-postgres";
import { generateDemoData } from "@/lib/demo/generate-demo-data";
import { loadDemoData } from "@/lib/demo/load-demo-data";
import { commitImport } from "@/lib/ingest/pipeline";
import { getTopContentItems } from "@/lib/queries/getTopContentItems";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { getExecutiveSummary } from "@/lib/services/executive-summary";
import { signedInMember } from "../helpers/auth";
import { canonicalCsv, sampleRow } from "../helpers/import-fixtures";
import { createPostgresDatabase, describePostgres, type PostgresDatabase } from "../helpers/postgres";
import { callRoute, signInAs } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

const END_DAY = "2026-11-22";

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

describePostgres("the dashboards' reads on PostgreSQL", () => {
  let sqlite: TempDatabase;
  let server: PostgresDatabase;
  let postgres: Db;
  let workspace: Workspace;
  let batchId = 0;
  const savedUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    sqlite = await createTempDatabase();
    const demo = await loadDemoData(sqlite.db, generateDemoData({ endDay: END_DAY }));
    workspace = await sqlite.db.workspace.findUniqueOrThrow({ where: { id: demo.workspaceId } });
    signInAs(await signedInMember(sqlite.db, workspace, "admin"));
    const rows = [0, 1, 2, 3].flatMap((d) => [0, 1].map((a) => ({ ...sampleRow(a, d, "bilibili"), date: `2026-11-${16 + d}`, account: `pg_reads_${a}` })));
    const imported = await commitImport(sqlite.db, workspace, { bytes: new TextEncoder().encode(canonicalCsv(rows)), fileName: "pg-reads.csv", createdBy: "test" });
    if (!imported.ok) throw new Error(`the import failed: ${imported.code}`);
    batchId = imported.batchId;
    server = await createPostgresDatabase();
    await copySqliteToPostgres(sqlite.file, server.url);
    postgres = createDb(server.url);
  });
  afterAll(async () => {
    process.env.DATABASE_URL = savedUrl;
    await postgres?.$disconnect();
    if (server) await closePgPools(server.url);
    await sqlite?.cleanup();
    await server?.drop();
  });

  async function onEach(path: string, handler: Handler, params?: Record<string, string>): Promise<{ sqlite: unknown; postgres: unknown }> {
    const read = async (url: string) => {
      process.env.DATABASE_URL = url;
      const response = await callRoute(handler, path, params);
      expect(response.status, `${path} on ${url.slice(0, 10)}`).toBe(200);
      return (response.headers.get("content-type") ?? "").includes("json") ? response.json() : response.text();
    };
    return { sqlite: await read(sqlite.url), postgres: await read(server.url) };
  }

  const endpoints: [string, Handler, Record<string, string>?][] = [
    ["/api/v1/report/weekly", getWeekly],
    [`/api/v1/report/weekly?week=2026-W45&platform=douyin,xiaohongshu`, getWeekly],
    ["/api/v1/kpis?from=2026-08-31&to=2026-11-22&granularity=week&compare=previous&forecast=ctr", getKpis],
    ["/api/v1/kpis?from=2026-10-26&to=2026-11-22&granularity=day&platform=douyin", getKpis],
    ["/api/v1/kpis?from=2026-01-01&to=2026-11-22&granularity=month&domain=private", getKpis],
    ["/api/v1/kpis?from=2026-10-01&to=2026-11-22&industry=finance,ecommerce_retail&granularity=week", getKpis],
    ["/api/v1/kpis?from=2026-11-16&to=2026-11-22&interactionDenominator=followers", getKpis],
    ["/api/v1/kpis?from=2026-11-16&to=2026-11-22&granularity=day&account=1,2,3,4,5", getKpis],
    ["/api/v1/domains?from=2026-08-31&to=2026-11-22", getDomains],
    ["/api/v1/tiers", getTiers],
    ["/api/v1/segments?from=2026-08-31&to=2026-11-22", getSegments],
    ["/api/v1/cohorts", getCohorts],
    ["/api/v1/content/items?from=2026-11-16&to=2026-11-22&sort=ctr", getItems],
    ["/api/v1/content/items?from=2026-01-01&to=2026-11-22&sort=interactionRate&dir=asc&limit=5", getItems],
    ["/api/v1/content/origins?from=2026-08-31&to=2026-11-22", getOrigins],
    ["/api/v1/content/tests", listTests],
    ["/api/v1/journeys", listJourneys],
    ["/api/v1/journeys/ecommerce-douyin-xhs-wechat?mature=true", getJourney as unknown as Handler, { id: "ecommerce-douyin-xhs-wechat" }],
    ["/api/v1/goals", listGoals],
    ["/api/v1/ai-tools/scorecard", getScorecard],
    ["/api/v1/benchmarks", getBenchmarks],
    ["/api/v1/imports", listImports],
    ["/api/v1/export?from=2026-11-09&to=2026-11-22&platform=bilibili,douyin", getExport],
  ];

  it.each(endpoints)("GET %s answers the same on both", async (path, handler, params) => {
    const { sqlite: a, postgres: b } = await onEach(path, handler, params);
    expect(b).toEqual(a);
  });

  it("GET /api/v1/imports/:id answers the same on both", async () => {
    const { sqlite: a, postgres: b } = await onEach(`/api/v1/imports/${batchId}`, getImport as unknown as Handler, { id: String(batchId) });
    expect(b).toEqual(a);
  });

  it("top content walked down a KPI's index ranks as SQLite's walk does (the hint is SQLite's only)", async () => {
    const params = { workspaceId: workspace.id, gte: new Date("2026-01-01T00:00:00Z"), lt: new Date("2026-11-23T00:00:00Z"), sort: "ctr" as const, dir: "desc" as const, limit: 20 };
    const [a, b] = [await getTopContentItems(sqlite.db, params, 0), await getTopContentItems(postgres, params, 0)];
    expect(a.ids).toHaveLength(20);
    expect(b).toEqual(a);
  });

  it("the executive summary is the same on both", async () => {
    const read = async (db: Db) => getExecutiveSummary(db, await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } }), { kind: "quarter", at: null, now: new Date(`${END_DAY}T12:00:00Z`) });
    expect(await read(postgres)).toEqual(await read(sqlite.db));
  });
});

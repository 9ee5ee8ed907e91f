// DailyRollup and the accounts' day spans stay equal to a recomputation from
// the daily rows after every kind of write (demo load, CSV import, re-import,
// an import that changes rows, the metrics API, undo), and the dashboards read
// from the rollups give the same answers as the same questions read from the
// rows (a filter naming every account takes the row path).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData } from "@/lib/demo/generate-demo-data";
import { loadDemoData } from "@/lib/demo/load-demo-data";
import { commitImport } from "@/lib/ingest/pipeline";
import { importMetricRows } from "@/lib/ingest/metric-rows";
import { undoImport } from "@/lib/ingest/undo";
import { DAILY_CHUNK } from "@/lib/ingest/write-daily-metrics";
import { getWorkspaceBySlug, type Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { getKpiReport } from "@/lib/services/kpi-report";
import { getWeeklyReport } from "@/lib/services/weekly-report";
import { canonicalCsv, encode, sampleRow, type CanonicalCells } from "../helpers/import-fixtures";
import { rollupProblems } from "../helpers/rollup-check";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
let demo: Workspace;
let ws: Workspace;
const NOW = new Date("2026-11-25T04:00:00Z");

beforeAll(async () => {
  t = await createTempDatabase();
  await loadDemoData(t.db, generateDemoData({ endDay: "2026-11-22" }));
  demo = (await getWorkspaceBySlug(t.db, "demo"))!;
  ws = await t.db.workspace.create({ data: { slug: "rollups", name: "Rollups" } });
});
afterAll(async () => {
  await t.cleanup();
});

const rows = (accounts: number, days: number, first = 0, platform = "douyin"): CanonicalCells[] =>
  Array.from({ length: accounts }, (_, a) => Array.from({ length: days }, (_, d) => sampleRow(a, first + d, platform))).flat();
const commit = (cells: CanonicalCells[], name: string) => commitImport(t.db, ws, { bytes: encode(canonicalCsv(cells)), fileName: name, createdBy: "test" });

describe("rollups follow every write", () => {
  it("after the demo load", () => {
    expect(rollupProblems(t.file)).toEqual([]);
  });

  it("after imports, a re-import, a changed row, the metrics API and undo", async () => {
    const first = await commit(rows(3, 40), "a.csv");
    expect(first.ok).toBe(true);
    expect(rollupProblems(t.file)).toEqual([]);

    expect((await commit(rows(3, 40), "a-again.csv")).ok).toBe(true);
    expect(rollupProblems(t.file)).toEqual([]);

    // Days 30..50 for accounts 0..1 on another platform, and a changed value on an existing day.
    const changed = rows(2, 21, 30, "tiktok");
    const edited = { ...sampleRow(1, 5), clicks: 7, reach: null };
    const second = await commit([...changed, edited], "b.csv");
    expect(second.ok).toBe(true);
    expect(rollupProblems(t.file)).toEqual([]);

    const api = await importMetricRows(t.db, ws, { rows: [{ date: "2026-03-01", platform: "weibo", account: "api_1", impressions: 500, clicks: 12, followers: 40 }] });
    expect(api.ok).toBe(true);
    expect(rollupProblems(t.file)).toEqual([]);

    if (!api.ok || api.batchId === null || !second.ok) throw new Error("imports failed");
    expect(await undoImport(t.db, ws, api.batchId)).toMatchObject({ ok: true });
    expect(await undoImport(t.db, ws, second.batchId)).toMatchObject({ ok: true });
    expect(rollupProblems(t.file)).toEqual([]);
    const left = await t.db.dailyRollup.count({ where: { workspaceId: ws.id, platformKey: { in: ["tiktok", "weibo"] } } });
    expect(left).toBe(0);
  });

  it("when a later chunk of the same import changes a day whose new rows are still buffered", async () => {
    // Chunk 1 inserts a new account's rows (their rollups wait in the buffer);
    // the file's last row changes a stored row of one of those days, which
    // rebuilds that day from the rows: the buffered part must not count twice.
    const fresh = rows(1, DAILY_CHUNK + 50, 0, "bilibili");
    const edited = { ...sampleRow(0, 12), clicks: 3 };
    const result = await commit([...fresh, edited], "late-edit.csv");
    expect(result.ok && result.counts).toMatchObject({ inserted: DAILY_CHUNK + 50, updated: 1 });
    expect(rollupProblems(t.file)).toEqual([]);
  });
});

describe("reading from the rollups gives the answers of the rows", () => {
  async function allAccounts(workspace: Workspace): Promise<number[]> {
    return (await t.db.account.findMany({ where: { workspaceId: workspace.id }, select: { id: true } })).map((a) => a.id);
  }

  it("the weekly report of the demo, this week and one in the past", async () => {
    const accountIds = await allAccounts(demo);
    for (const week of [undefined, "2026-W40"]) {
      const fromRollups = await getWeeklyReport(t.db, demo, { week, filter: {}, now: NOW });
      const fromRows = await getWeeklyReport(t.db, demo, { week, filter: { accountIds }, now: NOW });
      expect(fromRollups.platforms.length).toBeGreaterThan(5);
      expect(fromRollups).toEqual(fromRows);
    }
  });

  it("the KPI report by day, week and month, with platform series and a comparison", async () => {
    const accountIds = await allAccounts(demo);
    for (const granularity of ["day", "week", "month"] as const) {
      const params = { period: { start: "2026-06-01", end: "2026-11-22" }, granularity, compare: true, platformSeries: true, now: NOW };
      const fromRollups = await getKpiReport(t.db, demo, { ...params, filter: {} });
      const fromRows = await getKpiReport(t.db, demo, { ...params, filter: { accountIds } });
      expect(fromRollups.kpis.ctr).not.toBeNull();
      // The row path's answer echoes the account filter it was asked with.
      expect(fromRollups).toEqual({ ...fromRows, filter: fromRollups.filter });
    }
  });

  it("stale accounts of a dense platform whose data stopped, from the spans, as the rows count them", async () => {
    const accountIds = await allAccounts(ws);
    // Douyin's three accounts report every day from 2026-01-01 to 02-09; the week of Feb 16 has none.
    const fromRollups = await getWeeklyReport(t.db, ws, { week: "2026-W08", filter: {}, now: NOW });
    const fromRows = await getWeeklyReport(t.db, ws, { week: "2026-W08", filter: { accountIds }, now: NOW });
    expect(fromRollups.platforms.find((p) => p.platformKey === "douyin")?.staleAccounts).toBe(3);
    expect(fromRollups).toEqual(fromRows);
  });

  it("a workspace with gaps and accounts that start late (the row path for followers)", async () => {
    const accountIds = await allAccounts(ws);
    const params = { period: { start: "2026-01-01", end: "2026-03-10" }, granularity: "week" as const, compare: true, platformSeries: true, now: NOW };
    const fromRollups = await getKpiReport(t.db, ws, { ...params, filter: {} });
    const fromRows = await getKpiReport(t.db, ws, { ...params, filter: { accountIds } });
    expect(fromRollups.kpis.ctr).not.toBeNull();
    expect(fromRollups).toEqual({ ...fromRows, filter: fromRollups.filter });
  });
});

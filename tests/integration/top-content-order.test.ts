// The top-content table is ranked in SQL (lib/queries/getTopContentItems.ts);
// on the demo's posts its order must be the order rankByValue gives the same
// posts' KPIs computed in JavaScript, for every KPI and both directions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData } from "@/lib/demo/generate-demo-data";
import { loadDemoData } from "@/lib/demo/load-demo-data";
import { rankByValue } from "@/lib/metrics/content-ranking";
import { contentSummary, sumsOfRows } from "@/lib/metrics/content-test";
import { getWorkspaceBySlug, type Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { CONTENT_SORT_KEYS } from "@/lib/schemas/api/content-items";
import { getTopContent } from "@/lib/services/top-content";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
let demo: Workspace;

beforeAll(async () => {
  t = await createTempDatabase();
  await loadDemoData(t.db, generateDemoData({ endDay: "2026-11-22" }));
  demo = (await getWorkspaceBySlug(t.db, "demo"))!;
});
afterAll(async () => {
  await t.cleanup();
});

describe("top content ranked in SQL", () => {
  it("orders like rankByValue over every post of the range, for each KPI both ways, and counts them all", async () => {
    const range = { from: "2026-09-01", to: "2026-11-22" };
    const posts = await t.db.contentItem.findMany({
      where: { workspaceId: demo.id, publishedAt: { gte: new Date("2026-08-31T16:00:00Z"), lt: new Date("2026-11-22T16:00:00Z") } },
    });
    expect(posts.length).toBeGreaterThan(50);
    const kpis = posts.map((p) => ({ id: p.id, ...contentSummary(1, sumsOfRows([{ ...p, watchSeconds: p.watchSeconds === null ? null : Number(p.watchSeconds) }])) }));
    for (const sort of CONTENT_SORT_KEYS) {
      for (const dir of ["desc", "asc"] as const) {
        const expected = rankByValue(kpis, (k) => k[sort], dir).slice(0, 40).map((k) => k.id);
        const top = await getTopContent(t.db, demo, { ...range, sort, dir, limit: 40 });
        expect(top.total).toBe(posts.length);
        expect(top.items.map((i) => i.id), `${sort} ${dir}`).toEqual(expected);
      }
    }
  });

  it("filters by platform and origin before ranking", async () => {
    const range = { from: "2026-09-01", to: "2026-11-22" };
    const posts = await t.db.contentItem.findMany({
      where: {
        workspaceId: demo.id,
        origin: "ai_generated",
        account: { platformKey: { in: ["douyin", "xiaohongshu"] } },
        publishedAt: { gte: new Date("2026-08-31T16:00:00Z"), lt: new Date("2026-11-22T16:00:00Z") },
      },
    });
    expect(posts.length).toBeGreaterThan(5);
    const kpis = posts.map((p) => ({ id: p.id, ...contentSummary(1, sumsOfRows([{ ...p, watchSeconds: p.watchSeconds === null ? null : Number(p.watchSeconds) }])) }));
    const top = await getTopContent(t.db, demo, { ...range, platforms: ["douyin", "xiaohongshu"], origin: "ai_generated", sort: "ctr", dir: "desc", limit: 10 });
    expect(top.total).toBe(posts.length);
    expect(top.items.map((i) => i.id)).toEqual(rankByValue(kpis, (k) => k.ctr, "desc").slice(0, 10).map((k) => k.id));
  });
});

// The top-content table is ranked in SQL (lib/queries/getTopContentItems.ts)
// by each post's stored KPIs; on the demo's posts its order must be the order
// rankByValue gives the same posts' KPIs computed in JavaScript, for every KPI
// and both directions, and the stored KPIs must follow every write of a
// post's measures (bulk load, import insert and update, undo).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData } from "@/lib/demo/generate-demo-data";
import { loadDemoData } from "@/lib/demo/load-demo-data";
import { rankByValue } from "@/lib/metrics/content-ranking";
import { contentSummary, sumsOfRows } from "@/lib/metrics/content-test";
import { getWorkspaceBySlug, type Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { CONTENT_SORT_KEYS } from "@/lib/schemas/api/content-items";
import { getTopContent } from "@/lib/services/top-content";
import { getTopContentItems } from "@/lib/queries/getTopContentItems";
import { undoImport } from "@/lib/ingest/undo";
import type { ContentRecord } from "@/lib/ingest/types";
import { applyContentChunk } from "@/lib/ingest/write-content-items";
import { AccountBook } from "@/lib/ingest/write-daily-metrics";
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

/** Posts whose stored KPIs differ from contentSummary's for their stored measures (ids and what differs). */
async function storedKpiProblems(workspaceId: number): Promise<string[]> {
  const posts = await t.db.contentItem.findMany({ where: { workspaceId } });
  const problems: string[] = [];
  for (const p of posts) {
    const js = contentSummary(1, sumsOfRows([{ ...p, watchSeconds: p.watchSeconds === null ? null : Number(p.watchSeconds) }]));
    for (const key of ["ctr", "interactionRate", "avgDwell"] as const) {
      const stored = p[key];
      const ok = js[key] === null ? stored === null : stored !== null && Math.abs(stored - js[key]) <= 1e-12 * Math.abs(js[key]);
      if (!ok) problems.push(`post ${p.id} ${key}: stored ${stored}, measures give ${js[key]}`);
    }
  }
  return problems;
}

describe("stored per-post KPIs", () => {
  it("equal the JavaScript definition after the demo load", async () => {
    expect(await t.db.contentItem.count({ where: { workspaceId: demo.id, ctr: { not: null } } })).toBeGreaterThan(50);
    expect(await storedKpiProblems(demo.id)).toEqual([]);
  });

  it("follow an import's inserts and updates, and an undo", async () => {
    const ws = await t.db.workspace.create({ data: { slug: "posts", name: "Posts" } });
    const post = (n: number, measures: ContentRecord["measures"]): ContentRecord => ({
      line: n + 2, platformKey: "douyin", account: "brand", externalId: `p${n}`, title: `Post ${n}`,
      publishedAt: new Date(Date.UTC(2026, 9, 1 + n)), format: "short_video", origin: "human", measures,
    });
    const first = [
      post(1, { impressions: 1000, clicks: 37, likes: 20, comments: null, views: 800, watchSeconds: 4000 }),
      post(2, { impressions: 0, clicks: 0, likes: 3, views: 0, watchSeconds: 0 }),
      post(3, { impressions: 500, clicks: null, likes: null, comments: null, shares: null, saves: null, views: 90 }),
    ];
    const write = async (records: ContentRecord[]) => {
      const batch = await t.db.importBatch.create({ data: { workspaceId: ws.id, fileName: "posts.csv", contentHash: "", preset: "test", kind: "content", source: "file", status: "committed" } });
      await t.db.$transaction(async (tx) => {
        const book = await AccountBook.load(tx, ws.id, "CNY");
        await applyContentChunk(tx, { workspaceId: ws.id, book, records, write: true, batchId: batch.id });
      });
      return batch.id;
    };
    await write(first);
    expect(await storedKpiProblems(ws.id)).toEqual([]);
    const second = await write([post(1, { clicks: 90, saves: 4 }), post(3, { likes: 7, impressions: 250 })]);
    const updated = await t.db.contentItem.findFirstOrThrow({ where: { workspaceId: ws.id, externalId: "p1" } });
    expect(updated.ctr).toBeCloseTo(90 / 1000, 12);
    expect(await storedKpiProblems(ws.id)).toEqual([]);
    expect(await undoImport(t.db, await t.db.workspace.findUniqueOrThrow({ where: { id: ws.id } }), second)).toMatchObject({ ok: true, restored: 2 });
    const restored = await t.db.contentItem.findFirstOrThrow({ where: { workspaceId: ws.id, externalId: "p1" } });
    expect(restored.ctr).toBeCloseTo(37 / 1000, 12);
    expect(await storedKpiProblems(ws.id)).toEqual([]);
  });
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

  it("walks each key's own index from the top when the range holds many posts, in the same order, to the posts without the KPI", async () => {
    const gte = new Date("2026-08-31T16:00:00Z");
    const lt = new Date("2026-11-22T16:00:00Z");
    const inRange = await t.db.contentItem.findMany({ where: { workspaceId: demo.id, publishedAt: { gte, lt } }, include: { account: true } });
    const cases = [
      { name: "all", platforms: undefined, origin: undefined, keep: () => true },
      { name: "douyin+xiaohongshu, ai", platforms: ["douyin", "xiaohongshu"] as const, origin: "ai_generated" as const, keep: (p: (typeof inRange)[number]) => ["douyin", "xiaohongshu"].includes(p.account.platformKey) && p.origin === "ai_generated" },
    ];
    for (const c of cases) {
      const posts = inRange.filter(c.keep);
      expect(posts.length).toBeGreaterThan(5);
      const kpis = posts.map((p) => ({ id: p.id, ...contentSummary(1, sumsOfRows([{ ...p, watchSeconds: p.watchSeconds === null ? null : Number(p.watchSeconds) }])) }));
      for (const sort of CONTENT_SORT_KEYS) {
        // Beyond the last post: the walk must reach the posts without the KPI, and stop at the range's end.
        for (const limit of [10, posts.length + 5]) {
          const walked = await getTopContentItems(t.db, { workspaceId: demo.id, gte, lt, platforms: c.platforms, origin: c.origin, sort, dir: "desc", limit }, 0);
          expect(walked.total).toBe(posts.length);
          expect(walked.ids, `${c.name} ${sort} ${limit}`).toEqual(rankByValue(kpis, (k) => k[sort], "desc").slice(0, limit).map((k) => k.id));
        }
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

// GET /api/v1/content/tests[/id] and /api/v1/content/origins on a real
// SQLite file, against figures worked out by hand from the items below.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOrigins } from "@/app/api/v1/content/origins/route";
import { GET as getTest } from "@/app/api/v1/content/tests/[id]/route";
import { GET as listTests } from "@/app/api/v1/content/tests/route";
import { ContentOriginsResponse } from "@/lib/schemas/api/content-origins";
import { ContentTestListResponse, ContentTestResponse } from "@/lib/schemas/api/content-tests";
import { badFields, callRoute, csvOf, signInAs } from "../helpers/route-call";
import { signedInMember } from "../helpers/auth";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";
import { updateContentItemKpis } from "@/lib/queries/updateContentItemKpis";

let t: TempDatabase;
let groupId = 0;

/** Pooled two-proportion z, written out independently of lib/metrics/stats. */
function z(x1: number, n1: number, x2: number, n2: number): number {
  const p = (x1 + x2) / (n1 + n2);
  return (x1 / n1 - x2 / n2) / Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
}

beforeAll(async () => {
  t = await createTempDatabase();
  process.env.DATABASE_URL = t.url;
  const ws = await t.db.workspace.create({ data: { slug: "demo", name: "Test brand" } });
  const other = await t.db.workspace.create({ data: { slug: "other", name: "Someone else" } });
  signInAs(await signedInMember(t.db, ws, "analyst"));
  const account = (workspaceId: number, platformKey: string, handle: string) =>
    t.db.account.create({ data: { workspaceId, platformKey, handle, displayName: handle, industry: "consumer_goods" } });
  const [dy, xhs, otherDy] = await Promise.all([account(ws.id, "douyin", "d"), account(ws.id, "xiaohongshu", "x"), account(other.id, "douyin", "o")]);
  const hook = await t.db.contentTestGroup.create({
    data: { workspaceId: ws.id, key: "hook-test", name: "Hook A/B", controlVariant: "a", startDay: "2026-11-02", endDay: null },
  });
  groupId = hook.id;
  const small = await t.db.contentTestGroup.create({
    data: { workspaceId: ws.id, key: "small", name: "Small", hypothesis: "co-created wins", controlVariant: "human", startDay: "2026-10-05", endDay: "2026-10-18" },
  });
  await t.db.contentTestGroup.create({ data: { workspaceId: other.id, key: "hook-test", name: "Not ours", controlVariant: "a", startDay: "2026-11-02" } });

  let n = 0;
  const item = (accountId: number, workspaceId: number, publishedAt: string, origin: string, m: Record<string, number | null>, test?: { testGroupId: number; variant: string }) => ({
    workspaceId,
    accountId,
    externalId: String((n += 1)),
    publishedAt: new Date(publishedAt),
    format: "short_video",
    origin,
    ...(test ?? {}),
    ...m,
    watchSeconds: m.watchSeconds === null || m.watchSeconds === undefined ? null : BigInt(m.watchSeconds),
  });
  const social = (likes: number, comments: number, shares: number, saves: number) => ({ likes, comments, shares, saves });
  await t.db.contentItem.createMany({
    data: [
      // the hook test (published before the origin range)
      item(dy.id, ws.id, "2026-11-03T04:00:00Z", "human", { impressions: 1000, clicks: 50, ...social(10, 0, 0, 0), views: 800, watchSeconds: 6400 }, { testGroupId: hook.id, variant: "a" }),
      item(dy.id, ws.id, "2026-11-04T04:00:00Z", "human", { impressions: 3000, clicks: 100, ...social(20, 0, 0, 0), views: 2000, watchSeconds: 18_000 }, { testGroupId: hook.id, variant: "a" }),
      item(dy.id, ws.id, "2026-11-05T04:00:00Z", "human", { impressions: 4000, clicks: 240, ...social(40, 10, 0, 0), views: 3000, watchSeconds: 21_000 }, { testGroupId: hook.id, variant: "b" }),
      item(xhs.id, ws.id, "2026-10-06T04:00:00Z", "human", { impressions: 500, clicks: 10 }, { testGroupId: small.id, variant: "human" }),
      item(xhs.id, ws.id, "2026-10-07T04:00:00Z", "co_created", { impressions: 500, clicks: 20 }, { testGroupId: small.id, variant: "co_created" }),
      // everyday content around the week of Nov 16–22 (Shanghai, UTC+8)
      item(dy.id, ws.id, "2026-11-15T16:30:00Z", "ai_generated", { impressions: 2000, clicks: 60, ...social(30, 5, 5, 0), views: 1500, watchSeconds: 9000 }), // Nov 16 00:30
      item(xhs.id, ws.id, "2026-11-20T02:00:00Z", "ai_generated", { impressions: 1000, clicks: 20, ...social(50, 10, 0, 40), views: 600, watchSeconds: null }),
      item(dy.id, ws.id, "2026-11-22T15:59:00Z", "human", { impressions: 3000, clicks: 90, ...social(60, 0, 0, 0), views: 2500, watchSeconds: 20_000 }), // Nov 22 23:59
      item(dy.id, ws.id, "2026-11-15T15:59:00Z", "human", { impressions: 99_999, clicks: 9999 }), // Nov 15 23:59: outside
      item(dy.id, ws.id, "2026-11-22T16:00:00Z", "co_created", { impressions: 88_888, clicks: 8888 }), // Nov 23 00:00: outside
      item(xhs.id, ws.id, "2026-11-18T04:00:00Z", "co_created", { impressions: 1000, clicks: null, ...social(80, 20, 10, 90), views: 900, watchSeconds: null }),
      item(otherDy.id, other.id, "2026-11-18T04:00:00Z", "ai_generated", { impressions: 77_777, clicks: 7777 }),
    ],
  });
  // Written by hand, so the posts' stored KPIs are derived here as every writer derives them.
  for (const workspaceId of [ws.id, other.id]) await updateContentItemKpis(t.db, { workspaceId });
});
afterAll(() => t.cleanup());

describe("GET /api/v1/content/tests", () => {
  it("lists the workspace's test groups, newest first", async () => {
    const body = ContentTestListResponse.parse(await (await callRoute(listTests, "/api/v1/content/tests")).json());
    expect(body.tests.map((g) => [g.key, g.running, g.items])).toEqual([
      ["hook-test", true, 3],
      ["small", false, 2],
    ]);
  });

  it("exports the list as CSV", async () => {
    const { bom, lines } = await csvOf(await callRoute(listTests, "/api/v1/content/tests?format=csv"));
    expect(bom).toBe(true);
    expect(lines[0]).toBe("id,key,name,control_variant,start_day,end_day,running,items");
    expect(lines).toHaveLength(3);
  });
});

describe("GET /api/v1/content/tests/[id]", () => {
  it("compares each variant with the control and names a significant winner", async () => {
    const res = await callRoute(getTest, "/api/v1/content/tests/hook-test", { id: "hook-test" });
    expect(res.status).toBe(200);
    const body = ContentTestResponse.parse(await res.json());
    expect(body.platforms).toEqual(["douyin"]);
    const [a, b] = body.variants;
    expect(a).toMatchObject({ variant: "a", isControl: true, items: 2, impressions: 4000, clicks: 150, interactions: 30, vsControl: null });
    expect(a?.ctr).toBeCloseTo(150 / 4000, 12);
    // dwell 24,400 s / 2,800 views = 8.7 s against Douyin's 8 s
    expect(a?.avgDwell).toBeCloseTo(24_400 / 2800, 12);
    expect(a?.dwell).toEqual({ benchmark: { key: "douyin_hot_content_dwell", value: 8, page: 6 }, status: "above" });
    expect(b).toMatchObject({ variant: "b", isControl: false, impressions: 4000, clicks: 240, interactions: 50 });
    // 7.0 s is below 90% of 8 s
    expect(b?.avgDwell).toBeCloseTo(7, 12);
    expect(b?.dwell?.status).toBe("below");
    expect(b?.vsControl?.ctrDiffPp).toBeCloseTo(2.25, 10);
    expect(b?.vsControl?.test?.z).toBeCloseTo(z(240, 4000, 150, 4000), 10);
    expect(b?.vsControl?.test?.significance).toBe("significant");
    expect(b?.vsControl?.probabilityToBeatControl).toBeGreaterThan(0.999);
    expect(body).toMatchObject({ winner: "b", reason: "significant_winner" });
    // 2.25 pp ± 0.94 pp; a's CTR 3.75% within its Wilson interval 3.20%–4.38%
    expect(b?.vsControl?.ctrDiffIntervalPp?.low).toBeCloseTo(1.30752, 4);
    expect(a?.ctrInterval?.low).toBeCloseTo(0.0320423, 6);
    expect(a?.ctrInterval?.high).toBeCloseTo(0.0438452, 6);
    // a 10% lift on 3.75% needs 42,222 impressions an arm; each arm has 4,000
    expect(body.verdict).toEqual({ verdict: "winner", winner: "b", minDetectableLift: 0.1, impressionsPerArm: 42_222, impressionsStillNeeded: 2 * 38_222 });
  });

  it("finds a test by numeric id and guards small samples", async () => {
    const body = ContentTestResponse.parse(await (await callRoute(getTest, `/api/v1/content/tests/${groupId}`, { id: String(groupId) })).json());
    expect(body.test.key).toBe("hook-test");
    const small = ContentTestResponse.parse(await (await callRoute(getTest, "/api/v1/content/tests/small", { id: "small" })).json());
    expect(small.test).toMatchObject({ running: false, hypothesis: "co-created wins" });
    expect(small.variants.map((v) => v.variant)).toEqual(["human", "co_created"]);
    // 10 and 20 clicks: fewer than 30 events on a side
    expect(small.variants[1]?.vsControl?.test?.significance).toBe("too_little_data");
    expect(small.variants[1]?.dwell).toBeNull(); // no dwell figure for Xiaohongshu
    expect(small).toMatchObject({ winner: null, reason: "too_little_data" });
    expect(small.verdict).toMatchObject({ verdict: "not_enough_data", winner: null });
  });

  it("exports the variants as CSV", async () => {
    const { bom, lines } = await csvOf(await callRoute(getTest, "/api/v1/content/tests/hook-test?format=csv", { id: "hook-test" }));
    expect(bom).toBe(true);
    expect(lines[0]?.split(",")).toContain("probability_to_beat_control");
    expect(lines[1]?.startsWith("a,true,2,4000,150,30,2800,24400,0.0375,")).toBe(true);
    expect(lines[2]?.endsWith(",true")).toBe(true); // b is the winner
  });

  it("answers 404 for an unknown test and 400 for a bad format", async () => {
    expect((await callRoute(getTest, "/api/v1/content/tests/nope", { id: "nope" })).status).toBe(404);
    const res = await callRoute(getTest, "/api/v1/content/tests/hook-test?format=xlsx", { id: "hook-test" });
    expect(res.status).toBe(400);
    expect(await badFields(res)).toEqual(["format"]);
  });
});

describe("GET /api/v1/content/origins", () => {
  it("splits content published on the workspace's days by origin", async () => {
    const res = await callRoute(getOrigins, "/api/v1/content/origins?from=2026-11-16&to=2026-11-22");
    expect(res.status).toBe(200);
    const body = ContentOriginsResponse.parse(await res.json());
    expect(body.timeZone).toBe("Asia/Shanghai");
    const [ai, human, co] = body.origins;
    // AI: 2 items, 3000 impressions, 80 clicks, interactions 40 + 100; watch time known on one item only
    expect(ai).toMatchObject({ origin: "ai_generated", items: 2, impressions: 3000, clicks: 80, interactions: 140, views: 2100, watchSeconds: 9000 });
    expect(ai?.ctr).toBeCloseTo(80 / 3000, 12);
    expect(ai?.interactionRate).toBeCloseTo(140 / 3000, 12);
    expect(ai?.avgDwell).toBeCloseTo(9000 / 1500, 12);
    expect(human).toMatchObject({ origin: "human", items: 1, impressions: 3000, clicks: 90 });
    expect(human?.ctr).toBeCloseTo(0.03, 12);
    expect(human?.avgDwell).toBeCloseTo(8, 12);
    // every origin's dwell is read against Douyin's 8 s: AI's 6 s is below, human's 8 s meets it
    expect(body.dwellBenchmark).toEqual({ key: "douyin_hot_content_dwell", value: 8, page: 6 });
    expect(ai?.dwell?.status).toBe("below");
    expect(human?.dwell?.status).toBe("above");
    // co-created: clicks unknown, so no CTR; no watch time, so no dwell
    expect(co).toMatchObject({ origin: "co_created", items: 1, impressions: 1000, clicks: null, ctr: null, avgDwell: null, watchSeconds: null });
    expect(co?.interactionRate).toBeCloseTo(200 / 1000, 12);
    expect(body.total).toMatchObject({ items: 4, impressions: 7000, clicks: 170, interactions: 400 });
    expect(body.total.ctr).toBeCloseTo(170 / 6000, 12);
    expect(body.total.avgDwell).toBeCloseTo(29_000 / 4000, 12);
  });

  it("filters by platform and lists every origin even without items", async () => {
    const body = ContentOriginsResponse.parse(await (await callRoute(getOrigins, "/api/v1/content/origins?from=2026-11-16&to=2026-11-22&platform=xiaohongshu")).json());
    expect(body.platforms).toEqual(["xiaohongshu"]);
    expect(body.origins.map((o) => [o.origin, o.items, o.impressions])).toEqual([
      ["ai_generated", 1, 1000],
      ["human", 0, null],
      ["co_created", 1, 1000],
    ]);
    expect(body.origins[1]?.ctr).toBeNull();
  });

  it("exports CSV and answers 400 naming the field", async () => {
    const { bom, lines } = await csvOf(await callRoute(getOrigins, "/api/v1/content/origins?from=2026-11-16&to=2026-11-22&format=csv"));
    expect(bom).toBe(true);
    expect(lines.map((l) => l.split(",")[0])).toEqual(["origin", "ai_generated", "human", "co_created", "total"]);
    const cases: [string, string][] = [
      ["to=2026-11-22", "from"],
      ["from=2026-11-23&to=2026-11-22", "from"],
      ["from=2026-11-16&to=2026-11-31", "to"],
      ["from=2026-11-16&to=2026-11-22&platform=wechat", "platform"],
    ];
    for (const [query, field] of cases) {
      const res = await callRoute(getOrigins, `/api/v1/content/origins?${query}`);
      expect(res.status, query).toBe(400);
      expect(await badFields(res), query).toEqual([field]);
    }
  });
});

describe("GET /api/v1/content/items", () => {
  it("ranks the posts of the range by the chosen KPI, those without it last, and exports CSV", async () => {
    const { GET: getItems } = await import("@/app/api/v1/content/items/route");
    const { ContentItemsResponse } = await import("@/lib/schemas/api/content-items");
    const byCtr = ContentItemsResponse.parse(await (await callRoute(getItems, "/api/v1/content/items?from=2026-11-16&to=2026-11-22&sort=ctr")).json());
    // 60/2000 = 3.0%, 90/3000 = 3.0% (tie: lower id first), 20/1000 = 2.0%, co-created without clicks last
    expect(byCtr.total).toBe(4);
    expect(byCtr.items.map((i) => [i.origin, i.ctr])).toEqual([
      ["ai_generated", 0.03],
      ["human", 0.03],
      ["ai_generated", 0.02],
      ["co_created", null],
    ]);
    expect(byCtr.items[0]?.publishedDay).toBe("2026-11-16");
    const asc = ContentItemsResponse.parse(await (await callRoute(getItems, "/api/v1/content/items?from=2026-11-16&to=2026-11-22&sort=ctr&dir=asc&limit=2")).json());
    expect(asc.items.map((i) => i.ctr)).toEqual([0.02, 0.03]);
    const { lines } = await csvOf(await callRoute(getItems, "/api/v1/content/items?from=2026-11-16&to=2026-11-22&format=csv"));
    expect(lines).toHaveLength(5);
    const bad = await callRoute(getItems, "/api/v1/content/items?from=2026-11-16&to=2026-11-22&sort=title");
    expect(bad.status).toBe(400);
    expect(await badFields(bad)).toEqual(["sort"]);
  });
});

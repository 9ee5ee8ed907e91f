// GET /api/v1/domains, /segments, /tiers and /ai-tools/scorecard on a real
// SQLite file, against figures worked out by hand from the rows below.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getScorecard } from "@/app/api/v1/ai-tools/scorecard/route";
import { GET as getDomains } from "@/app/api/v1/domains/route";
import { GET as getSegments } from "@/app/api/v1/segments/route";
import { GET as getTiers } from "@/app/api/v1/tiers/route";
import { AiScorecardResponse } from "@/lib/schemas/api/ai-scorecard";
import { DomainsResponse } from "@/lib/schemas/api/domains";
import { SegmentsResponse } from "@/lib/schemas/api/segments";
import { TiersResponse } from "@/lib/schemas/api/tiers";
import { badFields, callRoute, csvOf, signInAs } from "../helpers/route-call";
import { signedInMember } from "../helpers/auth";
import { createTempDatabase, type TempDatabase, addDailyMetrics } from "../helpers/temp-db";

let t: TempDatabase;
let workspaceId = 0;

beforeAll(async () => {
  t = await createTempDatabase();
  process.env.DATABASE_URL = t.url;
  const ws = await t.db.workspace.create({ data: { slug: "demo", name: "Test brand" } });
  workspaceId = ws.id;
  const other = await t.db.workspace.create({ data: { slug: "other", name: "Someone else" } });
  signInAs(await signedInMember(t.db, ws, "analyst"));
  const account = (wsId: number, platformKey: string, handle: string) =>
    t.db.account.create({ data: { workspaceId: wsId, platformKey, handle, displayName: handle, industry: "consumer_goods" } });
  const [d, w, p, x, o] = await Promise.all([
    account(ws.id, "douyin", "d"),
    account(ws.id, "weibo", "w"),
    account(ws.id, "wechat_private", "p"),
    account(ws.id, "xiaohongshu", "x"),
    account(other.id, "douyin", "o"),
  ]);
  const money = (spend: number, revenue: number | null, cost: number | null) => ({
    spendMinor: BigInt(spend),
    revenueMinor: revenue === null ? null : BigInt(revenue),
    costMinor: cost === null ? null : BigInt(cost),
  });
  const daily = (wsId: number, accountId: number, day: string, clicks: number, conversions: number, m: ReturnType<typeof money>) => ({
    workspaceId: wsId,
    accountId,
    day,
    clicks,
    conversions,
    ...m,
  });
  await addDailyMetrics(t.db, {
    data: [
      daily(ws.id, d.id, "2026-11-16", 1000, 30, money(100_000, 1_500_000, 1_350_000)),
      daily(ws.id, d.id, "2026-11-17", 500, 10, money(50_000, 500_000, null)), // cost not booked yet
      daily(ws.id, w.id, "2026-11-18", 200, 2, money(20_000, 100_000, 80_000)),
      daily(ws.id, p.id, "2026-11-19", 300, 30, money(10_000, 300_000, 200_000)),
      daily(ws.id, d.id, "2026-11-23", 9999, 999, money(1, 999_999_999, 0)), // outside the range
      daily(other.id, o.id, "2026-11-16", 9999, 999, money(1, 999_999_999, 0)), // another workspace
    ],
  });

  const segment = (accountId: number, day: string, seg: string, m: Record<string, number | null>) => ({
    workspaceId: ws.id,
    accountId,
    day,
    segment: seg,
    ...m,
    spendMinor: m.spendMinor === null || m.spendMinor === undefined ? null : BigInt(m.spendMinor),
    revenueMinor: m.revenueMinor === null || m.revenueMinor === undefined ? null : BigInt(m.revenueMinor),
  });
  const social = (likes: number | null, comments: number | null, shares: number | null, saves: number | null) => ({ likes, comments, shares, saves });
  await t.db.segmentDailyMetric.createMany({
    data: [
      segment(d.id, "2026-11-16", "age_18_25", { impressions: 10_000, clicks: 400, ...social(300, 50, 30, 20), conversions: 4, spendMinor: 20_000, revenueMinor: 100_000 }),
      segment(d.id, "2026-11-17", "age_18_25", { impressions: 5000, clicks: 150, ...social(null, null, null, null), conversions: 2, spendMinor: 10_000, revenueMinor: null }),
      segment(d.id, "2026-11-16", "age_35_45", { impressions: 6000, clicks: 180, ...social(60, 10, 5, 5), conversions: 9, spendMinor: 12_000, revenueMinor: 300_000 }),
      segment(x.id, "2026-11-18", "age_18_25", { impressions: 2000, clicks: 40, ...social(100, 0, 0, 100), conversions: 0, spendMinor: 0, revenueMinor: 0 }),
      segment(x.id, "2026-11-18", "gender_female", { impressions: 100, clicks: 1, ...social(1, 0, 0, 0), conversions: 0, spendMinor: 0, revenueMinor: 0 }),
      segment(x.id, "2026-11-18", "age_99", { impressions: 100, clicks: 1 }), // not a segment the product knows
      segment(d.id, "2026-11-24", "age_35_45", { impressions: 999_999, clicks: 99_999 }), // outside the range
    ],
  });

  const tier = (platformKey: string, weekStart: string, stage: string, members: number, valueMinor: number | null, contacts: number | null) => ({
    workspaceId: ws.id,
    platformKey,
    weekStart,
    stage,
    members,
    valueMinor: valueMinor === null ? null : BigInt(valueMinor),
    contacts,
  });
  await t.db.audienceTier.createMany({
    data: [
      tier("wechat_private", "2026-11-09", "new", 10, 1000, 30),
      tier("wechat_private", "2026-11-09", "active", 30, 6000, 60),
      tier("wechat_private", "2026-11-09", "loyal", 10, 5000, 10),
      tier("wechat_private", "2026-11-09", "dormant", 40, 400, null),
      tier("wechat_private", "2026-11-09", "churned", 10, 0, 5),
      tier("wechat_private", "2026-11-16", "new", 20, 2000, 80),
      tier("wechat_private", "2026-11-16", "active", 30, 6000, 90),
      tier("wechat_private", "2026-11-16", "loyal", 10, 4000, 20),
      tier("wechat_private", "2026-11-16", "dormant", 20, null, 10),
      tier("wechat_private", "2026-11-16", "churned", 20, 0, 20),
      tier("virtual", "2026-11-16", "active", 50, 5000, 50),
    ],
  });

  const tool = (key: string, scores: Record<string, number>, wsId = ws.id) =>
    t.db.aiTool.create({
      data: { workspaceId: wsId, key, name: key.toUpperCase(), category: "copywriting", scores: { create: Object.entries(scores).map(([criterion, score]) => ({ criterion, score })) } },
    });
  await tool("copy", { output_quality: 4, cost: 5, speed: 5, brand_safety: 3, homogenisation_risk: 2 });
  await tool("copy2", { output_quality: 4, cost: 5, speed: 5, brand_safety: 3, homogenisation_risk: 2 });
  await tool("image", { output_quality: 5, cost: 4, speed: 4, brand_safety: 4, homogenisation_risk: 3 });
  await tool("video", { output_quality: 3, cost: 2 });
  await tool("unscored", {});
  await tool("theirs", { output_quality: 5 }, other.id);
  await t.db.aiScorecardWeight.create({ data: { workspaceId: other.id, criterion: "cost", weight: 1 } });
});
afterAll(() => t.cleanup());

describe("GET /api/v1/domains", () => {
  it("compares public and private conversion, margin and ROI with the report's figures", async () => {
    const res = await callRoute(getDomains, "/api/v1/domains?from=2026-11-16&to=2026-11-22");
    expect(res.status).toBe(200);
    const body = DomainsResponse.parse(await res.json());
    const [pub, priv] = body.domains;
    expect(pub).toMatchObject({
      domain: "public",
      platforms: ["douyin", "weibo"],
      accounts: 2,
      spendMinor: 170_000,
      revenueMinor: 2_100_000,
      costMinor: 1_430_000,
      clicks: 1700,
      conversions: 42,
    });
    expect(pub?.conversionRate).toBeCloseTo(42 / 1700, 12);
    expect(pub?.roi).toBeCloseTo(2_100_000 / 170_000, 12);
    // margin over rows that know cost: (1,500,000 + 100,000 − 1,350,000 − 80,000) / 1,600,000 = 10.6%
    expect(pub?.profitMargin).toBeCloseTo(170_000 / 1_600_000, 12);
    // 10.6% < 0.9 × 12%: below; 1:12.4 < 0.9 × 18: below
    expect(pub?.benchmarks.profitMargin).toEqual({ benchmark: { key: "delivery_channel_profit_margin", value: 0.12, page: 13 }, status: "below" });
    expect(pub?.benchmarks.roi).toEqual({ benchmark: { key: "multi_platform_linkage_roi", value: 18, page: 14 }, status: "below" });
    expect(priv).toMatchObject({ domain: "private", platforms: ["wechat_private"], accounts: 1 });
    expect(priv?.conversionRate).toBeCloseTo(0.1, 12);
    expect(priv?.roi).toBeCloseTo(30, 12);
    expect(priv?.profitMargin).toBeCloseTo(1 / 3, 12);
    expect(priv?.benchmarks.profitMargin).toMatchObject({ benchmark: { key: "private_domain_profit_margin", value: 0.28 }, status: "above" });
    expect(priv?.benchmarks.roi?.status).toBe("above");
    expect(body.platforms.map((p) => [p.platformKey, p.domain])).toEqual([
      ["douyin", "public"],
      ["wechat_private", "private"],
      ["weibo", "public"],
    ]);
    // Douyin alone: cost known on Nov 16 only
    expect(body.platforms[0]?.profitMargin).toBeCloseTo(0.1, 12);
  });

  it("gives null figures for a domain without rows, exports CSV and rejects bad ranges", async () => {
    const empty = DomainsResponse.parse(await (await callRoute(getDomains, "/api/v1/domains?from=2025-01-01&to=2025-01-31")).json());
    expect(empty.domains.map((d) => [d.domain, d.roi, d.profitMargin, d.benchmarks.roi?.status ?? null])).toEqual([
      ["public", null, null, null],
      ["private", null, null, null],
    ]);
    const { bom, lines } = await csvOf(await callRoute(getDomains, "/api/v1/domains?from=2026-11-16&to=2026-11-22&format=csv"));
    expect(bom).toBe(true);
    expect(lines[0]?.startsWith("domain,platforms,accounts,spend_minor,revenue_minor,cost_minor")).toBe(true);
    expect(lines[2]?.startsWith("private,wechat_private,1,10000,300000,200000,300,30,0.1,")).toBe(true);
    for (const [query, field] of [
      ["from=2026-11-22&to=2026-11-16", "from"],
      ["from=2026-11-16", "to"],
      ["from=16.11.2026&to=2026-11-22", "from"],
    ] as const) {
      const res = await callRoute(getDomains, `/api/v1/domains?${query}`);
      expect(res.status, query).toBe(400);
      expect(await badFields(res), query).toEqual([field]);
    }
  });
});

describe("GET /api/v1/segments", () => {
  it("gives CTR, interaction rate, conversion rate and ROI per segment, overall and per platform", async () => {
    const res = await callRoute(getSegments, "/api/v1/segments?from=2026-11-16&to=2026-11-22");
    expect(res.status).toBe(200);
    const body = SegmentsResponse.parse(await res.json());
    expect(body.segments.map((s) => [s.segment, s.named])).toEqual([
      ["age_18_25", true],
      ["age_35_45", true],
      ["gender_female", false],
    ]);
    const young = body.segments[0];
    expect(young).toMatchObject({ accounts: 2, impressions: 17_000, clicks: 590, interactions: 600, conversions: 6, spendMinor: 30_000, revenueMinor: 100_000 });
    expect(young?.ctr).toBeCloseTo(590 / 17_000, 12);
    // interactions known on Nov 16 (Douyin) and Nov 18 (Xiaohongshu): 600 / 12,000
    expect(young?.interactionRate).toBeCloseTo(0.05, 12);
    expect(young?.conversionRate).toBeCloseTo(6 / 590, 12);
    // revenue known where spend is 20,000 (Douyin) and 0 (Xiaohongshu)
    expect(young?.roi).toBeCloseTo(5, 12);
    expect(young?.byPlatform.map((p) => p.platformKey)).toEqual(["douyin", "xiaohongshu"]);
    expect(young?.byPlatform[1]).toMatchObject({ accounts: 1, conversionRate: 0, roi: null });
    const middle = body.segments[1];
    expect(middle?.ctr).toBeCloseTo(0.03, 12);
    expect(middle?.interactionRate).toBeCloseTo(80 / 6000, 12);
    expect(middle?.conversionRate).toBeCloseTo(0.05, 12);
    expect(middle?.roi).toBeCloseTo(25, 12);
  });

  it("filters by platform, exports CSV and names bad fields", async () => {
    const body = SegmentsResponse.parse(await (await callRoute(getSegments, "/api/v1/segments?from=2026-11-16&to=2026-11-22&platform=douyin")).json());
    expect(body.platforms).toEqual(["douyin"]);
    expect(body.segments.map((s) => [s.segment, s.dimension])).toEqual([["age_18_25", "age"], ["age_35_45", "age"]]);
    expect(body.segments[0]?.ctr).toBeCloseTo(550 / 15_000, 12);
    const { bom, lines } = await csvOf(await callRoute(getSegments, "/api/v1/segments?from=2026-11-16&to=2026-11-22&format=csv"));
    expect(bom).toBe(true);
    expect(lines[0]).toBe("segment,platform,accounts,ctr,interaction_rate,conversion_rate,roi");
    expect(lines[1]?.startsWith("age_18_25,all,2,")).toBe(true);
    const res = await callRoute(getSegments, "/api/v1/segments?from=2026-11-16&to=2026-11-22&platform=douyin,tv");
    expect(res.status).toBe(400);
    expect(await badFields(res)).toEqual(["platform"]);
  });
});

describe("GET /api/v1/tiers", () => {
  it("gives stage shares, value and contacts per member per week, and weekly churn", async () => {
    const res = await callRoute(getTiers, "/api/v1/tiers?platform=wechat_private");
    expect(res.status).toBe(200);
    const body = TiersResponse.parse(await res.json());
    expect(body.currency).toBe("CNY");
    expect(body.platforms).toHaveLength(1);
    const p = body.platforms[0];
    expect(p).toMatchObject({ platformKey: "wechat_private", weeks: 2, members: 200 });
    expect(p?.stages.map((s) => [s.stage, s.members, s.share])).toEqual([
      ["new", 30, 0.15],
      ["active", 60, 0.3],
      ["loyal", 20, 0.1],
      ["dormant", 60, 0.3],
      ["churned", 30, 0.15],
    ]);
    // new: 3,000 fen over 30 member-weeks = ¥1.00; dormant: value known in week 1 only, 400 fen / 40 = ¥0.10
    expect(p?.stages[0]?.valuePerMember).toBeCloseTo(1, 12);
    expect(p?.stages[3]).toMatchObject({ valueMinor: 400, contacts: 10 });
    expect(p?.stages[3]?.valuePerMember).toBeCloseTo(0.1, 12);
    expect(p?.stages[3]?.contactsPerMemberWeek).toBeCloseTo(0.5, 12);
    expect(p?.weekly.map((w) => [w.weekStart, w.churnShare])).toEqual([
      ["2026-11-09", 0.1],
      ["2026-11-16", 0.2],
    ]);
    expect(p?.weekly[0]?.contactsPerMember).toBeCloseTo(105 / 60, 12);
    expect(p?.weekly[1]?.contactsPerMember).toBeCloseTo(2.2, 12);
  });

  it("limits the weeks to those starting in [from, to], exports CSV and names bad fields", async () => {
    const body = TiersResponse.parse(await (await callRoute(getTiers, "/api/v1/tiers?from=2026-11-16&to=2026-11-22")).json());
    expect(body.platforms.map((p) => [p.platformKey, p.weeks, p.members])).toEqual([
      ["wechat_private", 1, 100],
      ["virtual", 1, 50],
    ]);
    const { bom, lines } = await csvOf(await callRoute(getTiers, "/api/v1/tiers?platform=virtual&format=csv"));
    expect(bom).toBe(true);
    expect(lines).toEqual([
      "platform,stage,members,share,value_minor,value_per_member,contacts,contacts_per_member_week",
      "virtual,new,0,0,,,,",
      "virtual,active,50,1,5000,1,50,1",
      "virtual,loyal,0,0,,,,",
      "virtual,dormant,0,0,,,,",
      "virtual,churned,0,0,,,,",
    ]);
    const res = await callRoute(getTiers, "/api/v1/tiers?from=2026-11-16&to=2026-11-09");
    expect(res.status).toBe(400);
    expect(await badFields(res)).toEqual(["from"]);
  });
});

describe("GET /api/v1/ai-tools/scorecard", () => {
  it("ranks tools by Σ weight·score / Σ weight with the default weights", async () => {
    const res = await callRoute(getScorecard, "/api/v1/ai-tools/scorecard");
    expect(res.status).toBe(200);
    const body = AiScorecardResponse.parse(await res.json());
    expect(body.weightsSource).toBe("default");
    expect(body.weights).toEqual({ output_quality: 0.3, cost: 0.2, speed: 0.15, brand_safety: 0.2, homogenisation_risk: 0.15 });
    // image: 1.5 + 0.8 + 0.6 + 0.8 + 0.45 = 4.15; copy: 1.2 + 1.0 + 0.75 + 0.6 + 0.3 = 3.85;
    // video scored on two criteria only: (0.9 + 0.4) / 0.5 = 2.6
    expect(body.tools.map((t) => [t.key, t.rank])).toEqual([
      ["image", 1],
      ["copy", 2],
      ["copy2", 2],
      ["video", 4],
      ["unscored", null],
    ]);
    expect(body.tools.map((t) => t.total)).toEqual([expect.closeTo(4.15, 12), expect.closeTo(3.85, 12), expect.closeTo(3.85, 12), expect.closeTo(2.6, 12), null]);
    expect(body.tools[3]?.scores).toEqual({ output_quality: 3, cost: 2, speed: null, brand_safety: null, homogenisation_risk: null });
  });

  it("uses the workspace's own weights once it has set any, and exports CSV", async () => {
    await t.db.aiScorecardWeight.createMany({
      data: [
        { workspaceId, criterion: "output_quality", weight: 1 },
        { workspaceId, criterion: "cost", weight: 1 },
      ],
    });
    const body = AiScorecardResponse.parse(await (await callRoute(getScorecard, "/api/v1/ai-tools/scorecard")).json());
    expect(body.weightsSource).toBe("workspace");
    expect(body.weights).toEqual({ output_quality: 1, cost: 1, speed: 0, brand_safety: 0, homogenisation_risk: 0 });
    // copy (4 + 5) / 2 = 4.5, image (5 + 4) / 2 = 4.5, video (3 + 2) / 2 = 2.5
    expect(body.tools.map((t) => [t.key, t.total, t.rank])).toEqual([
      ["copy", 4.5, 1],
      ["copy2", 4.5, 1],
      ["image", 4.5, 1],
      ["video", 2.5, 4],
      ["unscored", null, null],
    ]);
    const { bom, lines } = await csvOf(await callRoute(getScorecard, "/api/v1/ai-tools/scorecard?format=csv"));
    expect(bom).toBe(true);
    expect(lines[0]).toBe("rank,key,name,category,output_quality,cost,speed,brand_safety,homogenisation_risk,total");
    expect(lines[4]).toBe("4,video,VIDEO,copywriting,3,2,,,,2.5");
    const res = await callRoute(getScorecard, "/api/v1/ai-tools/scorecard?format=json&extra=1");
    expect(res.status).toBe(400);
  });
});

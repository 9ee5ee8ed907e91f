// The executive summary's numbers, from a real SQLite file, against values
// worked out by hand from the rows inserted here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executiveFindings, MAX_FINDINGS } from "@/lib/metrics/executive-findings";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { getExecutiveSummary, type ExecutiveSummary, type HeadlineMetric } from "@/lib/services/executive-summary";
import { createTempDatabase, type TempDatabase, addDailyMetrics } from "../helpers/temp-db";

// Thursday 2026-11-26, 12:00 in Shanghai. Yesterday is Nov 25, but the data
// stops on Sunday Nov 22, so "Q4 so far" runs Oct 1 – Nov 22 (53 days) and is
// compared with Jul 1 – Aug 22 (the same 53 days of Q3).
const NOW = new Date("2026-11-26T04:00:00Z");
let t: TempDatabase;
let ws: Workspace;
let empty: Workspace;

beforeAll(async () => {
  t = await createTempDatabase();
  ws = await t.db.workspace.create({ data: { slug: "t", name: "Test brand" } });
  empty = await t.db.workspace.create({ data: { slug: "empty", name: "No data yet" } });
  const account = (platformKey: string, handle: string) =>
    t.db.account.create({ data: { workspaceId: ws.id, platformKey, handle, displayName: handle, industry: "consumer_goods" } });
  const [d, w, p, x] = await Promise.all([account("douyin", "d"), account("weibo", "w"), account("wechat_private", "p"), account("xiaohongshu", "x")]);
  const row = (
    accountId: number,
    day: string,
    m: { impressions: number; clicks: number; interactions: [number, number, number, number]; conversions: number; spend: number; revenue: number; cost: number | null },
    followers: { follows: number; unfollows: number; followers: number } | null = null,
  ) => ({
    workspaceId: ws.id,
    accountId,
    day,
    impressions: m.impressions,
    clicks: m.clicks,
    likes: m.interactions[0],
    comments: m.interactions[1],
    shares: m.interactions[2],
    saves: m.interactions[3],
    conversions: m.conversions,
    spendMinor: BigInt(m.spend),
    revenueMinor: BigInt(m.revenue),
    costMinor: m.cost === null ? null : BigInt(m.cost),
    ...(followers ?? {}),
  });
  await addDailyMetrics(t.db, {
    data: [
      // ---- Q3, the same days as Q4 so far (Jul 1 – Aug 22)
      row(d.id, "2026-07-10", { impressions: 80_000, clicks: 2_400, interactions: [1_000, 100, 50, 50], conversions: 48, spend: 1_000_000, revenue: 10_000_000, cost: 9_000_000 }, { follows: 300, unfollows: 100, followers: 9_200 }),
      row(w.id, "2026-08-22", { impressions: 20_000, clicks: 600, interactions: [200, 50, 25, 25], conversions: 6, spend: 200_000, revenue: 1_000_000, cost: 900_000 }),
      // ---- Q3 after Aug 22: in Q3, but not in the comparison
      row(d.id, "2026-08-23", { impressions: 900_000, clicks: 90_000, interactions: [0, 0, 0, 0], conversions: 900, spend: 9_000_000, revenue: 1, cost: 1 }),
      row(d.id, "2026-09-30", { impressions: 900_000, clicks: 90_000, interactions: [0, 0, 0, 0], conversions: 900, spend: 9_000_000, revenue: 1, cost: 1 }, { follows: 0, unfollows: 0, followers: 10_000 }),
      // ---- Q4 so far (Oct 1 – Nov 22)
      row(d.id, "2026-10-05", { impressions: 100_000, clicks: 4_000, interactions: [1_500, 200, 100, 200], conversions: 80, spend: 1_000_000, revenue: 12_000_000, cost: 10_500_000 }, { follows: 500, unfollows: 100, followers: 10_400 }),
      row(w.id, "2026-11-10", { impressions: 50_000, clicks: 1_000, interactions: [400, 50, 25, 25], conversions: 10, spend: 500_000, revenue: 2_500_000, cost: 2_300_000 }),
      // cost not booked: counts for revenue and ROI, not for the margin
      row(x.id, "2026-11-20", { impressions: 5_000, clicks: 250, interactions: [300, 0, 0, 0], conversions: 1, spend: 10_000, revenue: 50_000, cost: null }),
      row(p.id, "2026-11-22", { impressions: 10_000, clicks: 800, interactions: [100, 50, 30, 20], conversions: 96, spend: 200_000, revenue: 5_000_000, cost: 3_600_000 }),
    ],
  });
  const goal = (metric: string, periodType: string, startDay: string, endDay: string, target: number, platformKey: string | null = null) =>
    ({ workspaceId: ws.id, metric, periodType, startDay, endDay, target, platformKey });
  await t.db.goal.createMany({
    data: [
      goal("revenue", "quarter", "2026-10-01", "2026-12-31", 40_000_000), // ¥400,000
      goal("ctr", "quarter", "2026-10-01", "2026-12-31", 0.03),
      goal("roi", "month", "2026-11-01", "2026-11-30", 18), // a month goal: not the quarter's
      goal("ctr", "quarter", "2026-10-01", "2026-12-31", 0.5, "douyin"), // one platform's: not the headline's
    ],
  });
});
afterAll(() => t.cleanup());

async function summary(kind: "month" | "quarter", at: string | null = null): Promise<ExecutiveSummary> {
  const r = await getExecutiveSummary(t.db, ws, { kind, at, now: NOW });
  if (r.status !== "ready") throw new Error(`expected a summary, got ${r.status}`);
  return r.summary;
}

function kpi(s: ExecutiveSummary, key: HeadlineMetric) {
  const k = s.headline.find((h) => h.key === key);
  if (!k) throw new Error(`no ${key}`);
  return k;
}

describe("executive summary: the default period", () => {
  it("is the current quarter so far, up to the last day with data, against the same days of the previous quarter", async () => {
    const s = await summary("quarter");
    expect(s.period).toEqual({
      kind: "quarter",
      key: "2026-Q4",
      start: "2026-10-01",
      end: "2026-12-31",
      covered: { start: "2026-10-01", end: "2026-11-22" },
      partial: true,
    });
    expect(s.previous).toEqual({ key: "2026-Q3", start: "2026-07-01", end: "2026-08-22" });
    expect(s.dataRange).toEqual({ start: "2026-07-10", end: "2026-11-22" });
    expect(s.requestedUnavailable).toBeNull();
    // periods a user can pick: from the first month / quarter with data, the last one partial
    expect(s.options.quarter.map((o) => [o.key, o.partial])).toEqual([["2026-Q3", false], ["2026-Q4", true]]);
    expect(s.options.month.map((o) => o.key)).toEqual(["2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
  });

  it("computes the headline values and changes from the rows (ratios of sums)", async () => {
    const s = await summary("quarter");
    // revenue: 12,000,000 + 2,500,000 + 50,000 + 5,000,000 fen, against 10,000,000 + 1,000,000 on Jul 1 – Aug 22
    expect(kpi(s, "revenue").value).toBe(19_550_000);
    expect(kpi(s, "revenue").previous).toBe(11_000_000);
    expect(kpi(s, "revenue").change).toBeCloseTo(19_550_000 / 11_000_000 - 1, 12);
    expect(kpi(s, "revenue").changeKind).toBe("percent");
    // ROI: 19,550,000 / 1,710,000 = 1:11.43 against 11,000,000 / 1,200,000 = 1:9.17
    expect(kpi(s, "roi").value).toBeCloseTo(19_550_000 / 1_710_000, 12);
    expect(kpi(s, "roi").change).toBeCloseTo(19_550_000 / 1_710_000 / (11_000_000 / 1_200_000) - 1, 12);
    // CTR: 6,050 / 165,000 = 3.67% against 3,000 / 100,000 = 3.00%: +0.67 pp, significant (thousands of clicks)
    expect(kpi(s, "ctr").value).toBeCloseTo(6_050 / 165_000, 12);
    expect(kpi(s, "ctr").change).toBeCloseTo((6_050 / 165_000 - 0.03) * 100, 10);
    expect(kpi(s, "ctr").changeKind).toBe("pp");
    expect(kpi(s, "ctr").significance).toBe("significant");
    // interaction rate by impressions: 3,000 / 165,000 against 1,500 / 100,000
    expect(kpi(s, "interactionRate").value).toBeCloseTo(3_000 / 165_000, 12);
    expect(kpi(s, "interactionRate").previous).toBeCloseTo(0.015, 12);
    // conversion rate: 187 / 6,050 against 54 / 3,000
    expect(kpi(s, "conversionRate").value).toBeCloseTo(187 / 6_050, 12);
    expect(kpi(s, "conversionRate").previous).toBeCloseTo(54 / 3_000, 12);
    // follower growth (only Douyin knows followers): 400 net over 10,000 at Sep 30, against 200 over 9,000 (9,200 − 200)
    expect(kpi(s, "followerGrowthRate").value).toBeCloseTo(400 / 10_000, 12);
    expect(kpi(s, "followerGrowthRate").previous).toBeCloseTo(200 / 9_000, 12);
    expect(kpi(s, "followerGrowthRate").change).toBeCloseTo((0.04 - 200 / 9_000) * 100, 10);
    expect(s.headline.map((h) => h.key)).toEqual(["revenue", "roi", "ctr", "interactionRate", "conversionRate", "followerGrowthRate"]);
  });

  it("gives each headline its traffic lights against the benchmark and the goal", async () => {
    const s = await summary("quarter");
    // benchmarks: CTR 3.67% ≥ 3.2% above; interaction 1.82% ≥ 1.8% above; ROI 11.4 < 0.9 × 18 = 16.2 below
    expect(kpi(s, "ctr").benchmark).toMatchObject({ key: "short_video_ad_ctr", value: 0.032, page: 2, status: "above" });
    expect(kpi(s, "interactionRate").benchmark).toMatchObject({ key: "enterprise_interaction_rate", value: 0.018, status: "above" });
    expect(kpi(s, "roi").benchmark).toMatchObject({ key: "multi_platform_linkage_roi", value: 18, page: 14, status: "below" });
    expect(kpi(s, "revenue").benchmark).toBeNull();
    expect(kpi(s, "conversionRate").benchmark).toBeNull(); // the report's 12% is WeChat Channels' group-fission figure only

    // revenue goal ¥400,000 for Q4: 19,550,000 in 53 of 92 days → projected 19,550,000 × 92 / 53 = 33,935,849,
    // short of 40,000,000 by more than 10% → off pace (red)
    const revenueGoal = kpi(s, "revenue").goal;
    expect(revenueGoal).toMatchObject({ key: "2026-Q4", target: 40_000_000, daysElapsed: 53, daysTotal: 92, onPace: false, status: "below" });
    expect(revenueGoal?.projected).toBeCloseTo((19_550_000 * 92) / 53, 6);
    // CTR goal 3% for Q4: a rate projects to its value so far, 3.67% → on pace (green)
    const ctrGoal = kpi(s, "ctr").goal;
    expect(ctrGoal).toMatchObject({ target: 0.03, onPace: true, status: "above" });
    expect(ctrGoal?.projected).toBeCloseTo(6_050 / 165_000, 12);
    // the November ROI goal does not cover the quarter, and Douyin's CTR goal is one platform's
    expect(kpi(s, "roi").goal).toBeNull();
    expect(kpi(s, "interactionRate").goal).toBeNull();
  });

  it("ranks the best and worst platforms by ROI and by CTR against the benchmark", async () => {
    const s = await summary("quarter");
    const r = s.platforms;
    // spend shares: Douyin 1,000,000 / 1,710,000, Weibo 500,000, private 200,000, Xiaohongshu 10,000 (0.58% < 1%: not ranked)
    // ROI: private 25, Douyin 12, Weibo 5
    expect(r.rows.filter((x) => x.roiRank !== null).map((x) => [x.platformKey, x.roiRank])).toEqual([
      ["wechat_private", 1],
      ["douyin", 2],
      ["weibo", 3],
    ]);
    expect(r.byRoi).toEqual({ best: ["wechat_private"], worst: ["weibo"], ranked: 3, unranked: 1 });
    expect(r.rows.find((x) => x.platformKey === "xiaohongshu")?.roiRank).toBeNull();
    expect(r.rows.find((x) => x.platformKey === "douyin")?.roi).toBeCloseTo(12, 12);
    expect(r.rows.find((x) => x.platformKey === "wechat_private")?.roiStatus).toBe("above");
    // CTR ÷ 3.2%: private 8% (2.5), Xiaohongshu 5% (1.5625), Douyin 4% (1.25), Weibo 2% (0.625);
    // Xiaohongshu has 5,000 / 165,000 = 3% of impressions, so it is ranked here
    expect(r.byCtr).toEqual({ best: ["wechat_private", "xiaohongshu"], worst: ["weibo", "douyin"], ranked: 4, unranked: 0 });
    expect(r.rows.find((x) => x.platformKey === "xiaohongshu")?.ctrIndex).toBeCloseTo(0.05 / 0.032, 12);
    expect(r.rows.find((x) => x.platformKey === "weibo")?.ctrStatus).toBe("below");
    expect(r.roiBenchmark).toEqual({ key: "multi_platform_linkage_roi", value: 18, page: 14 });
  });

  it("splits public and private domain with the report's margins and the 1:18 ROI", async () => {
    const s = await summary("quarter");
    const pub = s.domains.find((d) => d.domain === "public");
    const priv = s.domains.find((d) => d.domain === "private");
    // public: Douyin + Weibo + Xiaohongshu
    expect(pub?.platforms).toEqual(["douyin", "xiaohongshu", "weibo"]);
    expect(pub?.revenueMinor).toBe(14_550_000);
    expect(pub?.spendMinor).toBe(1_510_000);
    expect(pub?.roi).toBeCloseTo(14_550_000 / 1_510_000, 12);
    expect(pub?.conversionRate).toBeCloseTo(91 / 5_250, 12);
    // margin over the rows that know the cost: (14,500,000 − 12,800,000) / 14,500,000 = 11.72%, within 10% of 12% → near
    expect(pub?.profitMargin).toBeCloseTo(1_700_000 / 14_500_000, 12);
    expect(pub?.profitMarginBenchmark).toMatchObject({ key: "delivery_channel_profit_margin", value: 0.12, status: "near" });
    expect(pub?.roiBenchmark).toMatchObject({ key: "multi_platform_linkage_roi", value: 18, status: "below" });
    // private: 1:25, margin 1,400,000 / 5,000,000 = 28% (= the report's 28%: above), conversion 96 / 800
    expect(priv?.roi).toBeCloseTo(25, 12);
    expect(priv?.profitMargin).toBeCloseTo(0.28, 12);
    expect(priv?.profitMarginBenchmark).toMatchObject({ key: "private_domain_profit_margin", value: 0.28, status: "above" });
    expect(priv?.roiBenchmark).toMatchObject({ status: "above" });
    expect(priv?.conversionRate).toBeCloseTo(0.12, 12);
  });

  it("gives the weekly CTR of the 12 complete weeks to the period's end, and no forecast on so few weeks", async () => {
    const s = await summary("quarter");
    // Nov 22 is a Sunday: the last week is Nov 16–22; only the two weeks before the gap count, too few to fit
    expect(s.forecast).toBeNull();
  });

  it("writes five to eight findings from these figures, in both languages", async () => {
    const s = await summary("quarter");
    const findings = executiveFindings(s);
    expect(findings.length).toBeGreaterThanOrEqual(5);
    expect(findings.length).toBeLessThanOrEqual(MAX_FINDINGS);
    const en = findings.map((f) => f.en).join("\n");
    // ROI 19,550,000 / 1,710,000 = 11.43; 18 − 11.43 = 6.57 → 6.6×
    expect(en).toContain("Overall ROI 1:11.4 is 6.6× below the 1:18.0 benchmark; up 24.7% vs the same days of Q3 2026.");
    // private margin (5,000,000 − 3,600,000) / 5,000,000 = 28% exactly: its light is "above", so is the sentence
    expect(en).toContain("profit margin 28.00%, above the 28.00% report figure by less than 0.01 pp");
    expect(en).toContain("Overall revenue is off pace for its ¥400K goal (projected ¥339K).");
    expect(en).toContain("WeChat private domain has the best ROI (1:25.0), Weibo the lowest (1:5.0)");
    const zh = findings.map((f) => f.zh).join("\n");
    expect(zh).toContain("2026年第三季度同期");
    expect(zh).toContain("私域ROI 1:25.0");
  });
});

describe("executive summary: other periods", () => {
  it("treats a period that has ended but whose last days have no data yet as so far, against the same days before", async () => {
    // Thursday Dec 3: November has ended, but the data stops on Sunday Nov 22,
    // so November is covered (and compared) up to Nov 22 only, as on Nov 26.
    const r = await getExecutiveSummary(t.db, ws, { kind: "month", at: null, now: new Date("2026-12-03T04:00:00Z") });
    if (r.status !== "ready") throw new Error(`expected a summary, got ${r.status}`);
    expect(r.summary.period).toMatchObject({ key: "2026-11", covered: { start: "2026-11-01", end: "2026-11-22" }, partial: true });
    expect(r.summary.previous).toEqual({ key: "2026-10", start: "2026-10-01", end: "2026-10-22" });
    expect(kpi(r.summary, "roi").value).toBeCloseTo(7_550_000 / 710_000, 12);
  });

  it("shows a complete quarter whole, against the whole previous quarter", async () => {
    const s = await summary("quarter", "2026-Q3");
    expect(s.period).toMatchObject({ key: "2026-Q3", covered: { start: "2026-07-01", end: "2026-09-30" }, partial: false });
    expect(s.previous).toEqual({ key: "2026-Q2", start: "2026-04-01", end: "2026-06-30" });
    // Jul 10 + Aug 22 + Aug 23 + Sep 30
    expect(kpi(s, "revenue").value).toBe(10_000_000 + 1_000_000 + 1 + 1);
    expect(kpi(s, "revenue").previous).toBeNull();
    expect(kpi(s, "revenue").change).toBeNull();
  });

  it("paces a month's goal from the month so far", async () => {
    const s = await summary("month", "2026-11");
    expect(s.period).toMatchObject({ key: "2026-11", covered: { start: "2026-11-01", end: "2026-11-22" }, partial: true });
    expect(s.previous).toEqual({ key: "2026-10", start: "2026-10-01", end: "2026-10-22" });
    // ROI Nov 1–22: 7,550,000 / 710,000 = 1:10.6 against the month's 1:18 goal → off pace
    expect(kpi(s, "roi").value).toBeCloseTo(7_550_000 / 710_000, 12);
    expect(kpi(s, "roi").goal).toMatchObject({ key: "2026-11", target: 18, onPace: false, status: "below", daysElapsed: 22, daysTotal: 30 });
    // the quarter's revenue goal, seen from November, is paced on Oct 1 – Nov 22
    expect(kpi(s, "revenue").goal).toMatchObject({ key: "2026-Q4", daysElapsed: 53 });
    expect(kpi(s, "revenue").goal?.projected).toBeCloseTo((19_550_000 * 92) / 53, 6);
  });

  it("falls back to the default for a period without data and says so", async () => {
    const s = await summary("quarter", "2025-Q1");
    expect(s.period.key).toBe("2026-Q4");
    expect(s.requestedUnavailable).toBe("2025-Q1");
  });

  it("tells an empty workspace, naming it for the page", async () => {
    const r = await getExecutiveSummary(t.db, empty, { kind: "quarter", at: null, now: NOW });
    expect(r).toMatchObject({ status: "empty", workspace: { slug: "empty", name: "No data yet" } });
  });
});

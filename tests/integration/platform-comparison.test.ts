// The /platforms view model from a real SQLite file, against values worked
// out by hand from the few rows inserted here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePlatformPageParams, type PlatformPageQuery } from "@/lib/schemas/platform-page-params";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { getPlatformComparison } from "@/lib/services/platform-comparison";
import { createTempDatabase, type TempDatabase, addDailyMetrics } from "../helpers/temp-db";

// Thursday 2026-11-26, 12:00 in Shanghai: the last complete week is 2026-W47
// (Nov 16–22), so the default period is the 12 weeks Aug 31 – Nov 22.
const NOW = new Date("2026-11-26T04:00:00Z");
let t: TempDatabase;
let ws: Workspace;
let byReach: Workspace;

beforeAll(async () => {
  t = await createTempDatabase();
  ws = await t.db.workspace.create({ data: { slug: "t", name: "Test brand" } });
  byReach = await t.db.workspace.create({ data: { slug: "by-reach", name: "Reach brand", interactionDenominator: "reach" } });
  const account = (platformKey: string, handle: string) =>
    t.db.account.create({ data: { workspaceId: ws.id, platformKey, handle, displayName: handle, industry: "consumer_goods" } });
  const [douyin, weibo, xhs] = await Promise.all([account("douyin", "d"), account("weibo", "w"), account("xiaohongshu", "x")]);
  const row = (accountId: number, day: string, m: Record<string, number | null>) => ({ workspaceId: ws.id, accountId, day, ...m });
  await addDailyMetrics(t.db, {
    data: [
      // Douyin: interactions 150 + 50 = 200; spend known on the first day only
      row(douyin.id, "2026-11-16", {
        impressions: 10_000, reach: 4_000, clicks: 400, likes: 100, comments: 20, shares: 10, saves: 20,
        followers: 5_000, follows: 50, unfollows: 10, spendMinor: 100_000, revenueMinor: 1_500_000, conversions: 8,
        views: 2_000, watchSeconds: 20_000,
      }),
      row(douyin.id, "2026-11-17", { impressions: 20_000, reach: 6_000, clicks: 200, likes: 50, followers: 5_040 }),
      // Weibo: interactions 50
      row(weibo.id, "2026-11-18", {
        impressions: 5_000, reach: 5_000, clicks: 250, likes: 40, comments: 10, followers: 1_000,
        spendMinor: 50_000, revenueMinor: 200_000, conversions: 5,
      }),
      // Xiaohongshu: interactions 400
      row(xhs.id, "2026-11-19", {
        impressions: 8_000, reach: 2_000, clicks: 160, likes: 300, saves: 100, followers: 20_000,
        spendMinor: 200_000, revenueMinor: 1_000_000, conversions: 4,
      }),
      // after the default period: must not count
      row(weibo.id, "2026-11-23", { impressions: 999_999, clicks: 99_999 }),
    ],
  });
});
afterAll(() => t.cleanup());

const compare = (query: PlatformPageQuery, workspace = ws) => getPlatformComparison(t.db, workspace, { query, now: NOW });
const order = (c: Awaited<ReturnType<typeof compare>>) => c?.rows.map((r) => r.platformKey);

describe("platform comparison: defaults and URL parameters", () => {
  it("defaults to CTR over the last 12 complete weeks by week, all platforms, the workspace's denominator", async () => {
    const c = await compare({});
    expect(c?.state).toEqual({
      kpi: "ctr",
      from: "2026-08-31",
      to: "2026-11-22",
      granularity: "week",
      platforms: null,
      denominator: "impressions",
    });
    expect(c?.period).toEqual({ start: "2026-08-31", end: "2026-11-22", days: 84 });
    expect(c?.trend.buckets).toHaveLength(12);
    expect(c?.trend.buckets[0]?.key).toBe("2026-W36");
    expect(c?.trend.buckets.at(-1)?.key).toBe("2026-W47");
    expect(c?.trend.buckets.some((b) => b.partial)).toBe(false);
    expect((await compare({}, byReach)).state.denominator).toBe("reach");
  });

  it("drops bad values instead of failing, one field at a time", () => {
    expect(
      parsePlatformPageParams({ kpi: "nope", from: "2026-13-01", to: "2026-11-22", granularity: "year", platform: "nope", denominator: "x" }),
    ).toEqual({});
    // a reversed range and a range over two years are dropped as a whole
    expect(parsePlatformPageParams({ from: "2026-11-22", to: "2026-11-01" })).toEqual({});
    expect(parsePlatformPageParams({ from: "2020-01-01", to: "2026-11-01" })).toEqual({});
    // unknown platforms are dropped, known ones kept in catalogue order; repeated keys read their last value
    expect(parsePlatformPageParams({ platform: "weibo,nope,douyin,weibo", kpi: ["roi", "cpc"], to: "2026-11-01", from: "2026-10-01" })).toEqual({
      platform: ["douyin", "weibo"],
      kpi: "cpc",
      from: "2026-10-01",
      to: "2026-11-01",
    });
    expect(parsePlatformPageParams({ platform: ["douyin", "weibo"], denominator: "followers", granularity: "day" })).toEqual({
      platform: ["douyin", "weibo"],
      denominator: "followers",
      granularity: "day",
    });
    expect(parsePlatformPageParams(null)).toEqual({});
  });

  it("returns no rows for a period without data", async () => {
    const empty = await compare({ from: "2026-01-05", to: "2026-01-11" });
    expect(empty?.rows).toEqual([]);
    expect(empty?.total.value).toBeNull();
  });
});

describe("platform comparison: figures and order", () => {
  it("computes each platform's totals and KPIs as ratios of sums and sorts best-first (higher is better)", async () => {
    const c = await compare({});
    // CTR: Weibo 250/5,000 = 5%; Douyin 600/30,000 = 2%; Xiaohongshu 160/8,000 = 2% (a tie: catalogue order)
    expect(order(c)).toEqual(["weibo", "douyin", "xiaohongshu"]);
    const douyin = c?.rows.find((r) => r.platformKey === "douyin");
    expect(douyin?.accounts).toBe(1);
    expect(douyin?.impressions).toBe(30_000);
    expect(douyin?.clicks).toBe(600);
    expect(douyin?.spendMinor).toBe(100_000);
    expect(douyin?.revenueMinor).toBe(1_500_000);
    expect(douyin?.value).toBeCloseTo(600 / 30_000, 12);
    expect(douyin?.kpis.ctr).toBeCloseTo(0.02, 12);
    expect(douyin?.kpis.interactionRate).toBeCloseTo(200 / 30_000, 12);
    // conversions are known on the first day only: 8 over that day's 400 clicks
    expect(douyin?.kpis.conversionRate).toBeCloseTo(8 / 400, 12);
    expect(douyin?.kpis.roi).toBeCloseTo(15, 12);
    expect(douyin?.benchmark).toMatchObject({ key: "short_video_ad_ctr", value: 0.032, page: 2, platformKey: null });
    expect(douyin?.status).toBe("below"); // 2% < 0.9 × 3.2%
    expect(c?.rows[0]?.status).toBe("above"); // Weibo 5% ≥ 3.2%
    // all platforms: 1,010 clicks over 43,000 impressions (the Nov 23 row is outside the period)
    expect(c?.total.impressions).toBe(43_000);
    expect(c?.total.value).toBeCloseTo(1_010 / 43_000, 12);
    expect(c?.benchmarks.general).toMatchObject({ key: "short_video_ad_ctr", value: 0.032 });
    expect(c?.benchmarks.ctr?.value).toBe(0.032);
    expect(c?.benchmarks.interactionRate?.value).toBe(0.018);
  });

  it("sorts a lower-is-better KPI ascending", async () => {
    // CPC over days that know both spend and clicks: Weibo ¥500/250 = ¥2; Douyin ¥1,000/400 = ¥2.5
    // (its second day has clicks but no spend); Xiaohongshu ¥2,000/160 = ¥12.5
    const c = await compare({ kpi: "cpc" });
    expect(c?.kpi.definition.direction).toBe("lower");
    expect(order(c)).toEqual(["weibo", "douyin", "xiaohongshu"]);
    expect(c?.rows.map((r) => r.value)).toEqual([2, 2.5, 12.5]);
    expect(c?.benchmarks.general).toBeNull();
    expect(c?.rows.every((r) => r.status === null)).toBe(true);
  });

  it("puts platforms without a value last and uses a platform-specific benchmark where one exists", async () => {
    // dwell: Douyin 20,000 s / 2,000 views = 10 s; the others have no views (catalogue order: Xiaohongshu before Weibo)
    const c = await compare({ kpi: "avgDwell" });
    expect(order(c)).toEqual(["douyin", "xiaohongshu", "weibo"]);
    expect(c?.rows[0]?.value).toBeCloseTo(10, 12);
    expect(c?.rows[0]?.benchmark).toMatchObject({ key: "douyin_hot_content_dwell", value: 8, platformKey: "douyin", page: 6 });
    expect(c?.rows[0]?.status).toBe("above");
    expect(c?.rows[1]?.benchmark).toBeNull();
    expect(c?.benchmarks.general).toBeNull(); // selectBenchmark(…, "avgDwell", null): no general figure
    expect(c?.benchmarks.platformSpecific.map((b) => b.key)).toEqual(["douyin_hot_content_dwell"]);
  });

  it("changes every interaction figure, and the order, with the denominator", async () => {
    // interactions: Douyin 200, Weibo 50, Xiaohongshu 400
    const byImpressions = await compare({ kpi: "interactionRate", denominator: "impressions" });
    const byReach = await compare({ kpi: "interactionRate", denominator: "reach" });
    const byFollowers = await compare({ kpi: "interactionRate", denominator: "followers" });
    const value = (c: typeof byReach, key: string) => c?.rows.find((r) => r.platformKey === key)?.value;

    // impressions: 200/30,000, 50/5,000, 400/8,000
    expect(value(byImpressions, "douyin")).toBeCloseTo(200 / 30_000, 12);
    expect(value(byImpressions, "weibo")).toBeCloseTo(0.01, 12);
    expect(value(byImpressions, "xiaohongshu")).toBeCloseTo(0.05, 12);
    expect(order(byImpressions)).toEqual(["xiaohongshu", "weibo", "douyin"]);

    // reach (sum of daily reach): 200/10,000, 50/5,000, 400/2,000
    expect(value(byReach, "douyin")).toBeCloseTo(0.02, 12);
    expect(value(byReach, "weibo")).toBeCloseTo(0.01, 12);
    expect(value(byReach, "xiaohongshu")).toBeCloseTo(0.2, 12);
    expect(order(byReach)).toEqual(["xiaohongshu", "douyin", "weibo"]);

    // followers at period end: 200/5,040, 50/1,000, 400/20,000
    expect(value(byFollowers, "douyin")).toBeCloseTo(200 / 5_040, 12);
    expect(value(byFollowers, "weibo")).toBeCloseTo(0.05, 12);
    expect(value(byFollowers, "xiaohongshu")).toBeCloseTo(0.02, 12);
    expect(order(byFollowers)).toEqual(["weibo", "douyin", "xiaohongshu"]);

    // the fixed interaction column and the definition follow the same denominator
    const ctrByReach = await compare({ kpi: "ctr", denominator: "reach" });
    expect(ctrByReach?.rows.find((r) => r.platformKey === "xiaohongshu")?.kpis.interactionRate).toBeCloseTo(0.2, 12);
    expect(byReach?.definitions.interactionRate?.formulaEn).toContain("reach");
    expect(byFollowers?.definitions.interactionRate?.formulaEn).toContain("followers");
    expect(byImpressions?.benchmarks.general).toMatchObject({ key: "enterprise_interaction_rate", value: 0.018 });
  });

  it("filters platforms, and gives each platform its series over the buckets", async () => {
    const c = await compare({ platform: ["douyin", "weibo"], kpi: "roi" });
    // ROI: Douyin ¥15,000/¥1,000 = 15; Weibo ¥2,000/¥500 = 4
    expect(order(c)).toEqual(["douyin", "weibo"]);
    expect(c?.rows[0]?.value).toBeCloseTo(15, 12);
    expect(c?.rows[0]?.status).toBe("below"); // 1:15 < 0.9 × 1:18
    expect(c?.total.value).toBeCloseTo(1_700_000 / 150_000, 12);
    expect(c?.state.platforms).toEqual(["douyin", "weibo"]);

    const douyinLine = c?.trend.lines.find((l) => l.platformKey === "douyin");
    expect(c?.trend.lines.map((l) => l.platformKey)).toEqual(["douyin", "weibo"]);
    expect(douyinLine?.values).toHaveLength(12);
    expect(douyinLine?.values.slice(0, 11).every((v) => v === null)).toBe(true);
    expect(douyinLine?.values[11]).toBeCloseTo(15, 12);
  });

  it("marks partial buckets: a range ending today, by day", async () => {
    const c = await compare({ from: "2026-11-16", to: "2026-11-26", granularity: "day" });
    expect(c?.trend.buckets.map((b) => b.partial)).toEqual([...Array<boolean>(10).fill(false), true]); // Nov 26 has not ended
    const weibo = c?.trend.lines.find((l) => l.platformKey === "weibo");
    expect(weibo?.values[2]).toBeCloseTo(0.05, 12); // Nov 18
    expect(weibo?.values[7]).toBeCloseTo(99_999 / 999_999, 12); // Nov 23, inside this range
  });
});

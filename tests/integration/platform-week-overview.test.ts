// The home page's numbers, from a real SQLite file, against values worked
// out by hand from the rows inserted here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPlatformWeekOverview } from "@/lib/services/platform-week-overview";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

// Thursday 2026-11-26, 12:00 in Shanghai: the last complete week is 2026-W47 (Nov 16–22).
const NOW = new Date("2026-11-26T04:00:00Z");
let t: TempDatabase;

beforeAll(async () => {
  t = await createTempDatabase();
  const ws = await t.db.workspace.create({ data: { slug: "t", name: "Test brand" } });
  const account = (platformKey: string, handle: string) =>
    t.db.account.create({ data: { workspaceId: ws.id, platformKey, handle, displayName: handle, industry: "consumer_goods" } });
  const [a, b, c] = await Promise.all([account("douyin", "a"), account("douyin", "b"), account("weibo", "c")]);
  const row = (accountId: number, day: string, m: Record<string, number | null>) => ({ workspaceId: ws.id, accountId, day, ...m });
  await t.db.dailyMetric.createMany({
    data: [
      row(a.id, "2026-11-16", { impressions: 10_000, clicks: 400, likes: 100, comments: 20, shares: 10, saves: 20, spendMinor: 100_000, revenueMinor: 1_500_000, conversions: 8 }),
      // clicks unknown: counts towards impressions, but not towards CTR
      row(a.id, "2026-11-17", { impressions: 20_000, clicks: null, likes: 50, comments: null, shares: null, saves: null }),
      row(b.id, "2026-11-22", { impressions: 5_000, clicks: 100, likes: 30, comments: 0, shares: 0, saves: 0, spendMinor: 50_000, revenueMinor: 600_000, conversions: 2 }),
      row(c.id, "2026-11-20", { impressions: 1_000, clicks: 10, spendMinor: 0, revenueMinor: 0 }),
      // outside the week on either side
      row(a.id, "2026-11-23", { impressions: 999_999, clicks: 99_999 }),
      row(a.id, "2026-11-10", { impressions: 10_000, clicks: 300 }),
    ],
  });
});
afterAll(() => t.cleanup());

describe("platform week overview", () => {
  it("picks the last complete week in the workspace's time zone", async () => {
    const o = await getPlatformWeekOverview(t.db, { workspaceSlug: "t", now: NOW });
    expect(o?.week).toEqual({ start: "2026-11-16", end: "2026-11-22", label: "2026-W47" });
    expect(o?.previousWeek).toEqual({ start: "2026-11-09", end: "2026-11-15", label: "2026-W46" });
  });

  it("computes each platform's KPIs as ratios of sums over rows that know both parts", async () => {
    const o = await getPlatformWeekOverview(t.db, { workspaceSlug: "t", now: NOW });
    const douyin = o?.platforms.find((p) => p.platformKey === "douyin");
    expect(douyin?.accounts).toBe(2);
    expect(douyin?.impressions).toBe(35_000);
    expect(douyin?.clicks).toBe(500);
    expect(douyin?.impressionsChange).toBeCloseTo((35_000 - 10_000) / 10_000, 12);
    expect(douyin?.kpis.ctr.value).toBeCloseTo(500 / 15_000, 12);
    expect(douyin?.kpis.ctr.previous).toBeCloseTo(300 / 10_000, 12);
    expect(douyin?.kpis.ctr.changePp).toBeCloseTo((500 / 15_000 - 0.03) * 100, 10);
    expect(douyin?.kpis.ctr.status).toBe("above"); // 3.33% ≥ 3.2%
    expect(douyin?.kpis.ctr.benchmark).toEqual({ key: "short_video_ad_ctr", value: 0.032, page: 2 });
    // interactions: 150 (row 1) + 50 (row 2, only likes known) + 30 = 230 over 35,000 impressions
    expect(douyin?.interactions).toBe(230);
    expect(douyin?.kpis.interactionRate.value).toBeCloseTo(230 / 35_000, 12);
    expect(douyin?.kpis.conversionRate.value).toBeCloseTo(10 / 500, 12);
    expect(douyin?.kpis.roi.value).toBeCloseTo(2_100_000 / 150_000, 12);
    expect(douyin?.kpis.roi.status).toBe("below"); // 1:14 against 1:18

    const weibo = o?.platforms.find((p) => p.platformKey === "weibo");
    expect(weibo?.kpis.ctr.value).toBeCloseTo(0.01, 12);
    expect(weibo?.kpis.ctr.status).toBe("below");
    expect(weibo?.kpis.ctr.previous).toBeNull(); // no rows the week before
    expect(weibo?.kpis.roi.value).toBeNull(); // zero spend: no ROI, not 0 or Infinity
    expect(weibo?.kpis.roi.status).toBeNull();
  });

  it("totals all platforms from the same sums", async () => {
    const o = await getPlatformWeekOverview(t.db, { workspaceSlug: "t", now: NOW });
    expect(o?.platforms.map((p) => p.platformKey)).toEqual(["douyin", "weibo"]);
    expect(o?.total.impressions).toBe(36_000);
    expect(o?.total.kpis.ctr.value).toBeCloseTo(510 / 16_000, 12);
    expect(o?.total.accounts).toBe(3);
  });

  it("returns null for an unknown workspace and no platforms for an empty week", async () => {
    expect(await getPlatformWeekOverview(t.db, { workspaceSlug: "nope", now: NOW })).toBeNull();
    const later = await getPlatformWeekOverview(t.db, { workspaceSlug: "t", now: new Date("2027-03-01T04:00:00Z") });
    expect(later?.platforms).toEqual([]);
    expect(later?.total.kpis.ctr.value).toBeNull();
  });
});

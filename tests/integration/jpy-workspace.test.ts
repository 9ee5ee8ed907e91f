// A JPY workspace reads the yen it stored: money is kept in minor units and
// yen have no minor unit (ISO 4217 exponent 0), so 5,000 stored is ¥5,000 —
// in CPC and CPM, in traffic tiers' value per member and on screen. Every
// expected value is worked out by hand from the rows inserted here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatMajorMoney, formatMoney } from "@/lib/format";
import { getWorkspaceBySlug } from "@/lib/queries/getWorkspaceBySlug";
import { getKpiReport } from "@/lib/services/kpi-report";
import { getTrafficTiering } from "@/lib/services/traffic-tiering";
import { getWeeklyReport } from "@/lib/services/weekly-report";
import { createTempDatabase, type TempDatabase, addDailyMetrics } from "../helpers/temp-db";

const NOW = new Date("2026-11-25T04:00:00Z");
let t: TempDatabase;

beforeAll(async () => {
  t = await createTempDatabase();
  for (const [slug, currency] of [["jp", "JPY"], ["cn", "CNY"]] as const) {
    const ws = await t.db.workspace.create({ data: { slug, name: slug, currency, timeZone: "Asia/Tokyo" } });
    const a = await t.db.account.create({ data: { workspaceId: ws.id, platformKey: "douyin", handle: "a", displayName: "a", industry: "consumer_goods", currency } });
    // one day: 10,000 impressions, 100 clicks, 4 conversions, spend 5,000 minor, revenue 60,000 minor
    await addDailyMetrics(t.db, {
      data: {
        workspaceId: ws.id, accountId: a.id, day: "2026-11-18",
        impressions: 10_000, clicks: 100, conversions: 4, spendMinor: 5_000n, revenueMinor: 60_000n,
      },
    });
    // 4 loyal members worth 1,000 minor together
    await t.db.audienceTier.create({ data: { workspaceId: ws.id, platformKey: "douyin", weekStart: "2026-11-16", stage: "loyal", members: 4, valueMinor: 1_000n, contacts: 8 } });
  }
});
afterAll(() => t.cleanup());

async function ws(slug: string) {
  const w = await getWorkspaceBySlug(t.db, slug);
  if (!w) throw new Error(slug);
  return w;
}

describe("a JPY workspace", () => {
  it("computes CPC, CPM and CPA in yen", async () => {
    const r = await getKpiReport(t.db, await ws("jp"), {
      period: { start: "2026-11-16", end: "2026-11-22" }, filter: {}, granularity: "week", compare: false, now: NOW,
    });
    // ¥5,000 / 100 clicks = ¥50; ¥5,000 / 10,000 × 1,000 = ¥500; ¥5,000 / 4 = ¥1,250
    expect(r.kpis.cpc).toBeCloseTo(50, 10);
    expect(r.kpis.cpm).toBeCloseTo(500, 10);
    expect(r.kpis.cpa).toBeCloseTo(1_250, 10);
    // ROI has no unit: 60,000 / 5,000 = 12 in any currency
    expect(r.kpis.roi).toBeCloseTo(12, 12);
    expect(r.totals.spendMinor).toBe(5_000);
    expect(formatMoney(r.totals.spendMinor ?? null, "JPY", "en")).toBe("¥5,000");
    expect(formatMajorMoney(r.kpis.cpc ?? null, "JPY", "en")).toBe("¥50");
  });

  it("and the same rows in a CNY workspace are fen: CPC ¥0.50", async () => {
    const r = await getKpiReport(t.db, await ws("cn"), {
      period: { start: "2026-11-16", end: "2026-11-22" }, filter: {}, granularity: "week", compare: false, now: NOW,
    });
    // 5,000 fen = ¥50; ¥50 / 100 = ¥0.50; ¥50 / 10,000 × 1,000 = ¥5
    expect(r.kpis.cpc).toBeCloseTo(0.5, 12);
    expect(r.kpis.cpm).toBeCloseTo(5, 12);
    expect(formatMoney(r.totals.spendMinor ?? null, "CNY", "en")).toBe("¥50.00");
  });

  it("gives a tier's value per member in yen", async () => {
    const jp = await getTrafficTiering(t.db, await ws("jp"), {});
    const cn = await getTrafficTiering(t.db, await ws("cn"), {});
    const loyal = (r: typeof jp) => r.platforms[0]?.stages.find((s) => s.stage === "loyal")?.valuePerMember;
    // 1,000 / 4 members = ¥250 each; in CNY 1,000 fen / 4 = ¥2.50
    expect(loyal(jp)).toBe(250);
    expect(loyal(cn)).toBe(2.5);
  });

  it("puts the board's revenue in yen in the weekly findings", async () => {
    const r = await getWeeklyReport(t.db, await ws("jp"), { week: "2026-W47", filter: {}, now: NOW });
    expect(r.total.metrics.spend.value).toBe(5_000);
    const revenue = r.findings.find((f) => f.en.startsWith("Overall revenue"));
    // 60,000 yen: compact from 10,000 → ¥60K
    expect(revenue?.en).toContain("Overall revenue ¥60K");
  });
});

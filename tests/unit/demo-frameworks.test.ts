// The demo's traffic tiers, AI tool scorecard and audience segments: the
// stories the analysis views should tell, computed here from plain sums.
import { describe, expect, it } from "vitest";
import { generateDemoData } from "@/lib/demo/generate-demo-data";
import { addDays, isoDayOfWeek } from "@/lib/metrics/periods";

const END_DAY = "2026-11-22";
const data = generateDemoData({ endDay: END_DAY });

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const y = ys[i] ?? 0;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe("demo audience tiers", () => {
  it("has five stages for each of the last 12 weeks on three platforms", () => {
    expect(data.audienceTiers).toHaveLength(3 * 12 * 5);
    expect(new Set(data.audienceTiers.map((r) => r.platformKey))).toEqual(new Set(["wechat_private", "virtual", "xiaohongshu"]));
    const weeks = [...new Set(data.audienceTiers.map((r) => r.weekStart))].sort();
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toBe(addDays(END_DAY, -6));
    expect(weeks[0]).toBe(addDays(END_DAY, -6 - 7 * 11));
    expect(weeks.every((w) => isoDayOfWeek(w) === 1)).toBe(true);
    for (const r of data.audienceTiers) {
      expect(Number.isSafeInteger(r.members) && r.members > 0).toBe(true);
      expect(Number.isSafeInteger(r.valueMinor) && Number.isSafeInteger(r.contacts)).toBe(true);
    }
  });

  it("values loyal members most and churns more in weeks of heavy contact", () => {
    for (const platform of ["wechat_private", "virtual"]) {
      const rows = data.audienceTiers.filter((r) => r.platformKey === platform);
      const perMember = (stage: string) => {
        const s = rows.filter((r) => r.stage === stage);
        return s.reduce((a, r) => a + (r.valueMinor ?? 0), 0) / s.reduce((a, r) => a + r.members, 0);
      };
      expect(perMember("loyal")).toBeGreaterThan(perMember("active"));
      expect(perMember("active")).toBeGreaterThan(perMember("dormant"));
      const weeks = [...new Set(rows.map((r) => r.weekStart))];
      const frequency = weeks.map((w) => {
        const week = rows.filter((r) => r.weekStart === w);
        return week.reduce((a, r) => a + (r.contacts ?? 0), 0) / week.reduce((a, r) => a + r.members, 0);
      });
      const churn = weeks.map((w) => {
        const week = rows.filter((r) => r.weekStart === w);
        return (week.find((r) => r.stage === "churned")?.members ?? 0) / week.reduce((a, r) => a + r.members, 0);
      });
      expect(pearson(frequency, churn), platform).toBeGreaterThan(0.6);
    }
  });
});

describe("demo AI tool scorecard", () => {
  it("scores 5–6 tools 1–5 on the five criteria, with weights summing to 1", () => {
    expect(data.aiTools.length).toBeGreaterThanOrEqual(5);
    expect(data.aiTools.length).toBeLessThanOrEqual(6);
    expect(new Set(data.aiTools.map((t) => t.category))).toEqual(new Set(["copywriting", "image", "video", "avatar", "analytics"]));
    for (const t of data.aiTools) {
      expect(Object.keys(t.scores).sort()).toEqual(["brand_safety", "cost", "homogenisation_risk", "output_quality", "speed"]);
      for (const s of Object.values(t.scores)) expect(s >= 1 && s <= 5).toBe(true);
    }
    expect(data.aiScorecardWeights.reduce((a, w) => a + w.weight, 0)).toBeCloseTo(1, 12);
  });
});

describe("demo audience segments", () => {
  it("splits three accounts daily by age (18–25, 35–45), city tier and interest", () => {
    const accounts = new Set(data.segmentMetrics.map((r) => r.accountKey));
    expect(accounts).toEqual(new Set(["douyin/qinghe_official", "xiaohongshu/qinghe_lab", "tiktok/qinghe.global"]));
    const segments = ["age_18_25", "age_35_45", "region_tier1", "region_new_tier1", "region_lower_tier", "interest_beauty", "interest_food", "interest_tech"];
    expect(new Set(data.segmentMetrics.map((r) => r.segment))).toEqual(new Set(segments));
    const daily = data.dailyMetrics.filter((r) => accounts.has(r.accountKey));
    expect(data.segmentMetrics).toHaveLength(daily.length * segments.length);
    const byKey = new Map(daily.map((r) => [`${r.accountKey}|${r.day}`, r]));
    for (const s of data.segmentMetrics) {
      const d = byKey.get(`${s.accountKey}|${s.day}`);
      // unknown in the account's row stays unknown in the segment's
      if (d?.impressions === null) expect(s.impressions).toBeNull();
      if (d?.revenueMinor === null) expect(s.revenueMinor).toBeNull();
      if (s.impressions !== null && d?.impressions) expect(s.impressions).toBeLessThan(d.impressions);
    }
  });

  it("gives the young more interaction and the middle-aged more conversion on every account", () => {
    const sum = (rows: typeof data.segmentMetrics, f: (r: (typeof rows)[number]) => number | null) =>
      rows.reduce((a, r) => a + (f(r) ?? 0), 0);
    for (const account of ["douyin/qinghe_official", "xiaohongshu/qinghe_lab", "tiktok/qinghe.global"]) {
      const kpis = (segment: string) => {
        const rows = data.segmentMetrics.filter((r) => r.accountKey === account && r.segment === segment && r.impressions !== null && r.likes !== null);
        const converted = rows.filter((r) => r.conversions !== null && r.clicks !== null);
        return {
          interaction: sum(rows, (r) => (r.likes ?? 0) + (r.comments ?? 0) + (r.shares ?? 0) + (r.saves ?? 0)) / sum(rows, (r) => r.impressions),
          conversion: sum(converted, (r) => r.conversions) / sum(converted, (r) => r.clicks),
        };
      };
      const young = kpis("age_18_25");
      const middle = kpis("age_35_45");
      expect(young.interaction, account).toBeGreaterThan(middle.interaction * 1.5);
      expect(middle.conversion, account).toBeGreaterThan(young.conversion * 1.5);
      // first-tier cities convert more than third-tier and below, which interact more
      const tier1 = kpis("region_tier1");
      const lower = kpis("region_lower_tier");
      expect(tier1.conversion, account).toBeGreaterThan(lower.conversion * 1.2);
      expect(lower.interaction, account).toBeGreaterThan(tier1.interaction * 1.1);
    }
  });
});

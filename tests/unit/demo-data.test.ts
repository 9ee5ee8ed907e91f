// The demo generator: deterministic, complete, and with KPIs a team would
// recognise (METRICS.md ratios of sums, computed here independently).
import { describe, expect, it } from "vitest";
import { demoEndDay, generateDemoData, type DemoDataset } from "@/lib/demo/generate-demo-data";
import { createRng } from "@/lib/demo/prng";
import { addDays, daysBetween, dayInZone, isoDayOfWeek } from "@/lib/metrics/periods";
import { PLATFORM_KEYS, type PlatformKey } from "@/lib/schemas/enums";
import type { DemoDailyMetric } from "@/lib/demo/types";

const END_DAY = "2026-11-22";
const data = generateDemoData({ endDay: END_DAY });

type Measure = Exclude<keyof DemoDailyMetric, "accountKey" | "day">;
type Row = DemoDailyMetric;

function platformOf(dataset: DemoDataset): Map<string, PlatformKey> {
  return new Map(dataset.accounts.map((a) => [a.key, a.platformKey]));
}

/** Σ numerator / Σ denominator over rows where both are known. */
function ratio(rows: readonly Row[], num: (r: Row) => number | null, den: (r: Row) => number | null): number {
  let n = 0;
  let d = 0;
  for (const r of rows) {
    const x = num(r);
    const y = den(r);
    if (x === null || y === null) continue;
    n += x;
    d += y;
  }
  return n / d;
}

const interactions = (r: Row): number | null =>
  r.likes === null || r.comments === null || r.shares === null || r.saves === null ? null : r.likes + r.comments + r.shares + r.saves;
const ctr = (rows: readonly Row[]) => ratio(rows, (r) => r.clicks, (r) => r.impressions);

function byPlatform(dataset: DemoDataset): Map<PlatformKey, Row[]> {
  const platform = platformOf(dataset);
  const out = new Map<PlatformKey, Row[]>();
  for (const r of dataset.dailyMetrics) {
    const p = platform.get(r.accountKey);
    if (!p) throw new Error(`row for unknown account ${r.accountKey}`);
    out.set(p, [...(out.get(p) ?? []), r]);
  }
  return out;
}

function sumImpressions(dataset: DemoDataset, from: string, to: string): number {
  return dataset.dailyMetrics.filter((r) => r.day >= from && r.day <= to).reduce((s, r) => s + (r.impressions ?? 0), 0);
}

/** Every number anywhere in the dataset is finite. */
function nonFinite(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

function twoProportionZ(x1: number, n1: number, x2: number, n2: number): number {
  const p = (x1 + x2) / (n1 + n2);
  return (x1 / n1 - x2 / n2) / Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
}

describe("prng", () => {
  it("repeats a sequence for a seed and stays in range", () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const c = createRng(7);
    const normals = Array.from({ length: 20_000 }, () => c.normal());
    const mean = normals.reduce((s, x) => s + x, 0) / normals.length;
    const sd = Math.sqrt(normals.reduce((s, x) => s + (x - mean) ** 2, 0) / normals.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(sd).toBeGreaterThan(0.97);
    expect(sd).toBeLessThan(1.03);
    const ints = Array.from({ length: 1000 }, () => c.int(1, 4));
    expect(new Set(ints)).toEqual(new Set([1, 2, 3, 4]));
  });
});

describe("demoEndDay", () => {
  it("is the Sunday ending the last complete week in Shanghai", () => {
    expect(demoEndDay(new Date("2026-11-26T10:00:00Z"))).toBe("2026-11-22");
    // Sunday 23:00 in Shanghai: that week is not complete yet.
    expect(demoEndDay(new Date("2026-11-22T15:00:00Z"))).toBe("2026-11-15");
    // Monday 01:00 in Shanghai while it is still Sunday in UTC.
    expect(demoEndDay(new Date("2026-11-22T17:00:00Z"))).toBe("2026-11-22");
  });
});

describe("generateDemoData", () => {
  it("is deterministic for the same options and changes with the seed", () => {
    expect(generateDemoData({ endDay: END_DAY })).toEqual(data);
    const other = generateDemoData({ endDay: END_DAY, seed: 7 });
    expect(other.dailyMetrics).not.toEqual(data.dailyMetrics);
    expect(other.accounts).toEqual(data.accounts);
  });

  it("rejects an end day that does not close a week", () => {
    expect(() => generateDemoData({ endDay: "2026-11-21" })).toThrow(/Sunday/);
  });

  it("sets up the workspace the product expects", () => {
    expect(data.workspace).toMatchObject({ slug: "demo", weekStart: 1, timeZone: "Asia/Shanghai", currency: "CNY", benchmarkSetKey: "report-2026" });
    expect(data.range).toEqual({ start: addDays(END_DAY, -279), end: END_DAY });
    expect(isoDayOfWeek(data.range.start)).toBe(1);
  });

  it("has one row per account per day, 40 weeks for every account still syncing", () => {
    const seen = new Set<string>();
    for (const r of data.dailyMetrics) {
      const key = `${r.accountKey}|${r.day}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
    const perAccount = new Map<string, number>();
    for (const r of data.dailyMetrics) perAccount.set(r.accountKey, (perAccount.get(r.accountKey) ?? 0) + 1);
    for (const account of data.accounts) {
      const expected = daysBetween(data.range.start, account.dataEndDay) + 1;
      expect(perAccount.get(account.key)).toBe(expected);
      if (account.key !== data.events.staleAccountKey) expect(expected).toBe(40 * 7);
    }
    const stale = data.accounts.find((a) => a.key === data.events.staleAccountKey);
    expect(stale?.dataEndDay).toBe(addDays(END_DAY, -14));
  });

  it("covers all 14 platforms, three industries and about 30 accounts in CNY", () => {
    expect(new Set(data.accounts.map((a) => a.platformKey))).toEqual(new Set(PLATFORM_KEYS));
    expect([...byPlatform(data).keys()].sort()).toEqual([...PLATFORM_KEYS].sort());
    expect(new Set(data.accounts.map((a) => a.industry)).size).toBeGreaterThanOrEqual(3);
    expect(data.accounts.length).toBeGreaterThanOrEqual(28);
    expect(data.accounts.every((a) => a.currency === "CNY")).toBe(true);
    expect(new Set(data.accounts.map((a) => a.key)).size).toBe(data.accounts.length);
  });

  it("puts overall CTR and interaction rate around the 2026 benchmarks", () => {
    const overallCtr = ctr(data.dailyMetrics);
    expect(overallCtr).toBeGreaterThanOrEqual(0.028);
    expect(overallCtr).toBeLessThanOrEqual(0.036);
    const ir = ratio(data.dailyMetrics, interactions, (r) => r.impressions);
    expect(ir).toBeGreaterThanOrEqual(0.014);
    expect(ir).toBeLessThanOrEqual(0.022);
  });

  it("spreads platforms around the benchmarks", () => {
    const platforms = byPlatform(data);
    const ctrs = [...platforms].map(([p, rows]) => [p, ctr(rows)] as const);
    expect(ctrs.some(([, v]) => v > 0.032)).toBe(true);
    expect(ctrs.some(([, v]) => v < 0.032)).toBe(true);
    const rowsOf = (p: PlatformKey): Row[] => platforms.get(p) ?? [];
    expect(ctr(rowsOf("douyin"))).toBeGreaterThan(0.032);
    expect(ctr(rowsOf("weibo"))).toBeLessThan(0.032);

    const ir = (p: PlatformKey) => ratio(rowsOf(p), interactions, (r) => r.impressions);
    expect(ir("xiaohongshu")).toBeGreaterThan(Math.max(...PLATFORM_KEYS.filter((p) => p !== "xiaohongshu").map(ir)));
    expect(ir("linkedin")).toBeLessThan(0.01);

    const roi = (p: PlatformKey) => ratio(rowsOf(p), (r) => r.revenueMinor, (r) => r.spendMinor);
    for (const p of PLATFORM_KEYS) {
      expect(roi(p), p).toBeGreaterThanOrEqual(4);
      expect(roi(p), p).toBeLessThanOrEqual(30);
    }
    expect(roi("wechat_private")).toBeGreaterThan(20);
    expect(roi("wechat_private")).toBe(Math.max(...PLATFORM_KEYS.map(roi)));

    for (const p of PLATFORM_KEYS) {
      const cvr = ratio(rowsOf(p), (r) => r.conversions, (r) => r.clicks);
      expect(cvr, p).toBeGreaterThanOrEqual(0.01);
      expect(cvr, p).toBeLessThanOrEqual(0.12);
    }
    const dwell = ratio(rowsOf("douyin"), (r) => r.watchSeconds, (r) => r.views);
    expect(dwell).toBeGreaterThan(7);
    expect(dwell).toBeLessThan(9);
  });

  it("gives the private domain a higher profit margin than the public one", () => {
    const platforms = byPlatform(data);
    const margin = (rows: Row[]) =>
      ratio(rows, (r) => (r.revenueMinor === null || r.costMinor === null ? null : r.revenueMinor - r.costMinor), (r) => (r.costMinor === null ? null : r.revenueMinor));
    const pub = [...platforms].filter(([p]) => p !== "wechat_private").flatMap(([, rows]) => rows);
    const priv = platforms.get("wechat_private") ?? [];
    expect(margin(pub)).toBeGreaterThan(0.09);
    expect(margin(pub)).toBeLessThan(0.15);
    expect(margin(priv)).toBeGreaterThan(0.24);
    expect(margin(priv)).toBeLessThan(0.32);
  });

  it("stores money as integer minor units and counts as non-negative integers", () => {
    const measures: Measure[] = [
      "impressions", "reach", "views", "clicks", "likes", "comments", "shares", "saves", "follows", "unfollows",
      "followers", "profileVisits", "watchSeconds", "spendMinor", "revenueMinor", "conversions", "costMinor",
    ];
    for (const r of data.dailyMetrics) {
      for (const m of measures) {
        const v = r[m];
        if (v === null) continue;
        expect(Number.isSafeInteger(v), `${r.accountKey} ${r.day} ${m}`).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("has no NaN or Infinity anywhere", () => {
    expect(nonFinite(data)).toEqual([]);
  });

  it("keeps reach below impressions and followers a running total", () => {
    const previous = new Map<string, number>();
    for (const r of data.dailyMetrics) {
      if (r.reach !== null && r.impressions !== null) expect(r.reach).toBeLessThanOrEqual(r.impressions);
      const before = previous.get(r.accountKey);
      if (before !== undefined && r.followers !== null) expect(r.followers).toBe(before + (r.follows ?? 0) - (r.unfollows ?? 0));
      if (r.followers !== null) previous.set(r.accountKey, r.followers);
    }
  });

  it("leaves some values unknown (null), never zero-filled", () => {
    const platform = platformOf(data);
    const xRows = data.dailyMetrics.filter((r) => platform.get(r.accountKey) === "x");
    expect(xRows.every((r) => r.reach === null)).toBe(true);
    const unknownCost = data.dailyMetrics.filter((r) => r.costMinor === null).length;
    expect(unknownCost).toBeGreaterThan(50);
    expect(unknownCost).toBeLessThan(data.dailyMetrics.length * 0.1);
    expect(data.dailyMetrics.some((r) => r.impressions === null && r.likes !== null)).toBe(true);
    expect(data.dailyMetrics.some((r) => r.day === END_DAY && r.revenueMinor === null)).toBe(true);
  });

  it("has weekly seasonality: short video up at weekends, LinkedIn down", () => {
    const platforms = byPlatform(data);
    const weekendShare = (p: PlatformKey) => {
      const rows = platforms.get(p) ?? [];
      const weekend = rows.filter((r) => isoDayOfWeek(r.day) >= 6).reduce((s, r) => s + (r.impressions ?? 0), 0);
      return weekend / rows.reduce((s, r) => s + (r.impressions ?? 0), 0);
    };
    expect(weekendShare("douyin")).toBeGreaterThan(2 / 7);
    expect(weekendShare("linkedin")).toBeLessThan(0.15);
  });

  it("plants 2–3 campaign spikes and one clearly bad week", () => {
    const { campaigns, badWeek } = data.events;
    expect(campaigns.length).toBeGreaterThanOrEqual(2);
    expect(campaigns.length).toBeLessThanOrEqual(3);
    expect(campaigns.map((c) => c.key)).toEqual(expect.arrayContaining(["618-2026", "double11-2026"]));
    const week = (start: string) => sumImpressions(data, start, addDays(start, 6));
    const around = [-14, -7, 7, 14].map((d) => week(addDays(badWeek.start, d)));
    const mean = around.reduce((s, x) => s + x, 0) / around.length;
    expect(week(badWeek.start)).toBeLessThan(0.75 * mean);
    for (const c of campaigns) {
      const peakWeek = sumImpressions(data, addDays(c.peak, -6), c.peak);
      const before = sumImpressions(data, addDays(c.start, -14), addDays(c.start, -8));
      expect(peakWeek, c.key).toBeGreaterThan(1.2 * before);
    }
    const badCtr = ctr(data.dailyMetrics.filter((r) => r.day >= badWeek.start && r.day <= badWeek.end));
    expect(badCtr).toBeLessThan(0.8 * ctr(data.dailyMetrics));
  });

  it.each(["2026-03-01", "2026-07-05", "2027-01-03", "2027-08-29"])("places every event inside the range for end day %s", (endDay) => {
    const d = generateDemoData({ endDay });
    expect(d.events.campaigns.length).toBeGreaterThanOrEqual(2);
    for (const c of d.events.campaigns) {
      expect(c.start >= d.range.start && c.peak <= d.range.end).toBe(true);
    }
    expect(d.events.badWeek.start >= d.range.start && d.events.badWeek.end <= d.range.end).toBe(true);
    const week = (start: string) => sumImpressions(d, start, addDays(start, 6));
    const around = [-14, -7, 7, 14].map((x) => week(addDays(d.events.badWeek.start, x)));
    expect(week(d.events.badWeek.start)).toBeLessThan(0.75 * Math.min(...around));
  });
});

describe("demo content", () => {
  it("has unique platform ids per account, some beyond JS integer precision", () => {
    const seen = new Set<string>();
    for (const item of data.contentItems) {
      const key = `${item.accountKey}|${item.externalId}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
    const longIds = data.contentItems.filter((i) => /^\d{19}$/.test(i.externalId));
    expect(longIds.length).toBeGreaterThan(100);
    expect(longIds.some((i) => !Number.isSafeInteger(Number(i.externalId)))).toBe(true);
  });

  it("posts 1–4 times a week per account, in local time inside the range", () => {
    const accounts = new Map(data.accounts.map((a) => [a.key, a]));
    const perWeek = new Map<string, number>();
    for (const item of data.contentItems.filter((i) => i.testGroupKey === null)) {
      const day = dayInZone(new Date(item.publishedAt), "Asia/Shanghai");
      expect(day >= data.range.start && day <= (accounts.get(item.accountKey)?.dataEndDay ?? "")).toBe(true);
      const week = `${item.accountKey}|${Math.floor(daysBetween(data.range.start, day) / 7)}`;
      perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
    }
    expect(Math.max(...perWeek.values())).toBeLessThanOrEqual(4);
    const douyin = data.contentItems.find((i) => i.accountKey.startsWith("douyin/"));
    expect(douyin?.title).toMatch(/[\u4e00-\u9fff]/);
    const linkedin = data.contentItems.find((i) => i.accountKey.startsWith("linkedin/"));
    expect(linkedin?.title).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("shows co-created content earning the most interaction and AI the least dwell", () => {
    const everyday = data.contentItems.filter((i) => i.testGroupKey === null && i.format === "short_video");
    const rate = (origin: string) => {
      const items = everyday.filter((i) => i.origin === origin);
      const inter = items.reduce((s, i) => s + (i.likes ?? 0) + (i.comments ?? 0) + (i.shares ?? 0) + (i.saves ?? 0), 0);
      const imp = items.reduce((s, i) => s + (i.impressions ?? 0), 0);
      const dwell = items.reduce((s, i) => s + (i.watchSeconds ?? 0), 0) / items.reduce((s, i) => s + (i.views ?? 0), 0);
      return { ir: inter / imp, dwell, count: items.length };
    };
    const [ai, human, co] = [rate("ai_generated"), rate("human"), rate("co_created")];
    expect(co.ir).toBeGreaterThan(human.ir);
    expect(human.ir).toBeGreaterThan(ai.ir);
    expect(ai.dwell).toBeLessThan(human.dwell);
    expect(ai.count).toBeGreaterThan(human.count);
  });

  it("has one significant and one inconclusive content test", () => {
    const groups = new Map(data.contentTestGroups.map((g) => [g.key, g]));
    expect(data.contentTestGroups.length).toBeGreaterThanOrEqual(2);
    const totals = (group: string, variant: string) => {
      const items = data.contentItems.filter((i) => i.testGroupKey === group && i.variant === variant);
      return {
        impressions: items.reduce((s, i) => s + (i.impressions ?? 0), 0),
        clicks: items.reduce((s, i) => s + (i.clicks ?? 0), 0),
        interactions: items.reduce((s, i) => s + (i.likes ?? 0) + (i.comments ?? 0) + (i.shares ?? 0) + (i.saves ?? 0), 0),
      };
    };
    expect(groups.get("xhs-origin-ai-human-cocreated")?.controlVariant).toBe("human");
    const human = totals("xhs-origin-ai-human-cocreated", "human");
    const co = totals("xhs-origin-ai-human-cocreated", "co_created");
    expect(twoProportionZ(co.interactions, co.impressions, human.interactions, human.impressions)).toBeGreaterThan(3);

    const a = totals("douyin-hook-a-b", "hook_a");
    const b = totals("douyin-hook-a-b", "hook_b");
    expect(a.clicks).toBeGreaterThan(30);
    expect(Math.abs(twoProportionZ(b.clicks, b.impressions, a.clicks, a.impressions))).toBeLessThan(1.96);
    for (const item of data.contentItems.filter((i) => i.testGroupKey !== null)) expect(item.variant).not.toBeNull();
  });
});

describe("demo journeys and cohorts", () => {
  it("defines the report's two journeys with three steps each", () => {
    expect(data.journeys.map((j) => j.steps.map((s) => s.platformKey))).toEqual([
      ["douyin", "xiaohongshu", "wechat_private"],
      ["wechat_channels", "wechat_private", "wechat_private"],
    ]);
    for (const j of data.journeys) expect(j.steps.map((s) => s.position)).toEqual([1, 2, 3]);
  });

  it("observes 12 weeks of cohort days with a ~3-day Xiaohongshu seeding lag", () => {
    const obs = data.journeyObservations.filter((o) => o.journeyKey === "ecommerce-douyin-xhs-wechat");
    expect(new Set(obs.map((o) => o.cohortDay)).size).toBe(84);
    expect(obs.filter((o) => o.position === 1).every((o) => o.daysToStep === 0)).toBe(true);
    for (const o of data.journeyObservations) {
      expect(o.daysToStep).toBeLessThanOrEqual(Math.min(14, daysBetween(o.cohortDay, END_DAY)));
      expect(o.people).toBeGreaterThan(0);
    }
    const seeding = obs.filter((o) => o.position === 2).sort((x, y) => x.daysToStep - y.daysToStep);
    const total = seeding.reduce((s, o) => s + o.people, 0);
    let running = 0;
    const median = seeding.find((o) => (running += o.people) >= total / 2)?.daysToStep;
    expect(median).toBe(3);
    const steps = [1, 2, 3].map((p) => obs.filter((o) => o.position === p).reduce((s, o) => s + o.people, 0));
    expect(steps[0]).toBeGreaterThan(steps[1] ?? Infinity);
    expect(steps[1]).toBeGreaterThan(steps[2] ?? Infinity);
  });

  it("has weekly cohorts with virtual week-4 retention near 28% and the private domain higher", () => {
    const weekly = data.cohorts.filter((c) => c.periodUnit === "week");
    const week4 = (platform: PlatformKey) => {
      const cohorts = weekly.filter((c) => c.platformKey === platform && c.active.length > 4);
      return cohorts.reduce((s, c) => s + (c.active[4] ?? 0), 0) / cohorts.reduce((s, c) => s + c.size, 0);
    };
    expect(week4("virtual")).toBeGreaterThan(0.24);
    expect(week4("virtual")).toBeLessThan(0.32);
    expect(week4("wechat_private")).toBeGreaterThan(week4("virtual") + 0.05);
    expect(weekly).toHaveLength(36);
    for (const c of weekly) {
      expect(c.active[0]).toBe(c.size);
      // One period per complete week from the cohort's start to the range end.
      expect(c.active.length).toBe((daysBetween(c.cohortStart, END_DAY) + 1) / 7);
    }
  });
});

describe("demo monthly cohorts", () => {
  it("has six per platform, the last the last month that has ended, each counted for every ended month", () => {
    const monthly = data.cohorts.filter((c) => c.periodUnit === "month");
    expect(data.cohorts.filter((c) => c.periodUnit !== "week" && c.periodUnit !== "month")).toEqual([]);
    for (const platform of ["wechat_private", "virtual", "xiaohongshu"] as const) {
      const starts = monthly.filter((c) => c.platformKey === platform).map((c) => c.cohortStart);
      expect(starts).toHaveLength(6);
      // consecutive first days of months
      for (const [i, start] of starts.entries()) {
        expect(start.slice(8)).toBe("01");
        if (i > 0) expect(daysBetween(starts[i - 1]!, start)).toBeGreaterThanOrEqual(28);
      }
    }
    for (const c of monthly) {
      expect(c.active[0]).toBe(c.size);
      // month p has ended by the range end; month p + 1 has not
      const monthEnd = (p: number) => {
        const [y, m] = c.cohortStart.split("-").map(Number) as [number, number];
        return new Date(Date.UTC(y, m - 1 + p + 1, 0)).toISOString().slice(0, 10);
      };
      expect(monthEnd(c.active.length - 1) <= END_DAY).toBe(true);
      expect(monthEnd(c.active.length) > END_DAY).toBe(true);
      for (const n of c.active) expect(n).toBeLessThanOrEqual(c.size);
    }
  });

  it("keeps the private domain above the virtual platform a month after joining", () => {
    const month1 = (platform: PlatformKey) => {
      const cohorts = data.cohorts.filter((c) => c.periodUnit === "month" && c.platformKey === platform && c.active.length > 1);
      return cohorts.reduce((s, c) => s + (c.active[1] ?? 0), 0) / cohorts.reduce((s, c) => s + c.size, 0);
    };
    // virtual: floor 0.17 + 0.83·e^(−(30/7)/1.98) ≈ 0.264
    expect(month1("virtual")).toBeGreaterThan(0.22);
    expect(month1("virtual")).toBeLessThan(0.31);
    expect(month1("wechat_private")).toBeGreaterThan(month1("virtual") + 0.05);
  });
});

describe("demo goals and annotations", () => {
  it("sets goals for the quarter, the month and the last week", () => {
    expect(new Set(data.goals.map((g) => g.periodType))).toEqual(new Set(["week", "month", "quarter"]));
    expect(data.goals).toContainEqual(expect.objectContaining({ metric: "ctr", platformKey: null, target: 0.032, periodType: "quarter" }));
    const revenue = data.goals.find((g) => g.metric === "revenue");
    expect(Number.isSafeInteger(revenue?.target)).toBe(true);
    for (const g of data.goals) expect(g.startDay <= g.endDay).toBe(true);
  });

  it("annotates the campaigns, the bad week, the algorithm change and the stale account", () => {
    expect(data.annotations.length).toBeGreaterThanOrEqual(4);
    expect(data.annotations.length).toBeLessThanOrEqual(6);
    const days = data.annotations.map((a) => a.day);
    expect(days).toContain(data.events.badWeek.start);
    expect(days).toContain(data.events.algorithmChangeDay);
    expect(data.annotations.some((a) => a.platformKey !== null)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import type { Attention } from "@/lib/metrics/attention";
import type { BenchmarkStatus } from "@/lib/metrics/benchmarks";
import { attentionFinding, kpiFinding, type KpiFacts } from "@/lib/metrics/findings";

function facts(f: Partial<KpiFacts>): KpiFacts {
  return { platformKey: "douyin", metric: "ctr", value: null, benchmark: null, change: null, changeKind: "pp", significance: null, ...f };
}

function item(a: Partial<Attention> & Pick<Attention, "kind">): Attention {
  return { severity: "high", platformKey: null, metric: null, value: null, reference: null, change: null, count: null, ...a };
}

/** A benchmark as the board cell carries it: figure, direction and the chip's status. */
function bench(value: number, status: BenchmarkStatus | null): KpiFacts["benchmark"] {
  return { value, direction: "higher", status };
}

describe("kpiFinding", () => {
  // Douyin CTR 3.6% against a 3.2% benchmark (gap 0.4 pp), up 0.3 pp on last week, significant.
  const douyin = facts({ value: 0.036, benchmark: bench(0.032, "above"), change: 0.3, changeKind: "pp", significance: "significant" });

  it("writes the English sentence from the template", () => {
    const f = kpiFinding(douyin, "CNY");
    expect(f?.kind).toBe("kpi");
    expect(f?.en).toBe("Douyin CTR 3.60% is 0.40 pp above the 3.20% benchmark; up 0.30 pp on last week, significant.");
    expect(f?.verdict).toBe("above");
    expect(f?.verdicts).toEqual([{ on: "douyin", metric: "ctr", status: "above" }]);
  });

  it("writes the Chinese sentence with the same figures", () => {
    const zh = kpiFinding(douyin, "CNY")!.zh;
    for (const part of ["抖音", "点击率", "3.60%", "3.20%", "高于", "0.40个百分点", "上升", "0.30个百分点", "显著"]) expect(zh).toContain(part);
    expect(zh).not.toContain("不显著");
    expect(zh.endsWith("。")).toBe(true);
    // benchmark clause before the change clause
    expect(zh.indexOf("0.40个百分点")).toBeLessThan(zh.indexOf("0.30个百分点"));
  });

  it("says below and down for a KPI under its benchmark that fell", () => {
    // 2.8% < 0.9 × 3.2% = 2.88%: below
    const f = kpiFinding(facts({ value: 0.028, benchmark: bench(0.032, "below"), change: -0.3, significance: "not_significant" }), "CNY")!;
    expect(f.en).toBe("Douyin CTR 2.80% is 0.40 pp below the 3.20% benchmark; down 0.30 pp on last week, not significant.");
    for (const part of ["2.80%", "低于", "3.20%", "0.40个百分点", "下降", "0.30个百分点", "不显著"]) expect(f.zh).toContain(part);
    expect(f.zh).not.toContain("略低于");
    expect(f.verdict).toBe("below");
  });

  it("says 'just below' for a KPI within the tolerance under its benchmark", () => {
    // 3.0% ≥ 0.9 × 3.2% = 2.88%: near; the gap is 0.20 pp
    const f = kpiFinding(facts({ value: 0.03, benchmark: bench(0.032, "near") }), "CNY")!;
    expect(f.en).toBe("Douyin CTR 3.00% is just below the 3.20% benchmark, by 0.20 pp.");
    expect(f.zh).toBe("抖音点击率 3.00%，略低于3.20%的行业基准0.20个百分点。");
    expect(f.verdict).toBe("near");
  });

  it("words the status it is given, not one of its own (the chip's tolerance rules)", () => {
    // the same 3.0% vs 3.2% with a tolerance of 0 is below: the sentence follows
    expect(kpiFinding(facts({ value: 0.03, benchmark: bench(0.032, "below") }), "CNY")!.en).toBe("Douyin CTR 3.00% is 0.20 pp below the 3.20% benchmark.");
  });

  it("never reads an 'above' as 'in line' when the gap rounds to nothing (the demo's 1.804% vs 1.8%)", () => {
    // 1.804% − 1.80% = 0.004 pp, shown at two decimals as 0.00: above, by less than 0.01 pp
    const f = kpiFinding(facts({ platformKey: null, metric: "interactionRate", value: 0.01804, benchmark: bench(0.018, "above") }), "CNY")!;
    expect(f.en).toBe("Overall interaction rate 1.80% is above the 1.80% benchmark by less than 0.01 pp.");
    expect(f.zh).toBe("整体互动率 1.80%，高于1.80%的行业基准（差距不足0.01个百分点）。");
    for (const word of ["in line", "on par", "below"]) expect(f.en).not.toContain(word);
    expect(f.zh).not.toContain("持平");
    // 3.199% vs 3.20%: near, by less than 0.01 pp
    expect(kpiFinding(facts({ value: 0.03199, benchmark: bench(0.032, "near") }), "CNY")!.en).toBe(
      "Douyin CTR 3.20% is just below the 3.20% benchmark by less than 0.01 pp.",
    );
    // 0.01 pp is a gap
    expect(kpiFinding(facts({ value: 0.0321, benchmark: bench(0.032, "above") }), "CNY")!.en).toBe("Douyin CTR 3.21% is 0.01 pp above the 3.20% benchmark.");
  });

  it("writes ROI as 1:N with the gap in × and its change in percent", () => {
    // ROI 1:9.5 against the report's 1:18 target: 8.5× below; down 10% on last week
    const f = kpiFinding(facts({ metric: "roi", value: 9.5, benchmark: bench(18, "below"), change: -0.1, changeKind: "percent" }), "CNY")!;
    expect(f.en).toBe("Douyin ROI 1:9.5 is 8.5× below the 1:18.0 benchmark; down 10.0% on last week.");
    for (const part of ["抖音", "ROI", "1:9.5", "低于", "1:18.0", "8.5×", "下降", "10.0%"]) expect(f.zh).toContain(part);
    expect(f.en).not.toContain("pp");
    expect(f.zh).not.toContain("百分点");
  });

  it("says an ROI above its benchmark by less than 0.05 is above by less than 0.1×", () => {
    const f = kpiFinding(facts({ platformKey: null, metric: "roi", value: 18.04, benchmark: bench(18, "above") }), "CNY")!;
    expect(f.en).toBe("Overall ROI 1:18.0 is above the 1:18.0 benchmark by less than 0.1×.");
    expect(f.zh).toContain("整体ROI");
    expect(f.zh).toContain("高于1:18.0的行业基准（差距不足0.1×）");
    expect(f.verdicts).toEqual([{ on: "total", metric: "roi", status: "above" }]);
  });

  it("writes a figure without a benchmark (or without a status) and a change without a test", () => {
    expect(kpiFinding(facts({ value: 0.036, change: 0.3 }), "CNY")!.en).toBe("Douyin CTR 3.60%; up 0.30 pp on last week.");
    expect(kpiFinding(facts({ value: 0.036, benchmark: bench(0.032, null) }), "CNY")!.verdict).toBeNull();
    expect(kpiFinding(facts({ value: 0.036, benchmark: bench(0.032, null) }), "CNY")!.en).toBe("Douyin CTR 3.60%.");
    expect(kpiFinding(facts({ value: 0.036, change: 0.3, significance: "too_little_data" }), "CNY")!.en).toBe(
      "Douyin CTR 3.60%; up 0.30 pp on last week, too little data to tell.",
    );
    expect(kpiFinding(facts({ value: 0.036 }), "CNY")!.en).toBe("Douyin CTR 3.60%.");
    // a change of exactly 0 reads "unchanged"
    expect(kpiFinding(facts({ value: 0.036, change: 0, significance: "not_significant" }), "CNY")!.en).toBe(
      "Douyin CTR 3.60%; unchanged on last week.",
    );
  });

  it("writes money in major units of the currency", () => {
    // revenue 500 000 fen = ¥5,000, up 12.5%
    const f = kpiFinding(facts({ platformKey: null, metric: "revenue", value: 500_000, change: 0.125, changeKind: "percent" }), "CNY")!;
    expect(f.en).toBe("Overall revenue ¥5,000; up 12.5% on last week.");
    expect(f.zh).toContain("整体收入");
    expect(f.zh).toContain("¥5,000");
    expect(f.zh).toContain("上升12.5%");
  });

  it("does not describe a change that rounds to zero as 'up 0.00 pp' or 'down 0.0%'", () => {
    // Like the benchmark gap, a change that shows as zero at the precision
    // shown should not read as a rise or a fall.
    const pp = kpiFinding(facts({ value: 0.036, change: -0.001, significance: "not_significant" }), "CNY")!;
    expect(pp.en).not.toMatch(/(up|down) 0\.00 pp/);
    expect(pp.zh).not.toMatch(/(上升|下降)0\.00个百分点/);
    const pct = kpiFinding(facts({ platformKey: null, metric: "revenue", value: 500_000, change: 0.0004, changeKind: "percent" }), "CNY")!;
    expect(pct.en).not.toMatch(/(up|down) 0\.0%/);
  });

  it("gives no finding without a value", () => {
    expect(kpiFinding(facts({ value: null, benchmark: bench(0.032, null), change: 0.3, significance: "significant" }), "CNY")).toBeNull();
  });
});

describe("attentionFinding", () => {
  it("writes the stale-data sentence with the account count", () => {
    const f = attentionFinding(item({ kind: "stale_data", platformKey: "xiaohongshu", count: 2 }), "CNY")!;
    expect(f.kind).toBe("stale_data");
    expect(f.en).toBe("Xiaohongshu: 2 accounts sent no data this week; check the data sync.");
    expect(f.zh).toBe("小红书有2个账号本周没有数据，请检查数据同步。");
    // singular, and no platform
    expect(attentionFinding(item({ kind: "stale_data", platformKey: null, count: 1 }), "CNY")!.en).toBe(
      "Some platforms: 1 account sent no data this week; check the data sync.",
    );
  });

  it("writes the goal-off-pace sentence with target and projection", () => {
    // revenue goal ¥8,000 (800 000 fen), projected ¥6,200 (620 000 fen)
    const revenue = attentionFinding(item({ kind: "goal_off_pace", metric: "revenue", value: 620_000, reference: 800_000 }), "CNY")!;
    expect(revenue.kind).toBe("goal_off_pace");
    expect(revenue.en).toBe("Overall revenue is off pace for its ¥8,000 goal (projected ¥6,200).");
    for (const part of ["整体收入", "¥8,000", "预计无法达成", "¥6,200"]) expect(revenue.zh).toContain(part);
    // a rate goal on a platform
    const ctr = attentionFinding(item({ kind: "goal_off_pace", platformKey: "douyin", metric: "ctr", value: 0.028, reference: 0.035 }), "CNY")!;
    expect(ctr.en).toBe("Douyin CTR is off pace for its 3.50% goal (projected 2.80%).");
    for (const part of ["抖音点击率", "3.50%", "2.80%"]) expect(ctr.zh).toContain(part);
  });

  it("gives no sentence for the other kinds", () => {
    for (const kind of ["below_benchmark", "significant_drop", "anomaly"] as const) {
      expect(attentionFinding(item({ kind, platformKey: "douyin", metric: "ctr", value: 0.02, reference: 0.032 }), "CNY")).toBeNull();
    }
  });
});

import { describe, expect, it } from "vitest";
import { attentionItems, type Attention, type AttentionRow } from "@/lib/metrics/attention";
import { BOARD_METRIC_KEYS, type BoardMetricKey } from "@/lib/metrics/board-metrics";

type Cell = AttentionRow["metrics"][BoardMetricKey];

const EMPTY_CELL: Cell = { value: null, change: null, significance: null, benchmark: null, goal: null, anomaly: null };

function row(platformKey: string | null, cells: Partial<Record<BoardMetricKey, Partial<Cell>>> = {}, staleAccounts = 0): AttentionRow {
  const metrics = Object.fromEntries(BOARD_METRIC_KEYS.map((k) => [k, { ...EMPTY_CELL, ...cells[k] }])) as Record<BoardMetricKey, Cell>;
  return { platformKey, staleAccounts, metrics };
}

describe("attentionItems: each kind and only its condition", () => {
  it("gives nothing for a quiet row", () => {
    expect(attentionItems([row(null), row("douyin")])).toEqual([]);
  });

  it("flags a KPI below its benchmark, and not one near or above it", () => {
    const items = attentionItems([row("douyin", { ctr: { value: 0.02, benchmark: { value: 0.032, status: "below" } } })]);
    expect(items).toEqual<Attention[]>([
      { kind: "below_benchmark", severity: "medium", platformKey: "douyin", metric: "ctr", value: 0.02, reference: 0.032, change: null, count: null },
    ]);
    for (const status of ["near", "above", null] as const) {
      expect(attentionItems([row("douyin", { ctr: { value: 0.03, benchmark: { value: 0.032, status } } })])).toEqual([]);
    }
  });

  it("flags a significant drop of a higher-is-better KPI", () => {
    const items = attentionItems([row("douyin", { ctr: { value: 0.028, change: -0.4, significance: "significant" } })]);
    expect(items).toEqual<Attention[]>([
      { kind: "significant_drop", severity: "medium", platformKey: "douyin", metric: "ctr", value: 0.028, reference: null, change: -0.4, count: null },
    ]);
  });

  it("does not flag a significant CTR rise, nor a drop that is not significant", () => {
    expect(attentionItems([row("douyin", { ctr: { value: 0.036, change: 0.4, significance: "significant" } })])).toEqual([]);
    expect(attentionItems([row("douyin", { ctr: { value: 0.028, change: -0.4, significance: "not_significant" } })])).toEqual([]);
    expect(attentionItems([row("douyin", { ctr: { value: 0.028, change: -0.4, significance: "too_little_data" } })])).toEqual([]);
    expect(attentionItems([row("douyin", { ctr: { value: 0.028, change: -0.4, significance: null } })])).toEqual([]);
    expect(attentionItems([row("douyin", { ctr: { value: 0.028, change: null, significance: "significant" } })])).toEqual([]);
  });

  it("flags a significant spend rise (worse, because lower spend is better) and not a spend fall", () => {
    const items = attentionItems([row("xiaohongshu", { spend: { value: 120_000, change: 0.2, significance: "significant" } })]);
    expect(items).toEqual<Attention[]>([
      { kind: "significant_drop", severity: "medium", platformKey: "xiaohongshu", metric: "spend", value: 120_000, reference: null, change: 0.2, count: null },
    ]);
    expect(attentionItems([row("xiaohongshu", { spend: { value: 80_000, change: -0.2, significance: "significant" } })])).toEqual([]);
  });

  it("flags a significant revenue fall and not a rise", () => {
    expect(attentionItems([row(null, { revenue: { value: 80_000, change: -0.2, significance: "significant" } })]).map((i) => i.kind)).toEqual([
      "significant_drop",
    ]);
    expect(attentionItems([row(null, { revenue: { value: 120_000, change: 0.2, significance: "significant" } })])).toEqual([]);
  });

  it("flags an anomaly against its median, and not a normal week", () => {
    const items = attentionItems([row("douyin", { interactionRate: { value: 0.09, anomaly: { isAnomaly: true, median: 0.05 } } })]);
    expect(items).toEqual<Attention[]>([
      { kind: "anomaly", severity: "medium", platformKey: "douyin", metric: "interactionRate", value: 0.09, reference: 0.05, change: null, count: null },
    ]);
    expect(attentionItems([row("douyin", { interactionRate: { value: 0.051, anomaly: { isAnomaly: false, median: 0.05 } } })])).toEqual([]);
  });

  it("flags a goal off pace with its projection and target, and not one on pace or unknown", () => {
    const items = attentionItems([row(null, { revenue: { value: 300_000, goal: { target: 1_000_000, projected: 930_000, onPace: false } } })]);
    expect(items).toEqual<Attention[]>([
      { kind: "goal_off_pace", severity: "high", platformKey: null, metric: "revenue", value: 930_000, reference: 1_000_000, change: null, count: null },
    ]);
    expect(attentionItems([row(null, { revenue: { goal: { target: 1_000_000, projected: 1_085_000, onPace: true } } })])).toEqual([]);
    expect(attentionItems([row(null, { revenue: { goal: { target: 1_000_000, projected: null, onPace: null } } })])).toEqual([]);
  });

  it("flags stale data with the number of stale accounts, and not when none are stale", () => {
    expect(attentionItems([row("weibo", {}, 3)])).toEqual<Attention[]>([
      { kind: "stale_data", severity: "high", platformKey: "weibo", metric: null, value: null, reference: null, change: null, count: 3 },
    ]);
    expect(attentionItems([row("weibo", {}, 0)])).toEqual([]);
  });

  it("gives one item per condition when a cell meets several", () => {
    const items = attentionItems([
      row("douyin", {
        ctr: {
          value: 0.02,
          change: -0.5,
          significance: "significant",
          benchmark: { value: 0.032, status: "below" },
          goal: { target: 0.035, projected: 0.02, onPace: false },
          anomaly: { isAnomaly: true, median: 0.033 },
        },
      }),
    ]);
    expect(items.map((i) => i.kind)).toEqual(["goal_off_pace", "significant_drop", "anomaly", "below_benchmark"]);
  });
});

describe("attentionItems: ordering", () => {
  it("puts stale data first, then goals, drops, anomalies, benchmarks; whole workspace before platforms within a kind", () => {
    const rows = [
      row("douyin", { ctr: { value: 0.02, benchmark: { value: 0.032, status: "below" } }, revenue: { goal: { target: 1_000, projected: 800, onPace: false } } }, 2),
      row(null, { ctr: { value: 0.03, change: -0.3, significance: "significant" }, roi: { value: 5, benchmark: { value: 18, status: "below" } } }, 1),
      row("xiaohongshu", { interactionRate: { value: 0.09, anomaly: { isAnomaly: true, median: 0.05 } }, revenue: { goal: { target: 500, projected: 100, onPace: false } } }, 1),
    ];
    const items = attentionItems(rows);
    expect(items.map((i) => [i.kind, i.platformKey, i.metric])).toEqual([
      ["stale_data", null, null],
      ["stale_data", "douyin", null],
      ["stale_data", "xiaohongshu", null],
      ["goal_off_pace", "douyin", "revenue"],
      ["goal_off_pace", "xiaohongshu", "revenue"],
      ["significant_drop", null, "ctr"],
      ["anomaly", "xiaohongshu", "interactionRate"],
      ["below_benchmark", null, "roi"],
      ["below_benchmark", "douyin", "ctr"],
    ]);
  });

  it("keeps platforms in the order given within a kind", () => {
    const rows = ["weibo", "douyin", "bilibili"].map((p) => row(p, { ctr: { value: 0.01, benchmark: { value: 0.03, status: "below" } } }));
    expect(attentionItems(rows).map((i) => i.platformKey)).toEqual(["weibo", "douyin", "bilibili"]);
  });
});

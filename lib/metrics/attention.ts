// The weekly board's attention list: what a manager should look at first.
// Built only from figures already computed for the board.
import type { BoardMetricKey } from "./board-metrics";
import { BOARD_METRICS, BOARD_METRIC_KEYS } from "./board-metrics";

interface Cell {
  value: number | null;
  change: number | null;
  significance: "significant" | "not_significant" | "too_little_data" | null;
  benchmark: { value: number; status: "above" | "near" | "below" | null } | null;
  goal: { target: number; projected: number | null; onPace: boolean | null } | null;
  anomaly: { isAnomaly: boolean; median: number | null } | null;
}

export interface AttentionRow {
  platformKey: string | null;
  staleAccounts: number;
  metrics: Record<BoardMetricKey, Cell>;
}

export interface Attention {
  kind: "below_benchmark" | "significant_drop" | "anomaly" | "goal_off_pace" | "stale_data";
  severity: "high" | "medium";
  platformKey: string | null;
  metric: BoardMetricKey | null;
  value: number | null;
  /** the benchmark, the goal's target or the median the value is judged against */
  reference: number | null;
  change: number | null;
  count: number | null;
}

const ORDER: Record<Attention["kind"], number> = {
  stale_data: 0,
  goal_off_pace: 1,
  significant_drop: 2,
  anomaly: 3,
  below_benchmark: 4,
};

export function attentionItems(rows: readonly AttentionRow[]): Attention[] {
  const items: Attention[] = [];
  for (const row of rows) {
    const base = { platformKey: row.platformKey, change: null, count: null };
    if (row.staleAccounts > 0) {
      items.push({ ...base, kind: "stale_data", severity: "high", metric: null, value: null, reference: null, count: row.staleAccounts });
    }
    for (const key of BOARD_METRIC_KEYS) {
      const cell = row.metrics[key];
      const worse = BOARD_METRICS[key].direction === "higher" ? (cell.change ?? 0) < 0 : (cell.change ?? 0) > 0;
      if (cell.goal?.onPace === false) {
        items.push({ ...base, kind: "goal_off_pace", severity: "high", metric: key, value: cell.goal.projected, reference: cell.goal.target });
      }
      if (cell.significance === "significant" && worse) {
        items.push({ ...base, kind: "significant_drop", severity: "medium", metric: key, value: cell.value, reference: null, change: cell.change });
      }
      if (cell.anomaly?.isAnomaly) {
        items.push({ ...base, kind: "anomaly", severity: "medium", metric: key, value: cell.value, reference: cell.anomaly.median });
      }
      if (cell.benchmark?.status === "below") {
        items.push({ ...base, kind: "below_benchmark", severity: "medium", metric: key, value: cell.value, reference: cell.benchmark.value });
      }
    }
  }
  // Whole-workspace items first within a kind, then platforms in catalogue order (stable sort).
  return items.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || Number(a.platformKey !== null) - Number(b.platformKey !== null));
}

// Which values a benchmark figure may take, read from its unit (METRICS.md §4).
// A user editing a set types a number; this decides whether it can be the
// figure it replaces: a rate stays a ratio, an ROI stays a positive multiple,
// a duration or a count is never negative.
import type { BenchmarkDirection } from "@/lib/schemas/enums";

export interface BenchmarkValueRule {
  /** what kind of number the unit describes (the page words its hint by it) */
  kind: "roi" | "rate" | "change" | "growth" | "amount";
  min: number;
  /** true: `min` itself is refused (an ROI of 0 is no return at all, not a benchmark) */
  minExclusive: boolean;
  /** null: no upper bound */
  max: number | null;
}

/**
 * - ROI (`1:N`, stored as N): greater than 0.
 * - A ratio (`ratio`, `ratio (report writes …)`): a rate or share within [0, 1];
 *   an informational one may be a change, within [−1, 1] (a share lost is −0.12).
 * - A ratio per period (`ratio/year`): growth, at least −1 (−100%), no upper bound (350% is 3.5).
 * - Anything else (seconds, days, people, switches/hour…): a non-negative amount.
 */
export function benchmarkValueRule(figure: { metric: string; unit: string; direction: BenchmarkDirection }): BenchmarkValueRule {
  if (figure.metric === "roi") return { kind: "roi", min: 0, minExclusive: true, max: null };
  const unit = figure.unit.trim().toLowerCase();
  if (unit.startsWith("ratio/")) return { kind: "growth", min: -1, minExclusive: false, max: null };
  if (unit === "ratio" || unit.startsWith("ratio ")) {
    return figure.direction === "info" ? { kind: "change", min: -1, minExclusive: false, max: 1 } : { kind: "rate", min: 0, minExclusive: false, max: 1 };
  }
  return { kind: "amount", min: 0, minExclusive: false, max: null };
}

/** Whether `value` fits the rule (finite, within its bounds). */
export function fitsBenchmarkRule(rule: BenchmarkValueRule, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (rule.minExclusive ? value <= rule.min : value < rule.min) return false;
  return rule.max === null || value <= rule.max;
}

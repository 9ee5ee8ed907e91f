// AI tool scorecard (AI工具矩阵评分卡, METRICS.md §5): tools scored 1–5 per
// criterion, total = Σ weight·score / Σ weight over the criteria the tool has
// a score for, so an unscored criterion neither counts as 0 nor shifts the scale.

export const SCORECARD_CRITERIA = ["output_quality", "cost", "speed", "brand_safety", "homogenisation_risk"] as const;
export type ScorecardCriterion = (typeof SCORECARD_CRITERIA)[number];
export type ScorecardWeights = Record<ScorecardCriterion, number>;

/**
 * Used when a workspace has set no weights. Quality first (0.3); cost and
 * brand safety next (0.2 each: money and reputation); speed and
 * homogenisation risk (0.15 each) matter but rarely decide alone. Sums to 1.
 */
export const DEFAULT_SCORECARD_WEIGHTS: ScorecardWeights = {
  output_quality: 0.3,
  cost: 0.2,
  speed: 0.15,
  brand_safety: 0.2,
  homogenisation_risk: 0.15,
};

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export function isCriterion(value: string): value is ScorecardCriterion {
  return (SCORECARD_CRITERIA as readonly string[]).includes(value);
}

export function isValidScore(score: number | null | undefined): score is number {
  return typeof score === "number" && score >= MIN_SCORE && score <= MAX_SCORE;
}

/**
 * The weights in force: the workspace's own when it has any, else the
 * defaults. A workspace that set some weights but not all gives the rest 0
 * rather than a default: its weights may be on another scale (1–10), and a
 * default mixed in would silently change their balance.
 */
export function effectiveWeights(rows: readonly { criterion: string; weight: number }[]): {
  weights: ScorecardWeights;
  source: "workspace" | "default";
} {
  const own = rows.filter((r) => isCriterion(r.criterion));
  if (own.length === 0) return { weights: { ...DEFAULT_SCORECARD_WEIGHTS }, source: "default" };
  const weights = Object.fromEntries(SCORECARD_CRITERIA.map((c) => [c, 0])) as ScorecardWeights;
  for (const r of own) weights[r.criterion as ScorecardCriterion] = r.weight;
  return { weights, source: "workspace" };
}

/**
 * Σ weight·score / Σ weight over criteria with a valid score (1–5) and a
 * positive weight; null when there is none. A score outside 1–5 is not on the
 * scale and counts as no score (the API shows it as stored, so it can be fixed).
 */
export function scorecardTotal(scores: Partial<Record<ScorecardCriterion, number | null>>, weights: ScorecardWeights): number | null {
  let weighted = 0;
  let weightSum = 0;
  for (const c of SCORECARD_CRITERIA) {
    const s = scores[c];
    const w = weights[c];
    if (!isValidScore(s) || !(w > 0)) continue;
    weighted += w * s;
    weightSum += w;
  }
  return weightSum > 0 ? weighted / weightSum : null;
}

/** What a tool is for; the scorecard compares tools across them. */
export const AI_TOOL_CATEGORIES = ["copywriting", "image", "video", "avatar", "analytics"] as const;
export type AiToolCategory = (typeof AI_TOOL_CATEGORIES)[number];

/**
 * Tools with their totals, best first: equal totals share a rank (1, 2, 2, 4);
 * tools without a total come last, unranked; ties broken by key so the order
 * never depends on the database's.
 */
export function rankTools<T extends { key: string; scores: Partial<Record<ScorecardCriterion, number | null>> }>(
  tools: readonly T[],
  weights: ScorecardWeights,
): (T & { total: number | null; rank: number | null })[] {
  const scored = tools.map((t) => ({ ...t, total: scorecardTotal(t.scores, weights) }));
  scored.sort((a, b) => (b.total ?? -Infinity) - (a.total ?? -Infinity) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return scored.map((t) => ({
    ...t,
    rank: t.total === null ? null : 1 + scored.filter((o) => o.total !== null && t.total !== null && o.total > t.total).length,
  }));
}

/** Each weight's part of all weights (0.3 of 1.0 → 0.3; 3 of 10 → 0.3); null when they add up to 0. */
export function weightShares(weights: ScorecardWeights): Record<ScorecardCriterion, number | null> {
  const sum = SCORECARD_CRITERIA.reduce((n, c) => n + Math.max(0, weights[c]), 0);
  return Object.fromEntries(SCORECARD_CRITERIA.map((c) => [c, sum > 0 ? Math.max(0, weights[c]) / sum : null])) as Record<ScorecardCriterion, number | null>;
}

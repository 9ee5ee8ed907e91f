// Scores as the forms hold them: the text typed per criterion, read back as
// the API takes it (a number from 1 to 5, or null for "not scored").
import { MAX_SCORE, MIN_SCORE, type ScorecardCriterion } from "@/lib/metrics/scorecard";

export type ScoreDraft = Record<ScorecardCriterion, string>;

export function scoreDraftOf(criteria: readonly ScorecardCriterion[], scores: Partial<Record<ScorecardCriterion, number | null>>): ScoreDraft {
  return Object.fromEntries(criteria.map((c) => [c, scores[c] === null || scores[c] === undefined ? "" : String(scores[c])])) as ScoreDraft;
}

/** The typed scores as numbers (or null when empty), and the criteria whose text is not a score. */
export function readScores(criteria: readonly ScorecardCriterion[], draft: ScoreDraft): { scores: Record<ScorecardCriterion, number | null>; invalid: ScorecardCriterion[] } {
  const scores = {} as Record<ScorecardCriterion, number | null>;
  const invalid: ScorecardCriterion[] = [];
  for (const c of criteria) {
    const text = draft[c].trim().replace(",", ".");
    if (text === "") {
      scores[c] = null;
      continue;
    }
    const n = Number(text);
    if (Number.isFinite(n) && n >= MIN_SCORE && n <= MAX_SCORE) scores[c] = n;
    else invalid.push(c);
  }
  return { scores, invalid };
}

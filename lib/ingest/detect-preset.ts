// Which built-in preset a header belongs to: each preset scores the header
// names (0 = not this layout, 1 = certain); the best come first.
import type { Preset } from "./types";
import { normaliseHeader } from "./header";
import { BUILT_IN, BUILT_IN_PRESETS } from "./presets";

/** Every column name a built-in preset knows, normalised: what locateHeader looks for. */
export const ALL_KNOWN_HEADERS: ReadonlySet<string> = new Set(BUILT_IN.flatMap((p) => p.headers.map(normaliseHeader)));

/**
 * The least score at which the importer reads a file as the best-scoring
 * layout without asking. A score is the share of a preset's known column
 * groups the header has (its required ones all there). Every verified real
 * export scores 0.9 or more, and the unverified layouts still score above
 * 0.3 with two columns dropped and unknown ones added; below a quarter the
 * header shares only a column or two with the export (`Date` and
 * `Impressions` are 2 of X's 14 overview column groups), and reading it that way would store
 * guesses. Such a file goes to the mapping step instead.
 */
export const MIN_DETECT_SCORE = 0.25;

/** Presets whose score for this header is above 0, best first (ties keep the built-in order). */
export function detectPresets(header: readonly string[], presets: readonly Preset[] = BUILT_IN_PRESETS): { preset: Preset; score: number }[] {
  const scored: { preset: Preset; score: number; order: number }[] = [];
  presets.forEach((preset, order) => {
    let score = 0;
    try {
      score = preset.detect(header);
    } catch {
      score = 0;
    }
    if (Number.isFinite(score) && score > 0) scored.push({ preset, score: Math.min(1, score), order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map(({ preset, score }) => ({ preset, score }));
}

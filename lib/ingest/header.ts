// Finding the header row of an export: exports may start with a title line
// (Meta's per-metric exports), a date-range preamble, or a `sep=` line (read
// by readTable). The header is the row among the first few whose cells best
// match the column names the presets know; duplicate names are made unique
// (Meta's content export has `Views` twice: `Views`, `Views (2)`), and a
// second header row of descriptions (legacy Facebook Insights) is spotted so
// data starts after it.
import type { LocatedHeader } from "./types";
import { parseDateParts } from "./dates";
import { isValueError, parseNumber, toHalfWidth } from "./values";

const SEARCH_ROWS = 15;

/** Trim, lower-case, collapse spaces, strip quotes, full-width → half-width. */
export function normaliseHeader(name: string): string {
  return toHalfWidth(name)
    .replace(/[\u200b\u200c\u200d\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, "")
    .trim()
    .toLowerCase();
}

const normalisedSets = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function normalisedSet(known: ReadonlySet<string>): ReadonlySet<string> {
  let set = normalisedSets.get(known);
  if (!set) {
    set = new Set([...known].map(normaliseHeader));
    normalisedSets.set(known, set);
  }
  return set;
}

/** Header cells as names: trimmed, empty ones named by position, duplicates numbered (`Views`, `Views (2)`). */
export function uniqueHeaderNames(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  return cells.map((cell, i) => {
    let name = toHalfWidth(cell).replace(/[\u200b\ufeff]/g, "").replace(/\s+/g, " ").trim();
    if (name === "") name = `(column ${i + 1})`;
    const key = normaliseHeader(name);
    if (seen.has(key)) {
      let k = counts.get(key) ?? 1;
      let candidate: string;
      do {
        k++;
        candidate = `${name} (${k})`;
      } while (seen.has(normaliseHeader(candidate)));
      counts.set(key, k);
      name = candidate;
    }
    seen.add(normaliseHeader(name));
    return name;
  });
}

function looksLikeValue(cell: string): boolean {
  const t = cell.trim();
  if (t === "") return false;
  const n = parseNumber(t);
  if (n !== null && !isValueError(n)) return true;
  const d = parseDateParts(t);
  return d !== null && !("error" in d);
}

/**
 * A row of descriptions under the names (legacy Facebook Insights): mostly
 * filled, no numbers or dates, and long, sentence-like cells.
 */
function isDescriptionRow(header: readonly string[], cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== "");
  const headerFilled = header.filter((c) => c.trim() !== "").length;
  if (filled.length < 2 || filled.length < headerFilled * 0.5) return false;
  if (filled.some(looksLikeValue)) return false;
  const sentences = filled.filter((c) => c.trim().length > 15 && /\s/.test(c.trim()));
  return sentences.length >= filled.length * 0.6;
}

export function locateHeader(records: readonly { line: number; cells: string[] }[], knownHeaderNames: ReadonlySet<string>): LocatedHeader | null {
  const known = normalisedSet(knownHeaderNames);
  const limit = Math.min(records.length, SEARCH_ROWS);
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < limit; i++) {
    const cells = (records[i] as { cells: string[] }).cells;
    const names = new Set(cells.map(normaliseHeader).filter((c) => c !== ""));
    let matches = 0;
    for (const name of names) if (known.has(name)) matches++;
    if (matches === 0) continue;
    const score = matches + names.size * 0.001;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  if (best < 0) {
    // No known name: the first row of two or more text cells followed by a row as wide.
    for (let i = 0; i < limit; i++) {
      const cells = (records[i] as { cells: string[] }).cells;
      const filled = cells.filter((c) => c.trim() !== "");
      if (filled.length < 2 || filled.some(looksLikeValue)) continue;
      const next = records[i + 1];
      if (next && next.cells.length >= cells.length * 0.5) {
        best = i;
        break;
      }
    }
  }
  if (best < 0) return null;
  const header = (records[best] as { cells: string[] }).cells;
  const next = records[best + 1];
  return {
    index: best,
    names: uniqueHeaderNames(header),
    secondRow: next !== undefined && isDescriptionRow(header, next.cells),
  };
}

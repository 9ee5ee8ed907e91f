// The rollup of rows an import is inserting, computed from the values it
// already holds: the TypeScript twin of the SQL that builds a DailyRollup row
// (lib/queries/sql/rollup-sql.ts), with the same "both parts known" rule
// (partValue, as pairSum applies it). Gathered over many chunks in a
// RollupBuffer and added to the stored rollups by a few upserts per import,
// instead of a GROUP BY over the rows just written.
// tests/integration/rollups.test.ts compares the result with a
// recomputation from the stored rows.
import { ADDITIVE_MEASURES, type MeasureRow } from "./measures";
import type { Day } from "./periods";
import { INTERACTIONS, RATIO_KEYS, RATIO_PARTS, partValue } from "./ratios";

/**
 * The industry of a platform's total row: besides one rollup row per
 * (day, platform, industry), each (day, platform) has one over all its
 * industries, so a question without an industry filter reads one row per
 * platform and day instead of summing several. A reader takes either the
 * industry rows (an industry filter) or the total rows, never both.
 */
export const ALL_INDUSTRIES = "";

/** One rollup row as the values of ROLLUP_DELTA_COLUMNS, in that order (measure totals null while no row knows them). */
export type RollupDelta = readonly (string | number | null)[];

/** The DailyRollup columns a delta carries, in a fixed order (the keys first). */
export const ROLLUP_DELTA_COLUMNS: readonly string[] = [
  "day",
  "platformKey",
  "industry",
  "rows",
  ...ADDITIVE_MEASURES,
  "reachDailySum",
  ...RATIO_KEYS.flatMap((k) => [`${k}Num`, `${k}Den`]),
  "followersKnown",
  "followersSum",
  "followsKnown",
  "netFollowsSum",
  "interactionsKnown",
  "interactionsSum",
];

const VALUE_COLUMNS = ROLLUP_DELTA_COLUMNS.slice(3);
const at = (column: string) => VALUE_COLUMNS.indexOf(column);
const NULLABLE = new Set<string>([...ADDITIVE_MEASURES, "reachDailySum"]);
// Column positions, worked out once: the loop below runs once per imported row.
const ROWS = at("rows");
const ADDITIVE = ADDITIVE_MEASURES.map((m) => [m, at(m)] as const);
const REACH = at("reachDailySum");
const PAIRS = RATIO_KEYS.map((k) => [RATIO_PARTS[k].numerator, RATIO_PARTS[k].denominator, at(`${k}Num`), at(`${k}Den`)] as const);
const [FOLLOWERS_KNOWN, FOLLOWERS_SUM, FOLLOWS_KNOWN, NET_SUM, INTERACTIONS_KNOWN, INTERACTIONS_SUM] = [
  "followersKnown", "followersSum", "followsKnown", "netFollowsSum", "interactionsKnown", "interactionsSum",
].map(at) as [number, number, number, number, number, number];

interface Group {
  day: Day;
  platformKey: string;
  industry: string;
  values: (number | null)[];
}

/**
 * One row's part of every rollup column (null: the row adds nothing there),
 * worked out once and added to both rows it counts in.
 */
function contribution(m: MeasureRow, out: (number | null)[]): void {
  out.fill(null);
  out[ROWS] = 1;
  for (const [measure, i] of ADDITIVE) out[i] = m[measure] ?? null;
  out[REACH] = m.reach ?? null;
  for (const [numerator, denominator, ni, di] of PAIRS) {
    const n = partValue(m, numerator);
    if (n === null) continue;
    const d = partValue(m, denominator);
    if (d === null) continue;
    out[ni] = n;
    out[di] = d;
  }
  if (m.followers !== null && m.followers !== undefined) {
    out[FOLLOWERS_KNOWN] = 1;
    out[FOLLOWERS_SUM] = m.followers;
  }
  if (m.follows !== null && m.follows !== undefined) {
    out[FOLLOWS_KNOWN] = 1;
    out[NET_SUM] = m.follows - (m.unfollows ?? 0);
  }
  const interactions = partValue(m, INTERACTIONS);
  if (interactions !== null) {
    out[INTERACTIONS_KNOWN] = 1;
    out[INTERACTIONS_SUM] = interactions;
  }
}

/** Adds `part` (from `offset` on) to `values`, leaving a value alone where the part has none. */
function addTo(values: (number | null)[], part: readonly (string | number | null)[], offset = 0): void {
  for (let i = 0; i < values.length; i++) {
    const v = part[i + offset] as number | null | undefined;
    if (v !== null && v !== undefined) values[i] = (values[i] ?? 0) + v;
  }
}

/**
 * Rollup rows gathered from rows being inserted, by day, platform and
 * industry. An import adds every chunk's rows and writes the buffer when it
 * holds many groups and at its end: a file of a few accounts over many days
 * would otherwise upsert nearly one rollup row per two daily rows.
 */
export class RollupBuffer {
  private groups = new Map<string, Group>();
  /** one row's contribution, refilled for every row */
  private readonly part: (number | null)[] = new Array(VALUE_COLUMNS.length).fill(null);
  /**
   * The groups the last row went to: rows of a file come in runs of one day
   * and platform, and building the key per row was a tenth of reading one.
   * Forgotten whenever groups leave the buffer.
   */
  private last: { day: Day; platformKey: string; industry: string; group: Group; total: Group } | null = null;

  /** How many rollup rows the buffer holds. */
  get size(): number {
    return this.groups.size;
  }

  /** Adds a row to its industry's rollup row and to its platform's total. */
  add(day: Day, platformKey: string, industry: string, m: MeasureRow): void {
    contribution(m, this.part);
    let last = this.last;
    if (last === null || last.day !== day || last.platformKey !== platformKey || last.industry !== industry) {
      last = this.last = { day, platformKey, industry, group: this.group(day, platformKey, industry), total: this.group(day, platformKey, ALL_INDUSTRIES) };
    }
    addTo(last.group.values, this.part);
    addTo(last.total.values, this.part);
  }

  /** Adds rollup rows gathered by another buffer (its take()): a reader on another thread sums a chunk's rows where it reads them. */
  merge(rows: readonly RollupDelta[]): void {
    for (const r of rows) addTo(this.group(r[0] as Day, r[1] as string, r[2] as string).values, r, 3);
  }

  private group(day: Day, platformKey: string, industry: string): Group {
    const key = `${day}|${platformKey}|${industry}`;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { day, platformKey, industry, values: VALUE_COLUMNS.map((c) => (NULLABLE.has(c) ? null : 0)) }));
    return g;
  }

  /** Forgets the groups of `days`: their rollups are being rebuilt from the stored rows, which include these. */
  dropDays(days: ReadonlySet<Day>): void {
    this.last = null;
    for (const [key, g] of this.groups) if (days.has(g.day)) this.groups.delete(key);
  }

  /**
   * Up to `limit` of the gathered rollup rows, removed from the buffer (all of
   * them without a limit), each as its ROLLUP_DELTA_COLUMNS values: a writer
   * takes them a slice at a time, so they never exist all at once.
   */
  take(limit = Infinity): RollupDelta[] {
    this.last = null;
    const out: RollupDelta[] = [];
    for (const [key, g] of this.groups) {
      if (out.length >= limit) break;
      this.groups.delete(key);
      out.push([g.day, g.platformKey, g.industry, ...g.values]);
    }
    return out;
  }
}

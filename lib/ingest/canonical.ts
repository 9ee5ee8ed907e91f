// The canonical CSV of PRODUCT.md: one row per account per day, the header
// below, empty cell = unknown. Parsing turns each record into a validated
// row or into errors that name the line, column, value and reason.
import { MEASURES, type Measure, type MeasureRow } from "@/lib/metrics/measures";
import { isDay, type Day } from "@/lib/metrics/periods";
import { PLATFORM_KEYS, type PlatformKey } from "@/lib/schemas/enums";
import { parseCsv } from "./csv";
import { decimalToMinor } from "./decimal";

/** Canonical column → stored measure. Money columns are in major units in the file. */
export const CANONICAL_MEASURE_COLUMNS = {
  impressions: "impressions",
  reach: "reach",
  views: "views",
  clicks: "clicks",
  likes: "likes",
  comments: "comments",
  shares: "shares",
  saves: "saves",
  follows: "follows",
  unfollows: "unfollows",
  followers: "followers",
  profile_visits: "profileVisits",
  watch_seconds: "watchSeconds",
  spend: "spendMinor",
  revenue: "revenueMinor",
  conversions: "conversions",
  cost: "costMinor",
} as const satisfies Record<string, Measure>;
export type CanonicalMeasureColumn = keyof typeof CANONICAL_MEASURE_COLUMNS;

export const CANONICAL_HEADER = ["date", "platform", "account", ...Object.keys(CANONICAL_MEASURE_COLUMNS)] as readonly string[];

const MONEY = new Set<Measure>(["spendMinor", "revenueMinor", "costMinor"]);
/**
 * Measures that are changes and may be negative in real exports (TikTok
 * comments, net follows after deletions); every other measure is a count or
 * an amount that cannot be (METRICS.md §1).
 */
const MAY_BE_NEGATIVE = new Set<Measure>(["likes", "comments", "shares", "saves", "follows", "unfollows"]);

export interface CanonicalRow {
  /** line in the file (1-based, header = 1) or index in a JSON batch */
  line: number;
  day: Day;
  platformKey: PlatformKey;
  account: string;
  measures: Required<MeasureRow>;
}

export interface RowError {
  row: number;
  column: string;
  value: string;
  reason: string;
}

const PLATFORMS: ReadonlySet<string> = new Set(PLATFORM_KEYS);

function measureValue(measure: Measure, raw: string): { value: number | null } | { reason: string } {
  const text = raw.trim();
  if (text === "") return { value: null };
  const value = MONEY.has(measure) ? decimalToMinor(text) : /^-?\d+$/.test(text) ? Number(text) : null;
  if (value === null || !Number.isSafeInteger(value)) {
    return { reason: MONEY.has(measure) ? "not an amount with at most 2 decimals" : "not a whole number" };
  }
  if (value < 0 && !MAY_BE_NEGATIVE.has(measure)) return { reason: "cannot be negative" };
  return { value };
}

/** One record (column → text) to a row, or the reasons it is not one. */
export function validateCanonicalRecord(record: Readonly<Record<string, string>>, line: number): CanonicalRow | RowError[] {
  const errors: RowError[] = [];
  const err = (column: string, reason: string) => errors.push({ row: line, column, value: record[column] ?? "", reason });
  const day = (record.date ?? "").trim();
  if (!isDay(day)) err("date", "not a date YYYY-MM-DD");
  const platform = (record.platform ?? "").trim();
  if (!PLATFORMS.has(platform)) err("platform", "unknown platform key");
  const account = (record.account ?? "").trim();
  if (account === "" || account.length > 200) err("account", account === "" ? "missing" : "longer than 200 characters");
  const measures = Object.fromEntries(MEASURES.map((m) => [m, null])) as Required<MeasureRow>;
  for (const [column, measure] of Object.entries(CANONICAL_MEASURE_COLUMNS) as [CanonicalMeasureColumn, Measure][]) {
    const result = measureValue(measure, record[column] ?? "");
    if ("reason" in result) err(column, result.reason);
    else measures[measure] = result.value;
  }
  if (errors.length) return errors;
  return { line, day, platformKey: platform as PlatformKey, account, measures };
}

export interface CanonicalParse {
  rows: CanonicalRow[];
  errors: RowError[];
}

/** Parses a canonical CSV; duplicate (platform, account, date) rows are errors on the later line. */
export function parseCanonicalCsv(text: string): CanonicalParse {
  const [head, ...records] = parseCsv(text);
  if (!head) return { rows: [], errors: [{ row: 1, column: "(file)", value: "", reason: "the file is empty" }] };
  const header = head.cells.map((c) => c.trim().toLowerCase());
  const errors: RowError[] = [];
  for (const column of header) {
    if (!CANONICAL_HEADER.includes(column)) errors.push({ row: 1, column, value: column, reason: "unknown column" });
  }
  for (const column of ["date", "platform", "account"]) {
    if (!header.includes(column)) errors.push({ row: 1, column, value: "", reason: "required column missing" });
  }
  if (errors.length) return { rows: [], errors };

  const rows: CanonicalRow[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    if (record.cells.length !== header.length) {
      errors.push({ row: record.line, column: "(row)", value: record.cells.join(","), reason: `has ${record.cells.length} cells, the header has ${header.length}` });
      continue;
    }
    const result = validateCanonicalRecord(Object.fromEntries(header.map((h, i) => [h, record.cells[i] ?? ""])), record.line);
    if (Array.isArray(result)) {
      errors.push(...result);
      continue;
    }
    const key = `${result.platformKey}\u0000${result.account}\u0000${result.day}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ row: record.line, column: "date", value: result.day, reason: `duplicates line ${first} (same platform, account and date)` });
      continue;
    }
    seen.set(key, record.line);
    rows.push(result);
  }
  return { rows, errors };
}

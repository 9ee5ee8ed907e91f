// The canonical CSV of PRODUCT.md: one row per account per day, the header
// below, empty cell = unknown. Parsing turns each record into a validated
// row or into errors that name the line, column, value and reason.
import type { Measure, MeasureRow } from "@/lib/metrics/measures";
import type { Day } from "@/lib/metrics/periods";
import { PLATFORM_KEYS, type PlatformKey } from "@/lib/schemas/enums";
import { unguardFormula } from "@/lib/spreadsheet-formula";
import { parseCsv } from "./csv";
import { decimalToMinor } from "./decimal";
import type { ImportErrorCode, ImportErrorParamValue, ImportMessage } from "@/lib/i18n/messages/import-errors";
import { importMessage, rowError, rowErrorOf } from "./error-messages";

/**
 * Canonical column → stored measure. Money columns are in major units in the
 * file (`12.50` CNY, `5000` JPY) and stored in minor units of the workspace
 * currency: every reader takes that currency's digits (currencyDigits).
 */
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
  /** in English, made from `code` and `params` (lib/i18n/messages/import-errors.ts) */
  reason: string;
  /** the same reason in Chinese */
  reasonZh: string;
  code: ImportErrorCode;
  /** what the code's text fills in (a line number, the rounded id) */
  params?: Record<string, ImportErrorParamValue>;
}

const PLATFORMS: ReadonlySet<string> = new Set(PLATFORM_KEYS);

const INTEGER = /^-?\d+$/;

/** `-?digits` as a number (NaN otherwise); long ones go through Number, the caller checks the range. */
function integerOf(text: string): number {
  const n = text.length;
  const negative = text.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  if (i === n) return Number.NaN;
  if (n - i > 15) return INTEGER.test(text) ? Number(text) : Number.NaN;
  let v = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    v = v * 10 + d;
  }
  return negative ? -v : v;
}

/** 10^k for the decimals a currency may have (currencyDigits: 0, 2 or 3). */
const POWERS_OF_TEN = [1, 10, 100, 1000];

/**
 * decimalToMinor(text, digits) without a regular expression or string
 * building: `-?digits(.digits)?`, at most `digits` decimals once trailing
 * zeros are dropped. Long integer parts go through decimalToMinor itself.
 */
function minorOf(text: string, digits: number): number | null {
  const n = text.length;
  const negative = text.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  const start = i;
  let whole = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  if (i === start) return null;
  // Below 10^15 the float arithmetic here is exact.
  if (i - start > 15 - digits) return decimalToMinor(text, digits);
  let fraction = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46) return null;
    const from = ++i;
    for (; i < n; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return null;
    }
    if (i === from) return null;
    let end = n;
    while (end > from && text.charCodeAt(end - 1) === 48) end--;
    if (end - from > digits) return null;
    for (let k = from; k < end; k++) fraction = fraction * 10 + (text.charCodeAt(k) - 48);
    fraction *= POWERS_OF_TEN[digits - (end - from)] as number;
  }
  const minor = whole * (POWERS_OF_TEN[digits] as number) + fraction;
  return negative ? -minor : minor;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** isDay (lib/metrics/periods) without building a Date: `YYYY-MM-DD` that exists, year ≥ 100 as isDay has it. */
function isCanonicalDay(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = integerOf(text.slice(0, 4));
  const m = integerOf(text.slice(5, 7));
  const d = integerOf(text.slice(8, 10));
  if (!(y >= 100) || !(m >= 1 && m <= 12) || !(d >= 1)) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] as number));
}

/** A cell of `measure`: its value (null for an empty cell), or what is wrong with it. Money has `digits` decimals at most. */
function measureValue(measure: Measure, raw: string, digits: number): number | null | ImportMessage {
  const text = raw.trim();
  if (text === "") return null;
  const money = MONEY.has(measure);
  const value = money ? minorOf(text, digits) : integerOf(text);
  if (value === null || !Number.isSafeInteger(value)) return money ? importMessage("not_amount", { digits }) : importMessage("not_integer");
  if (value < 0 && !MAY_BE_NEGATIVE.has(measure)) return importMessage("negative");
  return value;
}

const MEASURE_ENTRIES = Object.entries(CANONICAL_MEASURE_COLUMNS) as [CanonicalMeasureColumn, Measure][];

function pushError(errors: RowError[] | null, line: number, record: Readonly<Record<string, string>>, column: string, message: ImportMessage): RowError[] {
  const list = errors ?? [];
  list.push(rowErrorOf(line, column, record[column] ?? "", message));
  return list;
}

/**
 * Where a record was read from. A `file` may be our own canonical export, in
 * which a handle a spreadsheet would run as a formula carries a quote
 * (lib/spreadsheet-formula.ts) that is taken off again, so the export imports
 * without a change; `json` (POST /api/v1/metrics) is taken as it is.
 */
export type CanonicalSource = "file" | "json";

/**
 * One record (column → text) to a row, or the reasons it is not one. Money
 * becomes minor units of a currency with `digits` decimals (currencyDigits).
 */
export function validateCanonicalRecord(record: Readonly<Record<string, string>>, line: number, digits: number, source: CanonicalSource = "json"): CanonicalRow | RowError[] {
  if (POWERS_OF_TEN[digits] === undefined) throw new RangeError(`a currency with ${digits} decimals`);
  let errors: RowError[] | null = null;
  const day = (record.date ?? "").trim();
  if (!isCanonicalDay(day)) errors = pushError(errors, line, record, "date", importMessage("invalid_date"));
  const platform = (record.platform ?? "").trim();
  if (!PLATFORMS.has(platform)) errors = pushError(errors, line, record, "platform", importMessage("unknown_platform"));
  const trimmed = (record.account ?? "").trim();
  const account = source === "file" ? unguardFormula(trimmed) : trimmed;
  if (account === "" || account.length > 200) errors = pushError(errors, line, record, "account", account === "" ? importMessage("missing") : importMessage("too_long", { max: 200 }));
  const measures = {} as Required<MeasureRow>;
  for (let i = 0; i < MEASURE_ENTRIES.length; i++) {
    const [column, measure] = MEASURE_ENTRIES[i] as [CanonicalMeasureColumn, Measure];
    const result = measureValue(measure, record[column] ?? "", digits);
    if (typeof result === "object" && result !== null) errors = pushError(errors, line, record, column, result);
    else measures[measure] = result;
  }
  if (errors) return errors;
  return { line, day, platformKey: platform as PlatformKey, account, measures };
}

export interface CanonicalParse {
  rows: CanonicalRow[];
  errors: RowError[];
}

/** Parses a canonical CSV (money with `digits` decimals); duplicate (platform, account, date) rows are errors on the later line. */
export function parseCanonicalCsv(text: string, digits: number): CanonicalParse {
  const [head, ...records] = parseCsv(text);
  if (!head) return { rows: [], errors: [rowError(1, "(file)", "", "empty_file")] };
  const header = head.cells.map((c) => c.trim().toLowerCase());
  const errors: RowError[] = [];
  for (const column of header) {
    if (!CANONICAL_HEADER.includes(column)) errors.push(rowError(1, column, column, "unknown_column"));
  }
  for (const column of ["date", "platform", "account"]) {
    if (!header.includes(column)) errors.push(rowError(1, column, "", "required_column_missing"));
  }
  if (errors.length) return { rows: [], errors };

  const rows: CanonicalRow[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    if (record.cells.length !== header.length) {
      errors.push(rowError(record.line, "(row)", record.cells.join(","), "cell_count", { cells: record.cells.length, header: header.length }));
      continue;
    }
    const result = validateCanonicalRecord(Object.fromEntries(header.map((h, i) => [h, record.cells[i] ?? ""])), record.line, digits);
    if (Array.isArray(result)) {
      errors.push(...result);
      continue;
    }
    const key = `${result.platformKey}\u0000${result.account}\u0000${result.day}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(rowError(record.line, "date", result.day, "duplicate_row", { line: first }));
      continue;
    }
    seen.set(key, record.line);
    rows.push(result);
  }
  return { rows, errors };
}

// What every built-in preset shares: finding columns by name (tolerant of
// extra, missing and reordered columns), scoring a header, reading cells
// into measures with row errors, and collecting daily rows without
// duplicates.
import type { Measure } from "@/lib/metrics/measures";
import type { Day } from "@/lib/metrics/periods";
import { currencyDigits } from "@/lib/reference/currencies";
import type { PlatformKey } from "@/lib/schemas/enums";
import { normaliseHeader } from "../header";
import type { ContentRecord, DailyRecord, ImportContext, LocatedHeader, Preset, PresetResult, RowError } from "../types";
import { hoursToSeconds, isUnknownText, isValueError, parseCount, parseDuration, parseIdText, parseMoneyMinor, parseNumber, type ParsedValue } from "../values";
import { latestMonthDay, parseDateParts, parseDateTime, parseDay, readYearless, resolveYear, type DateContext, type DateParts, type YearlessReading, type YearlessRow } from "../dates";
import { dateErrorMessage, rowError, rowErrorOf, skippedRow, type ImportMessage, type SkippedRow } from "../error-messages";

/** Something the preview should say about how the file was read (a derived figure, an ignored column). */
export interface PresetNote {
  code: string;
  en: string;
  zh: string;
}

/** PresetResult plus notes for the preview; a PresetResult wherever one is expected. */
export interface BuiltInPresetResult extends PresetResult {
  notes: PresetNote[];
  skipped: SkippedRow[];
}

export interface BuiltInPreset extends Preset {
  /** column names this layout is recognised by (all of them feed `ALL_KNOWN_HEADERS`) */
  readonly headers: readonly string[];
  parse(header: LocatedHeader, rows: readonly { line: number; cells: string[] }[], context: ImportContext): BuiltInPresetResult;
}

export type ContentMeasure = keyof ContentRecord["measures"];

// ---- columns ----------------------------------------------------------------

const UNIT_SUFFIX = /\s*\([^()]*\)$/;

/** Column lookup by any of several names: exact (normalised) first, then ignoring a unit suffix such as `(次)`. */
export class Columns {
  readonly names: readonly string[];
  private readonly norm: string[];
  private readonly loose: string[];
  constructor(names: readonly string[]) {
    this.names = names;
    this.norm = names.map(normaliseHeader);
    this.loose = this.norm.map((n) => n.replace(UNIT_SUFFIX, ""));
  }
  /** index of the first column called any of `aliases`, -1 when there is none */
  find(aliases: readonly string[]): number {
    const wanted = aliases.map(normaliseHeader);
    for (const w of wanted) {
      const i = this.norm.indexOf(w);
      if (i >= 0) return i;
    }
    for (const w of wanted) {
      if (UNIT_SUFFIX.test(w)) continue;
      const i = this.loose.indexOf(w);
      if (i >= 0 && !/\(\d+\)$/.test(this.norm[i] as string)) return i;
    }
    return -1;
  }
  has(aliases: readonly string[]): boolean {
    return this.find(aliases) >= 0;
  }
  name(index: number): string {
    return this.names[index] ?? `(column ${index + 1})`;
  }
}

export interface HeaderSpec {
  /** alias groups that must all be present */
  required: readonly (readonly string[])[];
  /** further alias groups that make the match more certain */
  optional: readonly (readonly string[])[];
  /** alias groups whose presence means another layout */
  exclude?: readonly (readonly string[])[];
}

/** 0 when a required column is missing or an excluding one present, else the share of known columns found. */
export function scoreHeader(header: readonly string[], spec: HeaderSpec): number {
  const cols = new Columns(header);
  if (!spec.required.every((g) => cols.has(g))) return 0;
  if (spec.exclude?.some((g) => cols.has(g))) return 0;
  const groups = [...spec.required, ...spec.optional];
  const found = groups.filter((g) => cols.has(g)).length;
  return Math.round((found / groups.length) * 1000) / 1000;
}

export function specHeaders(spec: HeaderSpec): string[] {
  return [...spec.required, ...spec.optional].flat();
}

// ---- results ------------------------------------------------------------------

export function emptyResult(): BuiltInPresetResult {
  return { daily: [], posts: [], errors: [], skipped: [], notes: [] };
}

export function note(result: BuiltInPresetResult, code: string, en: string, zh: string): void {
  if (!result.notes.some((n) => n.code === code)) result.notes.push({ code, en, zh });
}

const TOTAL_WORDS = new Set(["total", "totals", "grand total", "sum", "合计", "总计", "汇总", "总和", "合計", "總計"]);

/**
 * Rows a preset leaves out on purpose: blank ones and `Total` rows (said in
 * `skipped`); the rest are returned for reading.
 */
export function dataRows(rows: readonly { line: number; cells: string[] }[], result: BuiltInPresetResult): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  for (const row of rows) {
    const cells = Array.isArray(row.cells) ? row.cells : [];
    const first = cells.find((c) => c.trim() !== "");
    if (first === undefined) {
      result.skipped.push(skippedRow(row.line, { code: "empty_row" }));
      continue;
    }
    if (TOTAL_WORDS.has(normaliseHeader(first)) && cells.findIndex((c) => c.trim() !== "") === cells.indexOf(first)) {
      result.skipped.push(skippedRow(row.line, { code: "total_row", params: { label: first.trim() } }));
      continue;
    }
    out.push({ line: row.line, cells });
  }
  return out;
}

/** Errors for required columns missing from the header (parse called on a layout it does not fit). */
export function missingColumns(cols: Columns, groups: readonly (readonly string[])[], result: BuiltInPresetResult, headerLine: number): boolean {
  let missing = false;
  for (const g of groups) {
    if (!cols.has(g)) {
      result.errors.push(rowError(headerLine, g[0] as string, "", "required_column_missing"));
      missing = true;
    }
  }
  return missing;
}

/** The header's own line (for errors about columns): just before the first data row (and the description row). */
export function headerLineOf(header: LocatedHeader, rows: readonly { line: number }[]): number {
  const first = rows[0];
  return first ? Math.max(1, first.line - (header.secondRow ? 2 : 1)) : header.index + 1;
}

// ---- reading cells ------------------------------------------------------------------

/** Measures that are changes and may be negative (METRICS.md §1); every other one is a count or amount. */
const MAY_BE_NEGATIVE = new Set<string>(["likes", "comments", "shares", "saves", "follows", "unfollows"]);

/**
 * How a cell is read; the two rate kinds are click-through-like rates
 * (0–100%) read as fractions; money is read into minor units of a currency
 * with `money` decimals (moneyCell(context)).
 */
export type CellKind = "count" | "hours" | "duration" | "rateFraction" | "ratePoints" | "number" | { money: number };

/** The cell kind of money in the import's currency: `12.50` is 1250 for CNY, `5000` is 5000 for JPY. */
export function moneyCell(context: ImportContext): CellKind {
  return { money: currencyDigits(context.currency) };
}

const READERS: Record<Exclude<CellKind, object>, (text: string) => ParsedValue> = {
  count: parseCount,
  hours: hoursToSeconds,
  duration: parseDuration,
  rateFraction: (text) => parseNumber(text, { percent: "fraction" }),
  ratePoints: (text) => parseNumber(text, { percent: "points" }),
  number: (text) => parseNumber(text),
};

/** One data row: reads cells by column index, collecting RowErrors. */
export class RowReader {
  readonly line: number;
  readonly cells: readonly string[];
  private readonly cols: Columns;
  private readonly errors: RowError[];
  failed = false;
  constructor(line: number, cells: readonly string[], cols: Columns, errors: RowError[]) {
    this.line = line;
    this.cells = cells;
    this.cols = cols;
    this.errors = errors;
  }
  columnName(index: number): string {
    return index >= 0 ? this.cols.name(index) : "(row)";
  }
  raw(index: number): string {
    return index >= 0 ? (this.cells[index] ?? "") : "";
  }
  error(index: number, message: ImportMessage, value = this.raw(index)): void {
    this.errors.push(rowErrorOf(this.line, index >= 0 ? this.cols.name(index) : "(row)", value, message));
    this.failed = true;
  }
  /**
   * a × b rounded (a total from an average: watch time = plays × average
   * play time), undefined / null as either part; a product beyond a safe
   * integer is an error on the cell at `index`, as a too-large number is.
   */
  product(a: number | null | undefined, b: number | null | undefined, index: number): number | null | undefined {
    if (a === undefined || b === undefined) return undefined;
    if (a === null || b === null) return null;
    const value = Math.round(a * b);
    if (Number.isSafeInteger(value)) return value;
    this.error(index, { code: "number_too_large" });
    return null;
  }
  /** trimmed text, null when empty or a "no value" marker */
  text(index: number): string | null {
    if (index < 0) return null;
    const t = this.raw(index).trim();
    return t === "" || isUnknownText(t) ? null : t;
  }
  /**
   * A numeric cell: undefined when the column is absent (leave the measure
   * alone), null when the cell is empty or `--` (unknown), else the value.
   * `measure` decides whether a negative value is allowed.
   */
  value(index: number, kind: CellKind, measure?: string): number | null | undefined {
    if (index < 0) return undefined;
    const text = this.raw(index);
    const v: ParsedValue = typeof kind === "object" ? parseMoneyMinor(text, kind.money) : READERS[kind](text);
    if (isValueError(v)) {
      this.error(index, v);
      return null;
    }
    if ((kind === "rateFraction" || kind === "ratePoints") && v !== null && v > 1) {
      this.error(index, { code: "rate_above_100" });
      return null;
    }
    if (v !== null && v < 0 && !(measure && MAY_BE_NEGATIVE.has(measure))) {
      this.error(index, { code: "negative" });
      return null;
    }
    return v;
  }
  id(index: number): string | null {
    if (index < 0) return null;
    const v = parseIdText(this.raw(index));
    if (v !== null && typeof v === "object") {
      this.error(index, v);
      return null;
    }
    return v;
  }
}

/** Sets `measures[key]` unless the column was absent (undefined). */
export function put<K extends string>(measures: Partial<Record<K, number | null>>, key: K, value: number | null | undefined): void {
  if (value !== undefined) measures[key] = value;
}

/** Sum of several columns for one measure: absent columns add nothing; an unknown cell makes the sum unknown. */
export function sumOf(values: readonly (number | null | undefined)[]): number | null | undefined {
  const present = values.filter((v) => v !== undefined);
  if (present.length === 0) return undefined;
  if (present.some((v) => v === null)) return null;
  return (present as number[]).reduce((a, b) => a + b, 0);
}

/** round(a × b) for a count times a rate or average, null when either is unknown. */
// ---- daily rows ------------------------------------------------------------------

/** Collects daily rows; a second row for the same platform, account and day is an error on its line. */
export class DailyCollector {
  private readonly seen = new Map<string, number>();
  constructor(private readonly result: BuiltInPresetResult) {}
  add(record: DailyRecord, dateColumn: string, dateText: string): void {
    const key = `${record.platformKey}\u0000${record.account}\u0000${record.day}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.result.errors.push(rowError(record.line, dateColumn, dateText, "duplicate_row", { line: first }));
      return;
    }
    this.seen.set(key, record.line);
    this.result.daily.push(record);
  }
}

export function dailyRecord(line: number, day: Day, platformKey: PlatformKey, account: string, measures: Partial<Record<Measure, number | null>>): DailyRecord {
  return { line, day, platformKey, account, measures };
}

// ---- dates ------------------------------------------------------------------

/**
 * The date context for year-less dates of one file. A year the user gives
 * is the year of the file's latest dates, so the effective export day is
 * that year's latest month-day of the file (a Dec→Jan file puts December in
 * the year before); otherwise the export day from the context.
 */
export function yearlessContext(context: ImportContext, monthDays: readonly { month: number; day: number }[]): DateContext {
  if (context.year !== undefined) {
    const latest = latestMonthDay(monthDays);
    if (latest) {
      const y = context.year;
      // 29 February as the latest day in a year without one: fall back to the year alone.
      const d = `${y}-${String(latest.month).padStart(2, "0")}-${String(latest.day).padStart(2, "0")}`;
      const ok = resolveYear(latest.month, latest.day, { year: y });
      if (typeof ok === "number") return { exportDay: d };
    }
    return { year: context.year };
  }
  return context.exportDay ? { exportDay: context.exportDay } : {};
}

/** Month-days of the year-less date cells in a column. */
export function yearlessMonthDays(rows: readonly { cells: string[] }[], index: number): { month: number; day: number }[] {
  const out: { month: number; day: number }[] = [];
  if (index < 0) return out;
  for (const row of rows) {
    const p = parseDateParts(row.cells[index] ?? "");
    if (p && !("error" in p) && p.year === null) out.push({ month: p.month, day: p.day });
  }
  return out;
}

/** The year-less date cells of a column, in file order. */
export function yearlessRows(rows: readonly { line: number; cells: string[] }[], index: number): YearlessRow[] {
  const out: YearlessRow[] = [];
  if (index < 0) return out;
  for (const row of rows) {
    const p = parseDateParts(row.cells[index] ?? "");
    if (p && !("error" in p) && p.year === null) out.push({ line: row.line, month: p.month, day: p.day });
  }
  return out;
}

/** How the year-less dates of column `index` are read (dates.ts readYearless); null when every date has a year. */
export function yearlessReading(context: ImportContext, rows: readonly { line: number; cells: string[] }[], index: number): YearlessReading | null {
  const list = yearlessRows(rows, index);
  if (list.length === 0) return null;
  return readYearless(list, { year: context.year, exportDay: context.exportDay, today: context.today });
}

/**
 * A row's calendar day: a year-less date takes its year from the file's
 * reading. A row error when it cannot be read (a 29 February in a year
 * without one is said so, with the year); null then.
 */
export function readRowDay(r: RowReader, index: number, reading: YearlessReading | null, errors: RowError[]): Day | null {
  const raw = r.raw(index);
  const year = reading?.years.get(r.line);
  const day = parseDay(raw, year !== undefined ? { year } : {});
  if (typeof day === "string") return day;
  if (year !== undefined && !("needsYear" in day)) {
    errors.push(rowError(r.line, r.columnName(index), raw, "feb_29_not_in_year", { year }));
    r.failed = true;
  } else r.error(index, dateErrorMessage(day));
  return null;
}

/** Whether any date cell in the column lacks a year. */
export function hasYearlessDates(rows: readonly (readonly string[])[], index: number): boolean {
  if (index < 0) return false;
  return rows.some((cells) => {
    const p = parseDateParts(cells[index] ?? "");
    return p !== null && !("error" in p) && p.year === null;
  });
}

/** A publish time as an instant (local wall time in the workspace zone); a date alone is local midnight. */
export function readPublished(reader: RowReader, index: number, dateContext: DateContext, timeZone: string): Date | null {
  if (index < 0) return null;
  const raw = reader.raw(index);
  const v = parseDateTime(raw, dateContext, timeZone);
  if (v === null) return null;
  if (v instanceof Date) return v;
  reader.error(index, dateErrorMessage(v));
  return null;
}

export function partsOf(text: string): DateParts | null {
  const p = parseDateParts(text);
  return p && !("error" in p) ? p : null;
}

/** The account: the user's choice, else what the file says, else a row error. */
export function accountOf(context: ImportContext, fromFile: string | null): string | null {
  const a = context.account?.trim();
  if (a) return a;
  const f = fromFile?.trim();
  return f ? f.slice(0, 200) : null;
}

/** One error (on the header line) when no account is known; true when there is one. */
export function requireAccount(result: BuiltInPresetResult, headerLine: number, account: string | null): account is string {
  if (account) return true;
  result.errors.push(rowError(headerLine, "(account)", "", "needs_account"));
  return false;
}

/** Stable stand-in id for exports without an id column: the publish time (to the second), numbered when repeated. */
export class SyntheticIds {
  private readonly used = new Map<string, number>();
  next(published: Date | null, title: string | null): string | null {
    if (!published && !title) return null;
    const base = published ? `published:${published.toISOString().replace(/\.000Z$/, "Z")}` : `title:${title}`;
    const n = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  }
}

export function contentRecord(
  line: number,
  platformKey: PlatformKey,
  account: string,
  externalId: string,
  title: string | null,
  publishedAt: Date | null,
  format: ContentRecord["format"],
  measures: ContentRecord["measures"],
): ContentRecord {
  return { line, platformKey, account, externalId, title, publishedAt, format, origin: "human", measures };
}

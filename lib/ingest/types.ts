// The shapes the import pipeline passes along:
//   bytes → RawTable (decoded, split into cells) → header located → a Preset
//   turns data rows into DailyRecord / ContentRecord (or RowErrors) → preview
//   (what would be inserted, updated, unchanged, rejected) → one-transaction
//   commit recorded as an ImportBatch that can be undone.
import type { Measure } from "@/lib/metrics/measures";
import type { Day } from "@/lib/metrics/periods";
import type { ContentFormat, ContentOrigin, PlatformKey } from "@/lib/schemas/enums";
import type { RowError } from "./canonical";
import type { YearlessReading } from "./dates";

export type { RowError };

/** A file's cells, before any meaning is given to them. */
export interface RawTable {
  /** every record of the file (or sheet), with its 1-based line/row number in the file */
  records: { line: number; cells: string[] }[];
  /** utf-8 | utf-8-bom | utf-16le | gb18030 | xlsx */
  encoding: string;
  /** the CSV separator, null for spreadsheets */
  separator: string | null;
  sheet?: string;
}

/** Where the header is and what its columns are called (duplicates made unique: `Views`, `Views (2)`). */
export interface LocatedHeader {
  /** index into RawTable.records */
  index: number;
  names: string[];
  /** a second header row (legacy Facebook Insights: names, then descriptions) that was skipped */
  secondRow: boolean;
}

export type ImportKind = "daily" | "posts" | "ads";

/** What the user (or the file name) tells the importer beyond the file itself. */
export interface ImportContext {
  fileName: string;
  timeZone: string;
  /** the workspace currency (ISO 4217): money is stored in its minor units (currencyDigits) */
  currency: string;
  /** the day the file was exported (from the file name or modification time), for dates without a year */
  exportDay?: Day;
  /** the year of dates without a year, when given by the user (the year of the file's latest dates) */
  year?: number;
  /** today in the workspace's zone: the latest a year-less date can be, for the year to suggest */
  today?: Day;
  platform?: PlatformKey;
  account?: string;
  /** the day of every row, for files without a date column (the KAG ads layout) */
  day?: Day;
}

/** Measures of one account on one day. Keys absent from `measures` are left as they are in the database. */
export interface DailyRecord {
  line: number;
  day: Day;
  platformKey: PlatformKey;
  account: string;
  measures: Partial<Record<Measure, number | null>>;
}

/** One post / video / note, with its lifetime (or as-exported) figures. */
export interface ContentRecord {
  line: number;
  platformKey: PlatformKey;
  account: string;
  /** kept as text: 19-digit ids exceed JavaScript's integers */
  externalId: string;
  title: string | null;
  publishedAt: Date | null;
  format: ContentFormat;
  origin: ContentOrigin;
  measures: Partial<Record<"impressions" | "reach" | "views" | "clicks" | "likes" | "comments" | "shares" | "saves" | "follows" | "watchSeconds" | "durationSeconds", number | null>>;
}

export interface PresetResult {
  daily: DailyRecord[];
  posts: ContentRecord[];
  errors: RowError[];
  /** rows skipped on purpose (a `Total` row), said in the preview */
  skipped: { line: number; reason: string }[];
}

/** Information a preset cannot get from the file and must ask for. */
export type PresetNeed = "year" | "day" | "platform" | "account";

export interface Preset {
  key: string;
  nameEn: string;
  nameZh: string;
  /** null when the platform is chosen by the user (generic layouts) */
  platform: PlatformKey | null;
  kind: ImportKind;
  /** how well a header matches, 0 (not this layout) to 1 (certain) */
  detect(header: readonly string[]): number;
  /** what the context must still provide for this file */
  needs(header: readonly string[], rows: readonly string[][], context: ImportContext): PresetNeed[];
  parse(header: LocatedHeader, rows: readonly { line: number; cells: string[] }[], context: ImportContext): PresetResult;
  /** how the file's dates without a year are read (null when every date has one); presets whose dates never lack a year leave it out */
  yearless?(header: readonly string[], rows: readonly { line: number; cells: string[] }[], context: ImportContext): YearlessReading | null;
}

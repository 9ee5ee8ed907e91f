// What the import pipeline takes and answers: the options a user (or the
// file name) gives, the progress it reports, the preview of what a file
// would do, the commit's result, and the two errors it throws.
import type { Measure } from "@/lib/metrics/measures";
import type { Day } from "@/lib/metrics/periods";
import type { CustomMapping } from "@/lib/schemas/api/imports";
import type { PlatformKey } from "@/lib/schemas/enums";
import type { YearlessRule, YearlessWarning } from "./dates";
import type { LocalText } from "./error-messages";
import type { ContentRecord, DailyRecord, ImportKind, PresetNeed, RowError } from "./types";

export interface ImportOptions {
  /** a built-in preset key, or `custom:<key>` of a saved mapping */
  preset?: string;
  platform?: PlatformKey;
  account?: string;
  /** the year of dates written without one */
  year?: number;
  /** the day of every row, for files without a date column */
  day?: Day;
  /** the day the file was exported (else read from the file name) */
  exportDay?: Day;
  /** a one-off column mapping */
  mapping?: CustomMapping;
}

export interface ImportProgress {
  phase: "reading" | "writing";
  bytesRead: number;
  bytesTotal: number;
  rows: number;
}

export interface ImportInput {
  fileName: string;
  /** the file's bytes … */
  bytes?: Uint8Array;
  /** … or its path (the CLI: large files are streamed from disk) */
  path?: string;
  options?: ImportOptions;
  onProgress?: (progress: ImportProgress) => void;
  /** the current instant (default: lib/clock's now()); tests pin "today" with it */
  now?: Date;
}

export interface CommitInput extends ImportInput {
  /** commit the valid rows of a file that has rejected ones (recorded on the batch) */
  skipRejected?: boolean;
  createdBy?: string | null;
  source?: "file" | "cli" | "api";
}

export interface PresetInfo {
  key: string;
  nameEn: string;
  nameZh: string;
  platform: PlatformKey | null;
  kind: ImportKind;
}

export interface ImportCounts {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  skipped: number;
  contentInserted: number;
  contentUpdated: number;
  contentUnchanged: number;
  accountsNew: number;
}

export type PreviewStatus = "ready" | "has_errors" | "needs_input" | "unknown_layout" | "unreadable";

/** How the layout was detected; null when the user chose a preset or a mapping. */
export interface LayoutDetection {
  /** MIN_DETECT_SCORE: the least score read without asking */
  minScore: number;
  /** the best-scoring preset, null when none scored above 0 */
  best: (PresetInfo & { score: number }) | null;
  /** false: the best score is below minScore, so the file goes to the mapping step */
  accepted: boolean;
}

/** Dates written without a year, and how their years were settled (see YearlessDatesSchema). */
export interface YearlessDates {
  yearless: true;
  rule: YearlessRule;
  year: number | null;
  suggestedYear: number | null;
  warnings: (YearlessWarning & { en: string; zh: string })[];
}

export interface ImportPreview {
  status: PreviewStatus;
  fileName: string;
  size: number;
  contentHash: string;
  format: { encoding: string | null; separator: string | null; sheet: string | null };
  header: { line: number; names: string[] } | null;
  preset: (PresetInfo & { score: number; via: "detected" | "chosen" | "saved" | "mapping" }) | null;
  candidates: (PresetInfo & { score: number })[];
  detection: LayoutDetection | null;
  needs: PresetNeed[];
  dates: YearlessDates | null;
  counts: ImportCounts;
  /** the first MAX_LISTED errors */
  errors: RowError[];
  errorsTotal: number;
  skipped: { line: number; reason: string }[];
  firstDay: Day | null;
  lastDay: Day | null;
  accounts: { platformKey: PlatformKey; handle: string; exists: boolean; rows: number }[];
  accountsTotal: number;
  rollup: LocalText & { dailyRows: number; contentItems: number; measures: Measure[] };
  notes: LocalText[];
  sample: { daily: DailyRecord[]; posts: ContentRecord[] };
  previousImport: { batchId: number; committedAt: Date | null } | null;
}

export type ImportFailureCode = "rejected_rows" | "needs_input" | "unknown_layout" | "unreadable_file";

export type ImportResult =
  | { ok: true; batchId: number; counts: ImportCounts; preview: ImportPreview }
  | { ok: false; code: ImportFailureCode; message: LocalText; preview: ImportPreview; batchId: number | null };

/** An option names something that does not exist (an unknown preset): the request's fault, 400 naming `field`. */
export class ImportOptionError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "ImportOptionError";
  }
}

/** Writing failed (the database refused a statement); the transaction was rolled back and a failed batch recorded. */
export class ImportWriteError extends Error {
  constructor(
    readonly batchId: number | null,
    readonly cause: unknown,
  ) {
    super(`the import failed while writing and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "ImportWriteError";
  }
}

export const MAX_LISTED = 500;

// Everything the preview reports about one pass over a file, gathered
// chunk by chunk in bounded memory.
import type { Measure } from "@/lib/metrics/measures";
import type { Day } from "@/lib/metrics/periods";
import type { PlatformKey } from "@/lib/schemas/enums";
import { DayLineIndex } from "./duplicates";
import type { LocalText } from "./error-messages";
import { MAX_LISTED, type ImportCounts } from "./import-types";
import type { ContentRecord, DailyRecord, RowError } from "./types";
import type { AccountBook } from "./write-daily-metrics";

/** Everything the preview reports, gathered chunk by chunk in bounded memory. */
export class Tally {
  readonly counts: ImportCounts = {
    rows: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    skipped: 0,
    contentInserted: 0,
    contentUpdated: 0,
    contentUnchanged: 0,
    accountsNew: 0,
  };
  readonly errors: RowError[] = [];
  errorsTotal = 0;
  private lastErrorRow = Number.NaN;
  readonly skipped: { line: number; reason: string }[] = [];
  /** accounts in the order the file names them, and by platform → handle */
  readonly accounts: { platformKey: PlatformKey; handle: string; exists: boolean; rows: number }[] = [];
  private readonly accountIndex = new Map<string, Map<string, { rows: number }>>();
  firstDay: Day | null = null;
  lastDay: Day | null = null;
  readonly sampleDaily: DailyRecord[] = [];
  readonly samplePosts: ContentRecord[] = [];
  readonly measures = new Set<Measure>();
  readonly notes = new Map<string, LocalText>();
  dailyRecords = 0;
  postRecords = 0;
  readonly dupes = new DayLineIndex();

  constructor(
    private readonly book: AccountBook,
    /** the workspace's zone: a post's day is its publish date there */
    readonly timeZone: string,
  ) {}

  addErrors(errors: readonly RowError[]): void {
    for (const e of errors) {
      this.errorsTotal++;
      if (this.errors.length < MAX_LISTED) this.errors.push(e);
      if (e.row !== this.lastErrorRow) {
        this.counts.rejected++;
        this.lastErrorRow = e.row;
      }
    }
  }

  addSkipped(skipped: readonly { line: number; reason: string }[]): void {
    for (const s of skipped) {
      this.counts.skipped++;
      if (this.skipped.length < MAX_LISTED) this.skipped.push(s);
    }
  }

  note(n: LocalText): void {
    if (!this.notes.has(n.code)) this.notes.set(n.code, n);
  }

  /** Counts `rows` records (or posts) of an account. */
  account(platformKey: PlatformKey, handle: string, rows = 1): void {
    let byHandle = this.accountIndex.get(platformKey);
    if (!byHandle) this.accountIndex.set(platformKey, (byHandle = new Map()));
    const a = byHandle.get(handle);
    if (a) a.rows += rows;
    else {
      const exists = this.book.existed(platformKey, handle);
      const entry = { platformKey, handle, exists, rows };
      byHandle.set(handle, entry);
      this.accounts.push(entry);
      if (!exists) this.counts.accountsNew++;
    }
  }

  day(day: Day): void {
    if (this.firstDay === null || day < this.firstDay) this.firstDay = day;
    if (this.lastDay === null || day > this.lastDay) this.lastDay = day;
  }
}

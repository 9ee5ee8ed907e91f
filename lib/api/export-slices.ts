// The export's slices: runs of consecutive (day, platform) pairs, in the
// order the CSV lists rows (day, then platform, then handle), each holding
// about TARGET_ROWS rows. A day of 5,000 accounts is split by platform, so no
// slice makes the server's thread build thousands of lines at once.
import type { Day } from "@/lib/metrics/periods";
import type { DayPlatformRows } from "@/lib/queries/getDayPlatformRowCounts";

/** Rows one slice aims at: a run of (day, platform) pairs with about this many rows (or one larger pair). */
export const EXPORT_SLICE_ROWS = 2_000;

/** A position in (day, platform) order. */
export interface DayPlatform {
  day: Day;
  platformKey: string;
}

export interface ExportSlice {
  /** the first and last (day, platform) pair of the slice, both included */
  from: DayPlatform;
  to: DayPlatform;
  rows: number;
}

/** `counts` must be in (day, platform) order, as getDayPlatformRowCounts gives them. */
export function planExportSlices(counts: readonly DayPlatformRows[], target = EXPORT_SLICE_ROWS): ExportSlice[] {
  const slices: ExportSlice[] = [];
  let current: ExportSlice | null = null;
  for (const c of counts) {
    const at = { day: c.day, platformKey: c.platformKey };
    if (current && current.rows + c.rows > target) {
      slices.push(current);
      current = null;
    }
    if (current) {
      current.to = at;
      current.rows += c.rows;
    } else current = { from: at, to: at, rows: c.rows };
  }
  if (current) slices.push(current);
  return slices;
}

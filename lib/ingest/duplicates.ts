// Finds a second row for the same account and day in one import without a
// string key per row: per account, the line of each day in a typed array
// indexed by day number (4 bytes a day; 30 accounts × 3 years ≈ 130 kB for a
// million-row file), falling back to a Map for an account whose days spread
// over more than a few centuries.
import type { Day } from "@/lib/metrics/periods";

const MAX_SPAN = 1 << 17; // ~359 years of days in one array

interface Slots {
  base: number;
  lines: Int32Array;
  sparse: Map<number, number> | null;
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`. */
export function dayNumber(day: Day): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  if (y >= 100) return Date.UTC(y, m - 1, d) / 86_400_000;
  // Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime() / 86_400_000;
}

export class DayLineIndex {
  /** platform → account → days */
  private readonly accounts = new Map<string, Map<string, Slots>>();
  /** the last day checked and its number: a day-major file names one day thousands of times in a row */
  private lastDay = "";
  private lastNumber = 0;

  /** The earlier line with the same platform, account and day, or 0 (and this line is remembered). */
  check(platformKey: string, account: string, day: Day, line: number): number {
    if (day !== this.lastDay) {
      this.lastNumber = dayNumber(day);
      this.lastDay = day;
    }
    const n = this.lastNumber;
    let byAccount = this.accounts.get(platformKey);
    if (!byAccount) this.accounts.set(platformKey, (byAccount = new Map()));
    let slots = byAccount.get(account);
    if (!slots) {
      slots = { base: n, lines: new Int32Array(64), sparse: null };
      byAccount.set(account, slots);
    }
    if (slots.sparse) return this.checkSparse(slots.sparse, n, line);
    let offset = n - slots.base;
    if (offset < 0 || offset >= slots.lines.length) {
      const lo = Math.min(slots.base, n);
      const hi = Math.max(slots.base + slots.lines.length, n + 1);
      if (hi - lo > MAX_SPAN) {
        slots.sparse = new Map();
        slots.lines.forEach((l, i) => {
          if (l !== 0) slots.sparse?.set(slots.base + i, l);
        });
        return this.checkSparse(slots.sparse, n, line);
      }
      // Grow to twice the span needed, around the days seen so far.
      const size = Math.min(MAX_SPAN, Math.max(64, (hi - lo) * 2));
      const base = offset < 0 ? hi - size : lo;
      const lines = new Int32Array(size);
      lines.set(slots.lines, slots.base - base);
      slots.base = base;
      slots.lines = lines;
      offset = n - base;
    }
    const earlier = slots.lines[offset] as number;
    if (earlier !== 0) return earlier;
    slots.lines[offset] = line;
    return 0;
  }

  private checkSparse(map: Map<number, number>, n: number, line: number): number {
    const earlier = map.get(n);
    if (earlier !== undefined) return earlier;
    map.set(n, line);
    return 0;
  }
}

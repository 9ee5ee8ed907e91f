// Day / week / month / quarter buckets over a date range (METRICS.md §3),
// with partial buckets flagged and the "same days of the previous period"
// a partial period is compared with.
import type { WeekStart } from "@/lib/schemas/enums";
import { addDays, daysBetween, monthOf, quarterOf, weekLabel, weekOf, type Day, type Period } from "./periods";

export const GRANULARITIES = ["day", "week", "month", "quarter"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface Bucket extends Period {
  /** 2026-11-16 | 2026-W47 | 2026-11 | 2026-Q4 */
  key: string;
  /** the days of the bucket that the range covers and that have ended */
  covered: Period;
  /** true when `covered` is not the whole bucket (range edge, or the bucket has not ended yet) */
  partial: boolean;
}

/** The calendar bucket a day belongs to. */
export function bucketOf(day: Day, granularity: Granularity, weekStart: WeekStart): Period & { key: string } {
  switch (granularity) {
    case "day":
      return { key: day, start: day, end: day };
    case "week":
      return { key: weekLabel(day, weekStart), ...weekOf(day, weekStart) };
    case "month":
      return { key: day.slice(0, 7), ...monthOf(day) };
    case "quarter": {
      const q = quarterOf(day);
      return { key: `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`, ...q };
    }
  }
}

/**
 * The buckets that cover [from, to]. `today` (in the workspace's time zone)
 * marks days that have not ended: a bucket reaching today or later is partial.
 */
export function bucketsInRange(range: Period, granularity: Granularity, weekStart: WeekStart, today?: Day): Bucket[] {
  const lastEnded = today ? addDays(today, -1) : range.end;
  const buckets: Bucket[] = [];
  for (let day = range.start; day <= range.end; ) {
    const b = bucketOf(day, granularity, weekStart);
    const coveredStart = b.start < range.start ? range.start : b.start;
    const rangeEnd = b.end > range.end ? range.end : b.end;
    const coveredEnd = rangeEnd > lastEnded ? lastEnded : rangeEnd;
    buckets.push({
      ...b,
      covered: { start: coveredStart, end: coveredEnd < coveredStart ? addDays(coveredStart, -1) : coveredEnd },
      partial: coveredStart !== b.start || coveredEnd !== b.end,
    });
    day = addDays(b.end, 1);
  }
  return buckets;
}

export function periodLength(period: Period): number {
  return daysBetween(period.start, period.end) + 1;
}

/**
 * The period a range is compared with. A range inside one calendar bucket
 * that starts with the bucket (a week or month so far) is compared with the
 * same days of the previous bucket — Nov 1–26 with Oct 1–26, not Oct 6–31 —
 * and a whole bucket with the whole previous one (February with January).
 * Any other range is compared with the same number of days just before it.
 */
export function previousPeriod(range: Period, granularity: Granularity, weekStart: WeekStart): Period {
  const bucket = bucketOf(range.start, granularity, weekStart);
  const inOneBucket = range.start === bucket.start && range.end <= bucket.end;
  if (inOneBucket && granularity !== "day") {
    const previous = bucketOf(addDays(bucket.start, -1), granularity, weekStart);
    if (range.end === bucket.end) return { start: previous.start, end: previous.end };
    const end = addDays(previous.start, daysBetween(range.start, range.end));
    return { start: previous.start, end: end > previous.end ? previous.end : end };
  }
  const length = periodLength(range);
  return { start: addDays(range.start, -length), end: addDays(range.start, -1) };
}

/**
 * An upper bound of the buckets of `granularity` that meet `range` (whatever
 * the week start): what a request limit needs, without building them.
 */
export function bucketCount(range: Period, granularity: Granularity): number {
  const days = periodLength(range);
  if (granularity === "day") return days;
  if (granularity === "week") return Math.ceil(days / 7) + 1;
  const months = (Number(range.end.slice(0, 4)) - Number(range.start.slice(0, 4))) * 12 + Number(range.end.slice(5, 7)) - Number(range.start.slice(5, 7)) + 1;
  return granularity === "month" ? months : Math.ceil(months / 3) + 1;
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bucketOf, bucketsInRange, GRANULARITIES, periodLength, previousPeriod, type Granularity } from "@/lib/metrics/buckets";
import type { WeekStart } from "@/lib/schemas/enums";

// Calendar facts used below (checked against a calendar, not the code):
// 2026-11-16 is a Monday, so ISO week 2026-W47 is Mon 16 – Sun 22 November;
// with Sunday-start weeks the week holding the 16th is Sun 15 – Sat 21 and is
// labelled by its Monday (the 16th), i.e. also 2026-W47.
// 2027-01-01 is a Friday: it belongs to ISO week 2026-W53 (Mon 2026-12-28 – Sun 2027-01-03).

// ---- an independent day calculator for the property tests -------------------
// Days as integers (days since 1970-01-01) via Date.UTC, not lib/metrics/periods.
function toNum(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}
function fromNum(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}
/** 0 = Sunday … 6 = Saturday */
function weekday(n: number): number {
  return new Date(n * 86_400_000).getUTCDay();
}

describe("bucketOf", () => {
  it("names a day bucket by the day itself", () => {
    expect(bucketOf("2026-11-16", "day", 1)).toEqual({ key: "2026-11-16", start: "2026-11-16", end: "2026-11-16" });
  });

  it("names Monday-start weeks with the ISO label", () => {
    expect(bucketOf("2026-11-16", "week", 1)).toEqual({ key: "2026-W47", start: "2026-11-16", end: "2026-11-22" });
    expect(bucketOf("2026-11-22", "week", 1)).toEqual({ key: "2026-W47", start: "2026-11-16", end: "2026-11-22" });
    expect(bucketOf("2026-11-23", "week", 1)).toEqual({ key: "2026-W48", start: "2026-11-23", end: "2026-11-29" });
  });

  it("starts Sunday-start weeks on Sunday and labels them by their Monday", () => {
    // Mon 16th → week Sun 15 – Sat 21, Monday inside = 16th → W47
    expect(bucketOf("2026-11-16", "week", 7)).toEqual({ key: "2026-W47", start: "2026-11-15", end: "2026-11-21" });
    expect(bucketOf("2026-11-15", "week", 7)).toEqual({ key: "2026-W47", start: "2026-11-15", end: "2026-11-21" });
    expect(bucketOf("2026-11-21", "week", 7)).toEqual({ key: "2026-W47", start: "2026-11-15", end: "2026-11-21" });
    // Sun 22nd starts a new Sunday week (22 – 28), its Monday is the 23rd → W48
    expect(bucketOf("2026-11-22", "week", 7)).toEqual({ key: "2026-W48", start: "2026-11-22", end: "2026-11-28" });
  });

  it("labels weeks across the year boundary by the ISO week-year", () => {
    expect(bucketOf("2027-01-01", "week", 1)).toEqual({ key: "2026-W53", start: "2026-12-28", end: "2027-01-03" });
    // Sunday start: Sat 2027-01-02 is in Sun 12-27 – Sat 01-02 (Monday 12-28 → 2026-W53)
    expect(bucketOf("2027-01-02", "week", 7)).toEqual({ key: "2026-W53", start: "2026-12-27", end: "2027-01-02" });
    // Sun 2027-01-03 starts Sun 01-03 – Sat 01-09, Monday 01-04 → 2027-W01
    expect(bucketOf("2027-01-03", "week", 7)).toEqual({ key: "2027-W01", start: "2027-01-03", end: "2027-01-09" });
  });

  it("names months YYYY-MM with their first and last day", () => {
    expect(bucketOf("2026-11-16", "month", 1)).toEqual({ key: "2026-11", start: "2026-11-01", end: "2026-11-30" });
    expect(bucketOf("2026-02-10", "month", 1)).toEqual({ key: "2026-02", start: "2026-02-01", end: "2026-02-28" });
    expect(bucketOf("2024-02-10", "month", 7)).toEqual({ key: "2024-02", start: "2024-02-01", end: "2024-02-29" });
    expect(bucketOf("2026-12-31", "month", 1)).toEqual({ key: "2026-12", start: "2026-12-01", end: "2026-12-31" });
  });

  it("names quarters YYYY-Qn", () => {
    expect(bucketOf("2026-11-16", "quarter", 1)).toEqual({ key: "2026-Q4", start: "2026-10-01", end: "2026-12-31" });
    expect(bucketOf("2026-01-01", "quarter", 1)).toEqual({ key: "2026-Q1", start: "2026-01-01", end: "2026-03-31" });
    expect(bucketOf("2026-03-31", "quarter", 1)).toEqual({ key: "2026-Q1", start: "2026-01-01", end: "2026-03-31" });
    expect(bucketOf("2026-04-01", "quarter", 1)).toEqual({ key: "2026-Q2", start: "2026-04-01", end: "2026-06-30" });
    expect(bucketOf("2026-09-30", "quarter", 7)).toEqual({ key: "2026-Q3", start: "2026-07-01", end: "2026-09-30" });
  });
});

describe("bucketsInRange", () => {
  it("flags the buckets cut by the range edges as partial", () => {
    // Wed 18 Nov – Wed 2 Dec: W47 (16–22) cut at the start, W48 whole, W49 (30 Nov – 6 Dec) cut at the end
    const buckets = bucketsInRange({ start: "2026-11-18", end: "2026-12-02" }, "week", 1);
    expect(buckets).toEqual([
      { key: "2026-W47", start: "2026-11-16", end: "2026-11-22", covered: { start: "2026-11-18", end: "2026-11-22" }, partial: true },
      { key: "2026-W48", start: "2026-11-23", end: "2026-11-29", covered: { start: "2026-11-23", end: "2026-11-29" }, partial: false },
      { key: "2026-W49", start: "2026-11-30", end: "2026-12-06", covered: { start: "2026-11-30", end: "2026-12-02" }, partial: true },
    ]);
  });

  it("covers whole months without partial flags when the range is whole months", () => {
    const buckets = bucketsInRange({ start: "2026-01-01", end: "2026-03-31" }, "month", 1, "2026-06-01");
    expect(buckets.map((b) => [b.key, b.covered.start, b.covered.end, b.partial])).toEqual([
      ["2026-01", "2026-01-01", "2026-01-31", false],
      ["2026-02", "2026-02-01", "2026-02-28", false],
      ["2026-03", "2026-03-01", "2026-03-31", false],
    ]);
  });

  it("ends the covered period of a running bucket yesterday and marks it partial", () => {
    // today = Thu 26 Nov: W47 has ended, W48 (23–29) has ended only up to Wed 25
    const buckets = bucketsInRange({ start: "2026-11-16", end: "2026-11-29" }, "week", 1, "2026-11-26");
    expect(buckets).toEqual([
      { key: "2026-W47", start: "2026-11-16", end: "2026-11-22", covered: { start: "2026-11-16", end: "2026-11-22" }, partial: false },
      { key: "2026-W48", start: "2026-11-23", end: "2026-11-29", covered: { start: "2026-11-23", end: "2026-11-25" }, partial: true },
    ]);
  });

  it("treats the last day of a bucket as not ended while it is today", () => {
    // today = Sun 22 Nov, the last day of W47
    const [w47] = bucketsInRange({ start: "2026-11-16", end: "2026-11-22" }, "week", 1, "2026-11-22");
    expect(w47?.covered).toEqual({ start: "2026-11-16", end: "2026-11-21" });
    expect(w47?.partial).toBe(true);
  });

  it("gives a bucket starting today an empty covered period (end before start)", () => {
    // today = Mon 30 Nov, the first day of W49
    const buckets = bucketsInRange({ start: "2026-11-16", end: "2026-12-06" }, "week", 1, "2026-11-30");
    expect(buckets.map((b) => b.key)).toEqual(["2026-W47", "2026-W48", "2026-W49"]);
    const w49 = buckets[2]!;
    expect(w49.partial).toBe(true);
    expect(w49.covered.start).toBe("2026-11-30");
    expect(w49.covered.end < w49.covered.start).toBe(true);
    expect(buckets[1]?.partial).toBe(false);
  });

  it("gives buckets entirely after today empty covered periods", () => {
    // today = Wed 18 Nov; W48 and W49 lie in the future
    const buckets = bucketsInRange({ start: "2026-11-16", end: "2026-12-06" }, "week", 1, "2026-11-18");
    expect(buckets[0]?.covered).toEqual({ start: "2026-11-16", end: "2026-11-17" });
    for (const b of buckets.slice(1)) {
      expect(b.partial).toBe(true);
      expect(b.covered.end < b.covered.start).toBe(true);
    }
  });

  it("marks month-to-date as partial up to yesterday", () => {
    const [nov] = bucketsInRange({ start: "2026-11-01", end: "2026-11-30" }, "month", 1, "2026-11-27");
    expect(nov).toEqual({ key: "2026-11", start: "2026-11-01", end: "2026-11-30", covered: { start: "2026-11-01", end: "2026-11-26" }, partial: true });
  });

  it("uses Sunday-start weeks when asked", () => {
    // Sun 15 – Sat 28 Nov: exactly two Sunday weeks
    const buckets = bucketsInRange({ start: "2026-11-15", end: "2026-11-28" }, "week", 7);
    expect(buckets.map((b) => [b.key, b.start, b.end, b.partial])).toEqual([
      ["2026-W47", "2026-11-15", "2026-11-21", false],
      ["2026-W48", "2026-11-22", "2026-11-28", false],
    ]);
  });

  it("gives one bucket per day at day granularity", () => {
    const buckets = bucketsInRange({ start: "2026-02-27", end: "2026-03-02" }, "day", 1);
    expect(buckets.map((b) => b.key)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(buckets.every((b) => !b.partial)).toBe(true);
  });

  it("counts period lengths inclusively", () => {
    expect(periodLength({ start: "2026-11-16", end: "2026-11-16" })).toBe(1);
    expect(periodLength({ start: "2026-02-01", end: "2026-02-28" })).toBe(28);
    expect(periodLength({ start: "2026-10-01", end: "2026-12-31" })).toBe(92);
  });
});

describe("bucketsInRange partitions the range (property)", () => {
  const dayArb = fc.integer({ min: toNum("2019-12-01"), max: toNum("2031-01-31") });
  const rangeArb = fc.tuple(dayArb, fc.integer({ min: 0, max: 400 })).map(([s, len]) => ({ start: fromNum(s), end: fromNum(s + len) }));
  const granularityArb = fc.constantFrom<Granularity>(...GRANULARITIES);
  const weekStartArb = fc.constantFrom<WeekStart>(1, 7);

  /** Independent check that [start, end] is one calendar bucket of the granularity. */
  function isCalendarBucket(start: string, end: string, g: Granularity, ws: WeekStart): boolean {
    const s = toNum(start);
    const e = toNum(end);
    switch (g) {
      case "day":
        return s === e;
      case "week":
        return e - s === 6 && weekday(s) === (ws === 7 ? 0 : 1);
      case "month":
        return start.endsWith("-01") && fromNum(e + 1).endsWith("-01") && start.slice(0, 7) === end.slice(0, 7);
      case "quarter":
        return (
          start.endsWith("-01") &&
          ["01", "04", "07", "10"].includes(start.slice(5, 7)) &&
          fromNum(e + 1).endsWith("-01") &&
          start.slice(0, 4) === end.slice(0, 4) &&
          e - s >= 89 &&
          e - s <= 91
        );
    }
  }

  it("every day of [from, to] is in exactly one bucket's covered period when today is after `to`", () => {
    fc.assert(
      fc.property(rangeArb, granularityArb, weekStartArb, fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }), (range, g, ws, after) => {
        const today = after === undefined ? undefined : fromNum(toNum(range.end) + after);
        const buckets = bucketsInRange(range, g, ws, today);
        const counts = new Map<number, number>();
        for (const b of buckets) {
          expect(isCalendarBucket(b.start, b.end, g, ws)).toBe(true);
          expect(b.covered.start >= b.start && b.covered.end <= b.end).toBe(true);
          expect(b.partial).toBe(b.covered.start !== b.start || b.covered.end !== b.end);
          for (let d = toNum(b.covered.start); d <= toNum(b.covered.end); d++) counts.set(d, (counts.get(d) ?? 0) + 1);
        }
        const first = toNum(range.start);
        const last = toNum(range.end);
        expect(counts.size).toBe(last - first + 1);
        for (let d = first; d <= last; d++) expect(counts.get(d)).toBe(1);
        // buckets are in order and distinct
        const keys = buckets.map((b) => b.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (let i = 1; i < buckets.length; i++) expect(toNum(buckets[i]!.start)).toBe(toNum(buckets[i - 1]!.end) + 1);
      }),
      { numRuns: 300 },
    );
  });

  it("with today inside the range, covered periods partition [from, yesterday]", () => {
    fc.assert(
      fc.property(rangeArb, granularityArb, weekStartArb, fc.nat(), (range, g, ws, seed) => {
        const first = toNum(range.start);
        const last = toNum(range.end);
        const todayNum = first + (seed % (last - first + 1)); // from ≤ today ≤ to
        const buckets = bucketsInRange(range, g, ws, fromNum(todayNum));
        const seen = new Map<number, number>();
        for (const b of buckets) {
          for (let d = toNum(b.covered.start); d <= toNum(b.covered.end); d++) seen.set(d, (seen.get(d) ?? 0) + 1);
          if (toNum(b.end) >= todayNum) expect(b.partial).toBe(true);
        }
        expect(seen.size).toBe(todayNum - first);
        for (let d = first; d < todayNum; d++) expect(seen.get(d)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("previousPeriod", () => {
  it("compares a whole week with the whole previous week", () => {
    expect(previousPeriod({ start: "2026-11-16", end: "2026-11-22" }, "week", 1)).toEqual({ start: "2026-11-09", end: "2026-11-15" });
    // Sunday start: Sun 15 – Sat 21 → Sun 8 – Sat 14
    expect(previousPeriod({ start: "2026-11-15", end: "2026-11-21" }, "week", 7)).toEqual({ start: "2026-11-08", end: "2026-11-14" });
  });

  it("compares week-to-date Mon–Wed with the previous Mon–Wed", () => {
    expect(previousPeriod({ start: "2026-11-16", end: "2026-11-18" }, "week", 1)).toEqual({ start: "2026-11-09", end: "2026-11-11" });
  });

  it("compares Nov 1–26 with Oct 1–26 (same days of the month, not the 26 days before)", () => {
    expect(previousPeriod({ start: "2026-11-01", end: "2026-11-26" }, "month", 1)).toEqual({ start: "2026-10-01", end: "2026-10-26" });
  });

  it("compares whole February with the whole of January (31 days)", () => {
    const prev = previousPeriod({ start: "2026-02-01", end: "2026-02-28" }, "month", 1);
    expect(prev).toEqual({ start: "2026-01-01", end: "2026-01-31" });
    expect(periodLength(prev)).toBe(31);
  });

  it("compares March 1–31 with February 1–28, or 1–29 in a leap year", () => {
    expect(previousPeriod({ start: "2026-03-01", end: "2026-03-31" }, "month", 1)).toEqual({ start: "2026-02-01", end: "2026-02-28" });
    expect(previousPeriod({ start: "2024-03-01", end: "2024-03-31" }, "month", 1)).toEqual({ start: "2024-02-01", end: "2024-02-29" });
  });

  it("compares a quarter so far with the same number of days of the previous quarter", () => {
    // Oct 1 – Nov 26 = 31 + 26 = 57 days → Jul 1 + 56 days = Aug 26 (31 + 26 = 57 days)
    expect(previousPeriod({ start: "2026-10-01", end: "2026-11-26" }, "quarter", 1)).toEqual({ start: "2026-07-01", end: "2026-08-26" });
    // across a year: Q1 2027 so far (Jan 1 – Jan 10) → Q4 2026 Oct 1 – Oct 10
    expect(previousPeriod({ start: "2027-01-01", end: "2027-01-10" }, "quarter", 1)).toEqual({ start: "2026-10-01", end: "2026-10-10" });
  });

  it("compares a custom 10-day range crossing a month with the 10 days before it", () => {
    // Thu Nov 26 – Sat Dec 5 (5 + 5 days) → Nov 16 – Nov 25
    const range = { start: "2026-11-26", end: "2026-12-05" };
    for (const g of GRANULARITIES) {
      expect(previousPeriod(range, g, 1)).toEqual({ start: "2026-11-16", end: "2026-11-25" });
    }
    // Oct 27 – Nov 5 → Oct 17 – Oct 26
    expect(previousPeriod({ start: "2026-10-27", end: "2026-11-05" }, "month", 7)).toEqual({ start: "2026-10-17", end: "2026-10-26" });
  });

  it("compares a range that starts a bucket but runs past it with the same number of days before", () => {
    // Nov 1 – Dec 15 = 30 + 15 = 45 days → Sep 17 – Oct 31
    expect(previousPeriod({ start: "2026-11-01", end: "2026-12-15" }, "month", 1)).toEqual({ start: "2026-09-17", end: "2026-10-31" });
  });

  it("at day granularity, compares with the same number of days just before", () => {
    expect(previousPeriod({ start: "2026-11-16", end: "2026-11-16" }, "day", 1)).toEqual({ start: "2026-11-15", end: "2026-11-15" });
    expect(previousPeriod({ start: "2026-03-01", end: "2026-03-01" }, "day", 1)).toEqual({ start: "2026-02-28", end: "2026-02-28" });
    // a week-long range read day by day: the 7 days before
    expect(previousPeriod({ start: "2026-11-16", end: "2026-11-22" }, "day", 1)).toEqual({ start: "2026-11-09", end: "2026-11-15" });
  });
});

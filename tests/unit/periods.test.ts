import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  dayInZone,
  daysBetween,
  eachDay,
  isDay,
  isWeekLabel,
  isoDayOfWeek,
  lastCompleteWeek,
  monthOf,
  quarterOf,
  weekFromLabel,
  weekLabel,
  weekOf,
} from "@/lib/metrics/periods";

describe("days", () => {
  it("validates calendar days", () => {
    expect(isDay("2024-02-29")).toBe(true);
    expect(isDay("2025-02-29")).toBe(false);
    expect(isDay("2026-13-01")).toBe(false);
    expect(isDay("2026-1-01")).toBe(false);
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-29", 1)).toBe("2024-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2026-01-01", "2026-12-31")).toBe(364);
  });

  it("knows the weekday (2026-11-16 is a Monday, 2026-11-22 a Sunday)", () => {
    expect(isoDayOfWeek("2026-11-16")).toBe(1);
    expect(isoDayOfWeek("2026-11-22")).toBe(7);
  });

  it("puts an instant on the date of the workspace's time zone", () => {
    const instant = new Date("2026-11-25T16:30:00Z"); // 00:30 on the 26th in Shanghai (UTC+8)
    expect(dayInZone(instant, "Asia/Shanghai")).toBe("2026-11-26");
    expect(dayInZone(instant, "UTC")).toBe("2026-11-25");
    expect(dayInZone(instant, "America/Los_Angeles")).toBe("2026-11-25");
    // 2026-03-08 is the day US clocks spring forward: 10:30Z is 03:30 PDT
    expect(dayInZone(new Date("2026-03-08T10:30:00Z"), "America/Los_Angeles")).toBe("2026-03-08");
    expect(dayInZone(new Date("2026-03-08T07:59:00Z"), "America/Los_Angeles")).toBe("2026-03-07");
  });
});

describe("ISO weeks", () => {
  it("labels weeks as ISO 8601 does", () => {
    // 2026-01-01 is a Thursday, so ISO week 1 of 2026 starts on Monday 2025-12-29
    expect(weekLabel("2025-12-29", 1)).toBe("2026-W01");
    expect(weekLabel("2026-11-16", 1)).toBe("2026-W47");
    expect(weekLabel("2026-11-22", 1)).toBe("2026-W47");
    // 2026 has 53 ISO weeks; 2027-01-01 (Friday) still belongs to 2026-W53
    expect(weekLabel("2027-01-01", 1)).toBe("2026-W53");
    // 2021-01-03 (Sunday) belongs to 2020-W53
    expect(weekLabel("2021-01-03", 1)).toBe("2020-W53");
    expect(weekLabel("2024-12-30", 1)).toBe("2025-W01");
  });

  it("starts Sunday weeks the day before the ISO Monday and keeps its label", () => {
    expect(weekOf("2026-11-15", 7)).toEqual({ start: "2026-11-15", end: "2026-11-21" });
    expect(weekLabel("2026-11-15", 7)).toBe("2026-W47");
    expect(weekOf("2026-11-22", 7)).toEqual({ start: "2026-11-22", end: "2026-11-28" });
    expect(weekOf("2026-11-22", 1)).toEqual({ start: "2026-11-16", end: "2026-11-22" });
  });

  it("parses week labels and rejects malformed ones", () => {
    expect(weekFromLabel("2026-W47", 1)).toEqual({ start: "2026-11-16", end: "2026-11-22" });
    expect(weekFromLabel("2026-W47", 7)).toEqual({ start: "2026-11-15", end: "2026-11-21" });
    expect(weekFromLabel("2026-W01", 1)).toEqual({ start: "2025-12-29", end: "2026-01-04" });
    expect(isWeekLabel("2026-W53")).toBe(true);
    expect(isWeekLabel("2025-W53")).toBe(false);
    expect(isWeekLabel("2026-W00")).toBe(false);
    expect(isWeekLabel("2026-W5")).toBe(false);
    expect(() => weekFromLabel("2025-W53", 1)).toThrow(RangeError);
  });

  it("finds the last complete week before today", () => {
    expect(lastCompleteWeek("2026-11-26", 1)).toEqual({ start: "2026-11-16", end: "2026-11-22" });
    expect(lastCompleteWeek("2026-11-23", 1)).toEqual({ start: "2026-11-16", end: "2026-11-22" });
    expect(lastCompleteWeek("2026-11-22", 1)).toEqual({ start: "2026-11-09", end: "2026-11-15" });
    expect(lastCompleteWeek("2026-11-22", 7)).toEqual({ start: "2026-11-15", end: "2026-11-21" });
  });

  const anyDay = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDays("2000-01-01", n));
  const anyWeekStart = fc.constantFrom(1 as const, 7 as const);

  it("partitions days into 7-day weeks that round-trip through their label", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 120 }), anyWeekStart, (from, length, ws) => {
        const days = eachDay(from, addDays(from, length - 1));
        const byWeek = new Map<string, string[]>();
        for (const d of days) {
          const w = weekOf(d, ws);
          expect(d >= w.start && d <= w.end).toBe(true);
          expect(daysBetween(w.start, w.end)).toBe(6);
          expect(isoDayOfWeek(w.start)).toBe(ws);
          expect(weekFromLabel(weekLabel(d, ws), ws)).toEqual(w);
          byWeek.set(w.start, [...(byWeek.get(w.start) ?? []), d]);
        }
        expect([...byWeek.values()].flat()).toEqual(days);
      }),
    );
  });
});

describe("months and quarters", () => {
  it("spans whole calendar months and quarters", () => {
    expect(monthOf("2024-02-10")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(monthOf("2026-12-31")).toEqual({ start: "2026-12-01", end: "2026-12-31" });
    expect(quarterOf("2026-11-26")).toEqual({ start: "2026-10-01", end: "2026-12-31" });
    expect(quarterOf("2026-01-01")).toEqual({ start: "2026-01-01", end: "2026-03-31" });
    expect(quarterOf("2026-06-30")).toEqual({ start: "2026-04-01", end: "2026-06-30" });
  });
});

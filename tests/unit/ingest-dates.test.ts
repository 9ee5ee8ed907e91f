import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportDayFromFileName, latestMonthDay, parseDateParts, parseDateTime, parseDay, readYearless, wallTimeToInstant } from "@/lib/ingest/dates";
import { dayInZone } from "@/lib/metrics/periods";

describe("parseDay: every form seen in exports", () => {
  it.each([
    ["2026-07-18", "2026-07-18"],
    ["2026-07-18 14:11:20", "2026-07-18"],
    ["2026-07-18T14:11:20Z", "2026-07-18"],
    ["2026/5/1 20:19", "2026-05-01"],
    ["2026/07/24", "2026-07-24"],
    ["20220329", "2022-03-29"],
    ["2024年01月05日12时30分45秒", "2024-01-05"],
    ["2024年1月5日", "2024-01-05"],
    ["03/18/2025 12:59", "2025-03-18"],
    ["3/18/2025", "2025-03-18"],
    ["18/03/2025", "2025-03-18"],
    ["18.03.2025", "2025-03-18"],
    ["Sep 27, 2024", "2024-09-27"],
    ["Sat, Sep 6, 2025", "2025-09-06"],
    ["September 27, 2024", "2024-09-27"],
    ["27 September 2024", "2024-09-27"],
    ["27. September 2024", "2024-09-27"],
    ["1er avril 2025", "2025-04-01"],
    ["12 de agosto de 2025", "2025-08-12"],
    ["12 Agustus 2025", "2025-08-12"],
    ["12 março 2025", "2025-03-12"],
    ["5. März 2025", "2025-03-05"],
    ["mar, 8 de marzo de 2025", "2025-03-08"],
    ["２０２６－０７－１８", "2026-07-18"],
    ["45658", "2025-01-01"], // an Excel serial number
    ['"Sat, Sep 6, 2025"', "2025-09-06"],
  ])("%s → %s", (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it("reads an ambiguous numeric date month first (Meta, US) unless the locale says otherwise", () => {
    expect(parseDay("05/04/2025")).toBe("2025-05-04");
    expect(parseDay("05/04/2025", { locale: "en-US" })).toBe("2025-05-04");
    expect(parseDay("05/04/2025", { locale: "en-GB" })).toBe("2025-04-05");
    expect(parseDay("05/04/2025", { locale: "de-DE" })).toBe("2025-04-05");
  });

  it("rejects what is not a date", () => {
    expect(parseDay("2025-02-29")).toEqual({ error: "not a date" });
    expect(parseDay("13/13/2025")).toEqual({ error: "not a date" });
    expect(parseDay("Lifetime")).toEqual({ error: "not a date" });
    expect(parseDay("Smarch 3")).toEqual({ error: "not a date" });
    expect(parseDay("")).toEqual({ error: "no date" });
    expect(parseDay("2026-07-18 25:00")).toEqual({ error: "not a time of day" });
  });
});

describe("dates without a year", () => {
  it("asks for the year when neither the year nor the export day is known", () => {
    expect(parseDay("April 12")).toEqual({ needsYear: true });
    expect(parseDay("8 de marzo")).toEqual({ needsYear: true });
    expect(parseDay("1月5日")).toEqual({ needsYear: true });
  });

  it("takes the latest such date not after the export day: the Dec→Jan rollover", () => {
    const exportDay = "2026-01-03";
    expect(parseDay("December 30", { exportDay })).toBe("2025-12-30");
    expect(parseDay("January 2", { exportDay })).toBe("2026-01-02");
    expect(parseDay("January 3", { exportDay })).toBe("2026-01-03");
    expect(parseDay("January 4", { exportDay })).toBe("2025-01-04");
    expect(parseDay("30 de diciembre", { exportDay })).toBe("2025-12-30");
    expect(parseDay("2 janvier", { exportDay })).toBe("2026-01-02");
    expect(parseDay("12月30日", { exportDay })).toBe("2025-12-30");
  });

  it("uses the given year when there is no export day", () => {
    expect(parseDay("April 12", { year: 2025 })).toBe("2025-04-12");
    expect(parseDay("8 de marzo", { year: 2025 })).toBe("2025-03-08");
    expect(parseDay("February 29", { year: 2025 })).toEqual({ error: "not a date in that year" });
    expect(parseDay("February 29", { exportDay: "2025-03-01" })).toBe("2024-02-29");
  });

  it("reads localised month names", () => {
    const ctx = { year: 2025 };
    const cases: [string, string][] = [
      ["8 de marzo", "2025-03-08"],
      ["12 avril", "2025-04-12"],
      ["3. Oktober", "2025-10-03"],
      ["3 outubro", "2025-10-03"],
      ["17 Agustus", "2025-08-17"],
      ["Dec 1", "2025-12-01"],
      ["1 dic", "2025-12-01"],
      ["1 Dez.", "2025-12-01"],
      ["1 Desember", "2025-12-01"],
      ["1 décembre", "2025-12-01"],
      ["21 maggio", "2025-05-21"],
    ];
    for (const [text, day] of cases) expect(parseDay(text, ctx), text).toBe(day);
  });

  it("finds a year-less file's latest day across the turn of the year", () => {
    expect(latestMonthDay([{ month: 4, day: 12 }, { month: 4, day: 18 }, { month: 4, day: 14 }])).toEqual({ month: 4, day: 18 });
    expect(latestMonthDay([{ month: 12, day: 28 }, { month: 12, day: 31 }, { month: 1, day: 3 }, { month: 1, day: 1 }])).toEqual({ month: 1, day: 3 });
    expect(latestMonthDay([])).toBeNull();
  });
});

describe("readYearless: year-less dates of one file", () => {
  // [month, day] in file order, lines from 2
  const rows = (...mds: [number, number][]) => mds.map(([month, day], i) => ({ line: i + 2, month, day }));
  const yearsOf = (r: ReturnType<typeof readYearless>) => [...r.years.values()];

  it("oldest first: the year steps at each wrap and pins the last row", () => {
    const r = readYearless(rows([12, 30], [12, 31], [1, 1], [1, 2]), { year: 2026 });
    expect(r.rule).toBe("file_order_ascending");
    expect(yearsOf(r)).toEqual([2025, 2025, 2026, 2026]);
  });

  it("newest first: the first row is the latest", () => {
    const r = readYearless(rows([1, 2], [1, 1], [12, 31], [12, 30]), { year: 2026 });
    expect(r.rule).toBe("file_order_descending");
    expect(yearsOf(r)).toEqual([2026, 2026, 2025, 2025]);
  });

  it("a year-long file from 28 February keeps its first row in the earlier year", () => {
    const r = readYearless(rows([2, 28], [6, 1], [9, 1], [12, 31], [1, 1], [2, 27]), { year: 2026 });
    expect(r.rule).toBe("file_order_ascending");
    expect(yearsOf(r)).toEqual([2025, 2025, 2025, 2025, 2026, 2026]);
  });

  it("out of order: the largest-gap guess", () => {
    // steps of more than half a year both ways: neither order; 1 June comes before the largest gap, so it is the latest
    const r = readYearless(rows([12, 30], [1, 2], [12, 31], [6, 1]), { year: 2026 });
    expect(r.rule).toBe("largest_gap_guess");
    expect(yearsOf(r)).toEqual([2025, 2026, 2025, 2026]);
  });

  it("the export day pins the latest row; today gives the suggested year", () => {
    expect(readYearless(rows([2, 26], [2, 27]), { exportDay: "2026-02-26" }).year).toBe(2025);
    expect(readYearless(rows([2, 26], [2, 27]), { exportDay: "2026-02-27" }).year).toBe(2026);
    const asked = readYearless(rows([2, 26], [2, 27]), { today: "2026-03-01" });
    expect(asked).toMatchObject({ year: null, suggestedYear: 2026 });
    expect(asked.years.size).toBe(0);
    // a latest 29 February can only be in a leap year
    expect(readYearless(rows([2, 28], [2, 29]), { today: "2027-06-01" }).suggestedYear).toBe(2024);
  });

  it("warns about a skipped 29 February and names an impossible one", () => {
    expect(readYearless(rows([2, 27], [2, 28], [3, 1], [3, 2]), { year: 2028 }).warnings).toEqual([{ code: "feb_29_missing", lines: [3, 4], year: 2028 }]);
    expect(readYearless(rows([2, 27], [2, 28], [3, 1], [3, 2]), { year: 2027 }).warnings).toEqual([]);
    // not daily (weekly rows): no warning
    expect(readYearless(rows([2, 14], [2, 21], [2, 28], [3, 1]), { year: 2028 }).warnings).toEqual([]);
    expect(readYearless(rows([2, 28], [2, 29], [3, 1]), { year: 2027 }).warnings).toEqual([{ code: "feb_29_not_in_year", lines: [3], year: 2027 }]);
  });
});

describe("parseDateTime: local wall time in the workspace zone", () => {
  it("converts publish times to instants", () => {
    expect(parseDateTime("2026-07-18 14:11:20", {}, "Asia/Shanghai")).toEqual(new Date("2026-07-18T06:11:20Z"));
    expect(parseDateTime("03/18/2025 12:59", {}, "America/New_York")).toEqual(new Date("2025-03-18T16:59:00Z"));
    expect(parseDateTime("2024年01月05日12时30分45秒", {}, "Asia/Shanghai")).toEqual(new Date("2024-01-05T04:30:45Z"));
    expect(parseDateTime("2020-01-01 12:34 +0000", {}, "Asia/Shanghai")).toEqual(new Date("2020-01-01T12:34:00Z"));
    expect(parseDateTime("Sep 27, 2024", {}, "Asia/Shanghai")).toEqual(new Date("2024-09-26T16:00:00Z"));
    expect(parseDateTime("3/1/2025 1:05 PM", {}, "UTC")).toEqual(new Date("2025-03-01T13:05:00Z"));
    expect(parseDateTime("", {}, "UTC")).toBeNull();
    expect(parseDateTime("July 16", {}, "UTC")).toEqual({ needsYear: true });
  });

  it("handles daylight-saving changes", () => {
    // Europe/Berlin: 2025-03-30 02:00 → 03:00; 2025-10-26 03:00 → 02:00
    expect(parseDateTime("2025-03-30 01:30", {}, "Europe/Berlin")).toEqual(new Date("2025-03-30T00:30:00Z"));
    expect(parseDateTime("2025-03-30 03:30", {}, "Europe/Berlin")).toEqual(new Date("2025-03-30T01:30:00Z"));
    // 02:30 does not exist that day: read with the offset before the jump, as clocks do
    expect(parseDateTime("2025-03-30 02:30", {}, "Europe/Berlin")).toEqual(new Date("2025-03-30T01:30:00Z"));
    // 02:30 happens twice on 26 October: the first one
    expect(parseDateTime("2025-10-26 02:30", {}, "Europe/Berlin")).toEqual(new Date("2025-10-26T00:30:00Z"));
    expect(parseDateTime("2025-10-26 12:00", {}, "America/Los_Angeles")).toEqual(new Date("2025-10-26T19:00:00Z"));
    expect(parseDateTime("2025-11-02 12:00", {}, "America/Los_Angeles")).toEqual(new Date("2025-11-02T20:00:00Z"));
  });

  it("round-trips any wall time that exists in the zone", () => {
    const zones = ["Asia/Shanghai", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC"];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const instant = new Date(Math.floor(ms / 1000) * 1000);
        const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" }).formatToParts(instant);
        const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
        const back = wallTimeToInstant(get("year"), get("month"), get("day"), get("hour"), get("minute"), get("second"), zone);
        // same wall time; in a repeated hour the first occurrence is chosen
        expect(dayInZone(back, zone)).toBe(dayInZone(instant, zone));
        expect(Math.abs(back.getTime() - instant.getTime()) % 1_800_000).toBe(0);
        expect(back.getTime()).toBeLessThanOrEqual(instant.getTime());
      }),
    );
  });
});

describe("exportDayFromFileName", () => {
  it.each([
    ["Overview_2025-04-14.csv", "2025-04-14"],
    ["Content_20260401.csv", "2026-04-01"],
    ["作品数据_2026年4月1日.xlsx", "2026-04-01"],
    ["Overview_2025-04-08_2025-04-14.csv", "2025-04-14"],
    ["/tmp/uploads/x_2025.09.06.csv", "2025-09-06"],
    ["Overview.csv", null],
    ["report_20261399.csv", null],
    ["id_1234567890123.csv", null],
  ])("%s → %s", (name, day) => {
    expect(exportDayFromFileName(name)).toBe(day);
  });
});

describe("parseDateParts", () => {
  it("keeps the time and says when there is none", () => {
    expect(parseDateParts("2026/5/1 20:19")).toMatchObject({ year: 2026, month: 5, day: 1, hour: 20, minute: 19, hasTime: true });
    expect(parseDateParts("April 12")).toMatchObject({ year: null, month: 4, day: 12, hasTime: false });
    expect(parseDateParts("N/A")).toBeNull();
  });
  it("never throws on any text", () => {
    fc.assert(fc.property(fc.string(), (s) => void parseDateParts(s)));
  });
});

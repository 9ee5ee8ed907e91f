// Day boundaries in a time zone, and the reusable API parameter shapes.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dayRangeInstants, startOfDayInZone } from "@/lib/metrics/zoned-day";
import { Day, DayRange, Format, PlatformList } from "@/lib/schemas/api/params";

describe("startOfDayInZone", () => {
  it("is local midnight as an instant", () => {
    expect(startOfDayInZone("2026-11-16", "Asia/Shanghai").toISOString()).toBe("2026-11-15T16:00:00.000Z");
    expect(startOfDayInZone("2026-11-16", "UTC").toISOString()).toBe("2026-11-16T00:00:00.000Z");
    // New York: EST (−5) on the day summer time starts at 02:00, EDT (−4) on the day it ends
    expect(startOfDayInZone("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfDayInZone("2026-11-01", "America/New_York").toISOString()).toBe("2026-11-01T04:00:00.000Z");
  });

  it("gives a half-open range up to the next local midnight", () => {
    const r = dayRangeInstants("2026-11-16", "2026-11-22", "Asia/Shanghai");
    expect(r.gte.toISOString()).toBe("2026-11-15T16:00:00.000Z");
    expect(r.lt.toISOString()).toBe("2026-11-22T16:00:00.000Z");
  });
});

describe("API parameter shapes", () => {
  const issues = (schema: z.ZodType, value: unknown) =>
    schema.safeParse(value).error?.issues.map((i) => ({ path: i.path.join("."), message: i.message })) ?? [];

  it("Day accepts real calendar days only", () => {
    expect(Day.parse("2026-02-28")).toBe("2026-02-28");
    for (const bad of ["2026-02-30", "2026-2-3", "20260203", ""]) expect(issues(Day, bad)).toEqual([{ path: "", message: "must be a date YYYY-MM-DD" }]);
  });

  it("DayRange wants from ≤ to and names from", () => {
    expect(DayRange.parse({ from: "2026-11-01", to: "2026-11-01" })).toEqual({ from: "2026-11-01", to: "2026-11-01" });
    expect(issues(DayRange, { from: "2026-11-02", to: "2026-11-01" })).toEqual([{ path: "from", message: "must not be after to" }]);
    // a malformed day gets one message, not also the order one
    expect(issues(DayRange, { from: "2026-13-01", to: "2026-11-01" })).toEqual([{ path: "from", message: "must be a date YYYY-MM-DD" }]);
    expect(issues(DayRange, { from: "2026-11-01" }).map((i) => i.path)).toEqual(["to"]);
  });

  it("PlatformList takes a comma list, repeats or an array, and names the field for an unknown key", () => {
    expect(PlatformList.parse("douyin,weibo")).toEqual(["douyin", "weibo"]);
    expect(PlatformList.parse(["douyin", "weibo,douyin"])).toEqual(["douyin", "weibo"]);
    expect(PlatformList.parse("")).toEqual([]);
    const schema = z.object({ platform: PlatformList });
    expect(issues(schema, { platform: "douyin,tiktokk" })).toEqual([{ path: "platform", message: 'unknown platform "tiktokk"' }]);
  });

  it("Format is json by default and rejects anything but json and csv", () => {
    const schema = z.object({ format: Format });
    expect(schema.parse({})).toEqual({ format: "json" });
    expect(schema.parse({ format: "csv" })).toEqual({ format: "csv" });
    expect(issues(schema, { format: "xml" }).map((i) => i.path)).toEqual(["format"]);
  });
});

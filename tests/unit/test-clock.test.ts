// The tests' pinned clock: how KPI_TEST_NOW is read, and db:seed's --now.
import { describe, expect, it } from "vitest";
import { parseSeedArgs } from "@/lib/demo/seed-args";
import { DEFAULT_TEST_NOW, parseTestNow } from "../helpers/clock";

describe("parseTestNow (KPI_TEST_NOW)", () => {
  it("reads a day as noon in Shanghai (04:00 UTC) and an instant as given", () => {
    expect(parseTestNow("2027-01-01").toISOString()).toBe("2027-01-01T04:00:00.000Z");
    expect(parseTestNow("2028-02-29").toISOString()).toBe("2028-02-29T04:00:00.000Z");
    expect(parseTestNow("2026-11-29T15:59:00Z").toISOString()).toBe("2026-11-29T15:59:00.000Z");
    // the default is a Wednesday
    expect(new Date(DEFAULT_TEST_NOW).getUTCDay()).toBe(3);
  });

  it("refuses what is not a day or an instant, rather than testing today", () => {
    for (const bad of ["2027-02-29", "2026-13-01", "tomorrow", "2026-1-1"]) expect(() => parseTestNow(bad), bad).toThrow(/KPI_TEST_NOW/);
  });
});

describe("parseSeedArgs --now", () => {
  it("takes an ISO instant, in either spelling, and not together with --end-day", () => {
    expect(parseSeedArgs(["--now", "2027-01-01T04:00:00Z"]).now?.toISOString()).toBe("2027-01-01T04:00:00.000Z");
    expect(parseSeedArgs(["--now=2027-01-01T04:00:00.000Z"]).now?.toISOString()).toBe("2027-01-01T04:00:00.000Z");
    expect(() => parseSeedArgs(["--now", "soon"])).toThrow(/--now/);
    expect(() => parseSeedArgs(["--now"])).toThrow(/--now/);
    expect(() => parseSeedArgs(["--end-day", "2026-11-22", "--now", "2027-01-01T04:00:00Z"])).toThrow(/not both/);
  });
});

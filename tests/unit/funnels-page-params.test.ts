// /funnels' URL state: each field read on its own, a bad one dropped.
import { describe, expect, it } from "vitest";
import { parseFunnelsPageParams } from "@/lib/schemas/funnels-page-params";

describe("parseFunnelsPageParams", () => {
  it("reads a full URL", () => {
    expect(parseFunnelsPageParams({ journey: "ecom-private", from: "2026-10-01", to: "2026-10-28", mature: "1", compare: "0" })).toEqual({
      journey: "ecom-private",
      from: "2026-10-01",
      to: "2026-10-28",
      mature: true,
      compare: false,
    });
  });

  it("defaults to no journey, no range, all cohorts, compared", () => {
    expect(parseFunnelsPageParams({})).toEqual({ journey: null, from: null, to: null, mature: false, compare: true });
  });

  it.each([
    [{ from: "2026-10-28", to: "2026-10-01" }, "a range that ends before it starts"],
    [{ from: "2026-02-30", to: "2026-03-01" }, "a day that does not exist"],
    [{ from: "2026-10-01" }, "half a range"],
  ])("drops %o (%s) and keeps the rest", (raw, _why) => {
    expect(parseFunnelsPageParams({ journey: "j", ...raw })).toMatchObject({ journey: "j", from: null, to: null });
  });

  it("reads the last of repeated fields, as the form's hidden compare=0 then checkbox compare=1 send", () => {
    expect(parseFunnelsPageParams({ compare: ["0", "1"] }).compare).toBe(true);
    expect(parseFunnelsPageParams({ compare: ["0"] }).compare).toBe(false);
  });

  it("refuses a journey key with characters no key has", () => {
    expect(parseFunnelsPageParams({ journey: "<script>" }).journey).toBeNull();
  });
});

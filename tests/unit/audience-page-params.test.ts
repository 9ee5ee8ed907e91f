// The /audience URL: a bad platform or day falls back to the default and is
// reported, never an error page; the href writes every choice out.
import { describe, expect, it } from "vitest";
import { audienceHref, parseAudiencePageParams } from "@/lib/schemas/audience-page-params";

const defaults = { from: "2026-09-01", to: "2026-11-22" };

describe("parseAudiencePageParams", () => {
  it("uses the defaults when the URL says nothing", () => {
    expect(parseAudiencePageParams({}, defaults)).toEqual({ state: { platform: null, ...defaults }, ignored: [] });
  });
  it("reads a platform and days", () => {
    expect(parseAudiencePageParams({ platform: "xiaohongshu", from: "2026-10-05", to: "2026-10-11" }, defaults)).toEqual({
      state: { platform: "xiaohongshu", from: "2026-10-05", to: "2026-10-11" },
      ignored: [],
    });
  });
  it("ignores an unknown platform and an impossible day, and says so", () => {
    expect(parseAudiencePageParams({ platform: "myspace", from: "2026-02-30" }, defaults)).toEqual({
      state: { platform: null, ...defaults },
      ignored: ["platform", "from"],
    });
  });
  it("falls back to the default period when from is after to", () => {
    expect(parseAudiencePageParams({ from: "2026-11-01", to: "2026-10-01" }, defaults)).toEqual({ state: { platform: null, ...defaults }, ignored: ["from", "to"] });
  });
  it("takes the first of repeated parameters", () => {
    expect(parseAudiencePageParams({ platform: ["douyin", "weibo"] }, defaults).state.platform).toBe("douyin");
  });
});

describe("audienceHref", () => {
  it("writes the period out, and the platform only when one is chosen", () => {
    expect(audienceHref({ platform: null, ...defaults })).toBe("/audience?from=2026-09-01&to=2026-11-22");
    expect(audienceHref({ platform: "douyin", ...defaults })).toBe("/audience?platform=douyin&from=2026-09-01&to=2026-11-22");
  });
});

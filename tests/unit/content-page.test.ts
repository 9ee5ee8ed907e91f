// The content lab's top-content order and its URL state.
import { describe, expect, it } from "vitest";
import { rankByValue } from "@/lib/metrics/content-ranking";
import { contentPageHref, parseContentPageParams } from "@/lib/schemas/content-page-params";

describe("rankByValue", () => {
  const rows = [
    { id: 1, v: 0.02 },
    { id: 2, v: null },
    { id: 3, v: 0.05 },
    { id: 4, v: 0.02 },
  ];
  it("ranks either way, ties by id, posts without the figure last both ways", () => {
    expect(rankByValue(rows, (r) => r.v, "desc").map((r) => r.id)).toEqual([3, 1, 4, 2]);
    expect(rankByValue(rows, (r) => r.v, "asc").map((r) => r.id)).toEqual([1, 4, 3, 2]);
  });
});

describe("parseContentPageParams", () => {
  it("reads every field on its own and drops bad values", () => {
    expect(parseContentPageParams({ test: "douyin-hook-a-b", from: "2026-09-01", to: "2026-11-22", platform: "douyin", origin: "human", sort: "ctr", dir: "asc" })).toEqual({
      test: "douyin-hook-a-b",
      from: "2026-09-01",
      to: "2026-11-22",
      platform: "douyin",
      origin: "human",
      sort: "ctr",
      dir: "asc",
    });
    expect(parseContentPageParams({ test: "a b", from: "2026-11-22", to: "2026-09-01", platform: "myspace", origin: "", sort: "title", dir: "up" })).toEqual({
      test: null,
      from: null,
      to: null,
      platform: null,
      origin: null,
      sort: "impressions",
      dir: "desc",
    });
  });
  it("writes back only what differs from the defaults", () => {
    const p = parseContentPageParams({ test: "t1", sort: "avgDwell" });
    expect(contentPageHref(p)).toBe("/content?test=t1&sort=avgDwell#top");
    expect(contentPageHref(parseContentPageParams({}))).toBe("/content#top");
  });
});

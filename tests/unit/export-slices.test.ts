// planExportSlices: runs of (day, platform) pairs in order, each up to the
// target number of rows (a pair larger than the target alone), none empty.
import { describe, expect, it } from "vitest";
import { planExportSlices } from "@/lib/api/export-slices";

const pair = (day: string, platformKey: string, rows: number) => ({ day, platformKey, rows });
const at = (day: string, platformKey: string) => ({ day, platformKey });

describe("planExportSlices", () => {
  it("splits a large day by platform and joins small days", () => {
    const counts = [
      pair("2026-01-01", "douyin", 1500),
      pair("2026-01-01", "tiktok", 1500),
      pair("2026-01-01", "weibo", 400),
      pair("2026-01-02", "douyin", 90),
      pair("2026-01-05", "douyin", 2500),
      pair("2026-01-06", "tiktok", 10),
    ];
    expect(planExportSlices(counts, 2000)).toEqual([
      { from: at("2026-01-01", "douyin"), to: at("2026-01-01", "douyin"), rows: 1500 },
      { from: at("2026-01-01", "tiktok"), to: at("2026-01-02", "douyin"), rows: 1990 },
      { from: at("2026-01-05", "douyin"), to: at("2026-01-05", "douyin"), rows: 2500 },
      { from: at("2026-01-06", "tiktok"), to: at("2026-01-06", "tiktok"), rows: 10 },
    ]);
  });

  it("plans nothing for no rows, and every row exactly once", () => {
    expect(planExportSlices([], 2000)).toEqual([]);
    const counts = Array.from({ length: 50 }, (_, i) => pair(`2026-02-${String(1 + (i % 28)).padStart(2, "0")}`, `p${i}`, 1 + ((i * 37) % 700)));
    const slices = planExportSlices(counts, 1000);
    expect(slices.reduce((sum, s) => sum + s.rows, 0)).toBe(counts.reduce((sum, c) => sum + c.rows, 0));
    // Only a single pair may exceed the target.
    for (const s of slices) expect(s.rows <= 1000 || (s.from.day === s.to.day && s.from.platformKey === s.to.platformKey)).toBe(true);
  });
});

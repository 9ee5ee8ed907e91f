// Which values a benchmark figure may take, by its unit, and how /benchmarks
// writes and reads them (percent for ratios, 1:N for ROI, amounts with units).
import { describe, expect, it } from "vitest";
import { draftOf, formatBenchmarkValue, inputKind, valueOfDraft } from "@/components/benchmarks/format";
import { benchmarks } from "@/lib/i18n/messages/benchmarks";
import { benchmarkValueRule, fitsBenchmarkRule } from "@/lib/metrics/benchmark-values";

const fits = (figure: Parameters<typeof benchmarkValueRule>[0], value: number) => fitsBenchmarkRule(benchmarkValueRule(figure), value);

describe("benchmarkValueRule", () => {
  const ctr = { metric: "ctr", unit: "ratio", direction: "higher" } as const;
  const roi = { metric: "roi", unit: "ratio (report writes 1:18)", direction: "higher" } as const;
  const growth = { metric: "registration_growth", unit: "ratio/year", direction: "higher" } as const;
  const shareChange = { metric: "market_share_change", unit: "ratio", direction: "info" } as const;
  const penetration = { metric: "ai_tool_penetration", unit: "ratio (report: over 70%)", direction: "higher" } as const;
  const dwell = { metric: "avgDwell", unit: "seconds", direction: "higher" } as const;

  it("keeps a rate within [0, 1], ends included", () => {
    expect([0, 0.032, 1].map((v) => fits(ctr, v))).toEqual([true, true, true]);
    expect([-0.001, 1.0001, 3.2, Number.NaN, Infinity].map((v) => fits(ctr, v))).toEqual([false, false, false, false, false]);
    expect(fits(penetration, 0.7)).toBe(true);
    expect(fits(penetration, 70)).toBe(false);
  });

  it("wants an ROI above 0, with no upper bound", () => {
    expect([0.5, 8, 18, 1000].every((v) => fits(roi, v))).toBe(true);
    expect([0, -1].some((v) => fits(roi, v))).toBe(false);
  });

  it("lets growth exceed 100% but not fall below −100%; an informational change stays within ±100%", () => {
    expect(fits(growth, 3.5)).toBe(true);
    expect(fits(growth, -1)).toBe(true);
    expect(fits(growth, -1.01)).toBe(false);
    expect(fits(shareChange, -0.12)).toBe(true);
    expect(fits(shareChange, -1.2)).toBe(false);
  });

  it("keeps durations and counts non-negative", () => {
    expect(fits(dwell, 8)).toBe(true);
    expect(fits(dwell, 0)).toBe(true);
    expect(fits(dwell, -8)).toBe(false);
  });
});

describe("the page's value text and edit field", () => {
  const en = benchmarks.en.units;
  const zh = benchmarks["zh-CN"].units;

  it("writes rates as percentages, ROI as 1:N and amounts with their unit", () => {
    expect(formatBenchmarkValue(0.032, "ratio", "rate", "en", en)).toBe("3.2%");
    expect(formatBenchmarkValue(-0.12, "ratio", "change", "en", en)).toBe("−12%");
    expect(formatBenchmarkValue(3.5, "ratio/year", "growth", "en", en)).toBe("350% per year");
    expect(formatBenchmarkValue(3.5, "ratio/year", "growth", "zh-CN", zh)).toBe("每年350%");
    expect(formatBenchmarkValue(18, "ratio (report writes 1:18)", "roi", "en", en)).toBe("1:18");
    expect(formatBenchmarkValue(3, "days", "amount", "en", en)).toBe("3 days");
    expect(formatBenchmarkValue(8, "seconds", "amount", "zh-CN", zh)).toBe("8秒");
  });

  it("edits a rate in percent and stores it as a ratio without float noise", () => {
    expect(inputKind("rate")).toBe("percent");
    expect(draftOf(0.032, "percent")).toBe("3.2");
    expect(draftOf(0.07, "percent")).toBe("7");
    expect(valueOfDraft("2.5", "percent")).toBe(0.025);
    expect(valueOfDraft(" 2,5% ", "percent")).toBe(0.025);
    expect(valueOfDraft("1:18", "roi")).toBe(18);
    expect(valueOfDraft("abc", "plain")).toBeNull();
    expect(valueOfDraft("", "percent")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { formatChange, formatCount, formatDay, formatDayRange, formatMajorMoney, formatMoney, formatPercent, formatPp, formatRoi } from "@/lib/format";

describe("number formats", () => {
  it("uses 万 and 亿 in Chinese, K and M in English", () => {
    expect(formatCount(9876, "zh-CN")).toBe("9,876");
    expect(formatCount(12_345, "zh-CN")).toBe("1.23万");
    expect(formatCount(340_000_000, "zh-CN")).toBe("3.4亿");
    expect(formatCount(12_345, "en")).toBe("12.3K");
    expect(formatCount(123_456_789, "en")).toBe("123M");
    expect(formatCount(null, "en")).toBe("—");
  });

  it("shows rates as percentages and their changes in points", () => {
    expect(formatPercent(0.0321, "en")).toBe("3.21%");
    expect(formatPp(0.3, "en")).toBe("+0.30 pp");
    expect(formatPp(-0.25, "zh-CN")).toBe("−0.25个百分点");
    expect(formatPp(0, "en")).toBe("0.00 pp");
    expect(formatChange(0.123, "en")).toBe("+12.3%");
    expect(formatChange(-0.05, "zh-CN")).toBe("−5.0%");
  });

  it("shows money from minor units and ROI as 1:N", () => {
    expect(formatMoney(123_456, "CNY", "zh-CN")).toBe("¥1,235");
    expect(formatMoney(4_250, "CNY", "en")).toBe("¥42.50");
    expect(formatMoney(123_456_789, "CNY", "zh-CN")).toBe("¥123万");
    expect(formatMoney(123_456_789, "CNY", "en")).toBe("¥1.23M");
    expect(formatRoi(18.24)).toBe("1:18.2");
    expect(formatRoi(null)).toBe("—");
  });

  it("takes the minor unit from the currency: yen are their own minor unit", () => {
    // 5,000 stored: ¥5,000 for JPY (exponent 0), ¥50.00 for CNY (exponent 2)
    expect(formatMoney(5_000, "JPY", "en")).toBe("¥5,000");
    expect(formatMoney(5_000, "CNY", "en")).toBe("¥50.00");
    // 42 yen: no decimals, as yen have none
    expect(formatMoney(42, "JPY", "en")).toBe("¥42");
    // 1,234,567 yen: compact
    expect(formatMoney(1_234_567, "JPY", "en")).toBe("¥1.23M");
  });

  it("shows amounts already in major units (CPC, CPM) with the currency's decimals", () => {
    expect(formatMajorMoney(2.5, "CNY", "en")).toBe("¥2.50");
    expect(formatMajorMoney(50, "JPY", "en")).toBe("¥50");
    expect(formatMajorMoney(16.666, "JPY", "en")).toBe("¥17");
    expect(formatMajorMoney(null, "JPY", "en")).toBe("—");
  });

  it("writes dates in each locale's form", () => {
    expect(formatDay("2026-11-16", "zh-CN")).toBe("11月16日");
    expect(formatDay("2026-11-16", "en")).toBe("Nov 16");
    expect(formatDayRange("2026-11-16", "2026-11-22", "en")).toBe("Nov 16 – Nov 22, 2026");
    expect(formatDayRange("2025-12-29", "2026-01-04", "zh-CN")).toBe("2025年12月29日 – 2026年1月4日");
  });
});

// /retention's URL parsing (a hand-edited link falls back to defaults, never
// fails) and its heatmap scale (every step keeps WCAG AA text contrast, in
// both themes since the cells carry their own colours).
import { describe, expect, it } from "vitest";
import { retentionHref } from "@/components/retention/href";
import { HEAT_LEGEND, heatColors } from "@/components/retention/heat";
import { parseRetentionPageParams } from "@/lib/schemas/retention-page-params";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("parseRetentionPageParams", () => {
  it("reads unit, platform and period", () => {
    expect(parseRetentionPageParams({ unit: "month", platform: "virtual", period: "2" })).toEqual({ unit: "month", platform: "virtual", period: 2 });
  });
  it("defaults what is missing or does not parse", () => {
    expect(parseRetentionPageParams({})).toEqual({ unit: "week", platform: null, period: null });
    expect(parseRetentionPageParams({ unit: "day", platform: "myspace", period: "-1" })).toEqual({ unit: "week", platform: null, period: null });
    expect(parseRetentionPageParams({ period: "1.5" }).period).toBeNull();
    expect(parseRetentionPageParams({ period: "521" }).period).toBeNull();
    expect(parseRetentionPageParams({ period: "" }).period).toBeNull();
  });
  it("takes the first of repeated parameters", () => {
    expect(parseRetentionPageParams({ unit: ["month", "week"] }).unit).toBe("month");
  });
  it("round-trips through retentionHref", () => {
    const state = { unit: "month" as const, platform: "wechat_private" as const, period: 3 };
    const href = retentionHref(state);
    expect(href).toBe("/retention?unit=month&platform=wechat_private&period=3");
    expect(parseRetentionPageParams(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(state);
    expect(retentionHref({ unit: "week", platform: null, period: null })).toBe("/retention?unit=week");
  });
});

describe("heatColors", () => {
  it("keeps at least 4.5:1 text contrast on every step", () => {
    for (const step of HEAT_LEGEND) expect(contrast(step.background, step.color)).toBeGreaterThanOrEqual(4.5);
  });
  it("gets darker as retention rises", () => {
    const rates = [0, 0.15, 0.3, 0.45, 0.6, 1];
    const l = rates.map((r) => luminance(heatColors(r).background));
    expect([...l].sort((a, b) => b - a)).toEqual(l);
    expect(heatColors(1)).toEqual({ background: HEAT_LEGEND.at(-1)!.background, color: HEAT_LEGEND.at(-1)!.color });
  });
});

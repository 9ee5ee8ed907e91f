// The content lab's intervals, sample sizes and plain verdict, against values
// worked by hand (z₀.₉₇₅ = 1.959964, z₀.₈ = 0.841621).
import { describe, expect, it } from "vitest";
import { analyseContentTest, contentTestVerdict, impressionsPerArm, type ContentTestItem } from "@/lib/metrics/content-test";
import { differenceIntervalPp, sampleSizePerArm, wilsonInterval } from "@/lib/metrics/stats/proportion";

function item(variant: string, impressions: number, clicks: number): ContentTestItem {
  return { variant, impressions, clicks, reach: null, views: null, likes: null, comments: null, shares: null, saves: null, watchSeconds: null };
}

describe("wilsonInterval", () => {
  it("150 of 4000: centre (p̂ + z²/2n)/(1 + z²/n), half-width z·√(p̂q̂/n + z²/4n²)/(1 + z²/n)", () => {
    // p̂ = 0.0375; z²/n = 0.00096037; centre 0.0379430; half 0.0059014
    const i = wilsonInterval(150, 4000)!;
    expect(i.low).toBeCloseTo(0.0320423, 6);
    expect(i.high).toBeCloseTo(0.0438452, 6);
  });
  it("stays inside [0, 1] with no successes, and is null without trials", () => {
    const i = wilsonInterval(0, 10)!;
    expect(i.low).toBe(0);
    expect(i.high).toBeCloseTo(0.2775328, 6); // z²/(n + z²) = 3.8415/13.8415
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
  });
});

describe("differenceIntervalPp", () => {
  it("6.00% − 3.75% = 2.25 pp ± 1.96·√(.06·.94/4000 + .0375·.9625/4000) = ± 0.9425 pp", () => {
    const i = differenceIntervalPp(240, 4000, 150, 4000)!;
    expect(i.low).toBeCloseTo(1.30752, 4);
    expect(i.high).toBeCloseTo(3.19248, 4);
    expect(differenceIntervalPp(1, 10, 0, 0)).toBeNull();
  });
});

describe("sampleSizePerArm", () => {
  it("3.0% → 3.3% at α 0.05, power 0.8: (1.96·√(2·.0315·.9685) + 0.8416·√(.03·.97 + .033·.967))² / .003² ≈ 53 211", () => {
    // (0.484139 + 0.207885)² / 0.000009 = 0.478897 / 0.000009 = 53 210.8 → 53 211
    expect(sampleSizePerArm(0.03, 0.033)).toBe(53_211);
    expect(sampleSizePerArm(0.0375, 0.04125)).toBe(42_222);
  });
  it("is null for equal rates or rates outside (0, 1)", () => {
    expect(sampleSizePerArm(0.03, 0.03)).toBeNull();
    expect(sampleSizePerArm(0, 0.01)).toBeNull();
  });
});

describe("impressionsPerArm", () => {
  it("is the sample to find a 10% lift on the control's CTR", () => {
    expect(impressionsPerArm(0.03)).toBe(53_211);
  });
  it("is at least 30 clicks' worth when that is larger (a high CTR needs few impressions for power)", () => {
    // 50% → 55%: power needs 1 562; 30 clicks and 30 non-clicks need 60
    expect(impressionsPerArm(0.5)).toBe(sampleSizePerArm(0.5, 0.55));
    expect(impressionsPerArm(0)).toBeNull();
    expect(impressionsPerArm(null)).toBeNull();
  });
});

describe("contentTestVerdict", () => {
  it("names the winner when the difference is significant", () => {
    const r = analyseContentTest([item("a", 4000, 150), item("b", 4000, 240)], "a");
    const v = contentTestVerdict(r);
    expect(v).toEqual({ verdict: "winner", winner: "b", impressionsPerArm: 42_222, impressionsStillNeeded: 2 * (42_222 - 4000) });
    expect(r.variants[1]?.vsControl?.ctrDiffIntervalPp?.low).toBeCloseTo(1.30752, 4);
    expect(r.variants[0]?.ctrInterval?.low).toBeCloseTo(0.0320423, 6);
  });
  it("says not enough data yet, with the impressions still needed, when a close race is under-sampled", () => {
    // 3.75% vs 3.80% on 4 000 each: not significant, both arms 38 222 short of 42 222
    const r = analyseContentTest([item("a", 4000, 150), item("b", 4000, 152)], "a");
    expect(r.reason).toBe("not_significant");
    expect(contentTestVerdict(r)).toEqual({ verdict: "not_enough_data", winner: null, impressionsPerArm: 42_222, impressionsStillNeeded: 2 * 38_222 });
  });
  it("says no difference when every arm has the sample and the test is not significant", () => {
    // 3.00% vs 3.02% on 60 000 each (≥ 53 211): z ≈ 0.20
    const r = analyseContentTest([item("a", 60_000, 1800), item("b", 60_000, 1812)], "a");
    expect(r.reason).toBe("not_significant");
    expect(contentTestVerdict(r)).toEqual({ verdict: "no_difference", winner: null, impressionsPerArm: 53_211, impressionsStillNeeded: 0 });
  });
  it("says not enough data when the minimum-sample guard fails or there is nothing to compare", () => {
    const few = analyseContentTest([item("a", 400, 12), item("b", 400, 20)], "a");
    expect(few.reason).toBe("too_little_data");
    expect(contentTestVerdict(few).verdict).toBe("not_enough_data");
    const alone = analyseContentTest([item("a", 400, 12)], "a");
    expect(contentTestVerdict(alone)).toMatchObject({ verdict: "not_enough_data", impressionsPerArm: 53_211, impressionsStillNeeded: 53_211 - 400 });
    const noClicks = analyseContentTest([item("a", 400, 0), item("b", 400, 3)], "a");
    expect(contentTestVerdict(noClicks)).toMatchObject({ verdict: "not_enough_data", impressionsPerArm: null, impressionsStillNeeded: null });
  });
});

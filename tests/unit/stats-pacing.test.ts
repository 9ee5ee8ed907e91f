import { describe, expect, it } from "vitest";
import { goalPacing } from "@/lib/metrics/stats/pacing";

describe("goal pacing", () => {
  it("projects a sum linearly", () => {
    // 12,000 follows in 10 of 30 days → 36,000 projected against 40,000: behind.
    expect(goalPacing({ kind: "sum", direction: "higher", target: 40_000, daysElapsed: 10, daysTotal: 30, numeratorSoFar: 12_000 })).toEqual({
      projected: 36_000,
      progress: 0.3,
      onPace: false,
      expectedSoFar: expect.closeTo(13_333.333333, 5), // 40,000 · 10/30
    });
    // 70 in 7 of 30 days → exactly 300: a goal met exactly is met.
    const exact = goalPacing({ kind: "sum", direction: "higher", target: 300, daysElapsed: 7, daysTotal: 30, numeratorSoFar: 70 });
    expect(exact.projected).toBeCloseTo(300, 10);
    expect(exact.onPace).toBe(true);
  });

  it("mirrors the test for lower-is-better sums (a spend cap)", () => {
    // ¥4,000 spent in 12 of 31 days → 10,333.33 projected against a 10,000 cap: over.
    const over = goalPacing({ kind: "sum", direction: "lower", target: 10_000, daysElapsed: 12, daysTotal: 31, numeratorSoFar: 4_000 });
    expect(over.projected).toBeCloseTo(10_333.333, 3);
    expect(over.onPace).toBe(false);
    expect(over.progress).toBeCloseTo(0.4, 12);
    expect(goalPacing({ kind: "sum", direction: "lower", target: 10_000, daysElapsed: 12, daysTotal: 31, numeratorSoFar: 3_800 }).onPace).toBe(true); // 9,816.13
  });

  it("projects a rate as the ratio of projected sums, which is the rate so far", () => {
    // 450 clicks / 15,000 impressions in 9 of 30 days: both ×30/9 → 1,500 / 50,000 = 3.0%.
    const ctr = goalPacing({ kind: "rate", direction: "higher", target: 0.032, daysElapsed: 9, daysTotal: 30, numeratorSoFar: 450, denominatorSoFar: 15_000 });
    expect(ctr.projected).toBeCloseTo(0.03, 15);
    expect(ctr.progress).toBeCloseTo(0.03 / 0.032, 12); // 0.9375
    expect(ctr.onPace).toBe(false);
    expect(ctr.expectedSoFar).toBeNull();
    // CPC ¥1.80 against a ¥2.00 ceiling: on pace.
    const cpc = goalPacing({ kind: "rate", direction: "lower", target: 2, daysElapsed: 5, daysTotal: 7, numeratorSoFar: 900, denominatorSoFar: 500 });
    expect(cpc.projected).toBeCloseTo(1.8, 12);
    expect(cpc.onPace).toBe(true);
  });

  it("has nothing to say before the first day or without a denominator", () => {
    const none = { projected: null, progress: null, onPace: null, expectedSoFar: null };
    expect(goalPacing({ kind: "sum", direction: "higher", target: 100, daysElapsed: 0, daysTotal: 30, numeratorSoFar: 0 })).toEqual(none);
    expect(goalPacing({ kind: "rate", direction: "higher", target: 0.03, daysElapsed: 0, daysTotal: 30, numeratorSoFar: 0, denominatorSoFar: 0 })).toEqual(none);
    expect(goalPacing({ kind: "rate", direction: "higher", target: 0.03, daysElapsed: 3, daysTotal: 30, numeratorSoFar: 0, denominatorSoFar: 0 })).toEqual(none);
  });

  it("has no progress ratio against a zero target", () => {
    const r = goalPacing({ kind: "sum", direction: "lower", target: 0, daysElapsed: 3, daysTotal: 30, numeratorSoFar: 0 });
    expect(r.progress).toBeNull();
    expect(r.onPace).toBe(true);
  });

  it("rejects impossible days and a rate without a denominator", () => {
    expect(() => goalPacing({ kind: "sum", direction: "higher", target: 1, daysElapsed: 31, daysTotal: 30, numeratorSoFar: 1 })).toThrow(RangeError);
    expect(() => goalPacing({ kind: "sum", direction: "higher", target: 1, daysElapsed: 1, daysTotal: 0, numeratorSoFar: 1 })).toThrow(RangeError);
    expect(() => goalPacing({ kind: "rate", direction: "higher", target: 1, daysElapsed: 1, daysTotal: 7, numeratorSoFar: 1 })).toThrow(RangeError);
  });
});

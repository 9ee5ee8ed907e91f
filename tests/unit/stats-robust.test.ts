import { describe, expect, it } from "vitest";
import { anomaly, mad, madSigma, median, robustZ } from "@/lib/metrics/stats/robust";

// Nine previous weeks. Sorted: 10 10 11 11 11 12 12 12 13 → median 11.
// |x − 11|: 1 1 0 0 0 1 1 1 2 → sorted 0 0 0 1 1 1 1 1 2 → MAD 1.
const weeks = [10, 12, 11, 13, 12, 11, 10, 12, 11];

describe("median and MAD", () => {
  it("work by hand", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(median(weeks)).toBe(11);
    expect(mad(weeks)).toBe(1);
    expect(mad([1, 2, 3, 4, 100])).toBe(1); // median 3, deviations 2 1 0 1 97 → 1
    expect(madSigma([1, 2, 3, 4, 100])).toBeCloseTo(1.4826, 12);
    expect(mad([])).toBeNull();
  });

  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it("gives the modified z-score", () => {
    expect(robustZ(20, weeks)).toBeCloseTo((0.6745 * 9) / 1, 12); // 6.0705
    expect(robustZ(11, weeks)).toBe(0);
    expect(robustZ(5, [5, 5, 5])).toBeNull(); // no scale
    expect(robustZ(5, [])).toBeNull();
  });
});

describe("weekly anomaly rule", () => {
  it("flags a spike and a drop", () => {
    const spike = anomaly(20, weeks);
    expect(spike).toEqual({ isAnomaly: true, robustZ: expect.closeTo(6.0705, 4), median: 11, mad: 1, direction: "high" });
    const drop = anomaly(5, weeks); // 0.6745 · (−6) = −4.047
    expect(drop.isAnomaly).toBe(true);
    expect(drop.direction).toBe("low");
    expect(drop.robustZ).toBeCloseTo(-4.047, 3);
  });

  it("leaves a normal week alone, and the threshold is strict", () => {
    expect(anomaly(13, weeks)).toEqual({ isAnomaly: false, robustZ: expect.closeTo(1.349, 3), median: 11, mad: 1, direction: null });
    // 0.6745 · 6 = 4.047 > 3.5 but not > 4.5; exactly at the threshold is not anomalous.
    expect(anomaly(17, weeks, { threshold: 4.5 }).isAnomaly).toBe(false);
    const atThreshold = 0.6745 * (17 - 11); // the score of 17
    expect(anomaly(17, weeks, { threshold: atThreshold }).isAnomaly).toBe(false);
    expect(anomaly(17, weeks, { threshold: atThreshold - 1e-9 }).isAnomaly).toBe(true);
  });

  it("needs 8 known weeks and looks back at most 12", () => {
    expect(anomaly(100, [10, 11, 12, 10, 11, 12, 10])).toEqual({
      isAnomaly: false,
      robustZ: null,
      median: null,
      mad: null,
      direction: null,
      reason: "too_little_history",
    });
    // Nulls are unknown weeks: 9 entries with 2 unknown leave 7.
    expect(anomaly(100, [10, null, 11, 12, null, 10, 11, 12, 10]).reason).toBe("too_little_history");
    // Old weeks beyond 12 do not count: a huge level long ago does not hide today's spike.
    const history = [1000, 1000, 1000, 1000, 1000, ...weeks, 11, 12, 10];
    const result = anomaly(20, history);
    expect(result.median).toBe(11); // window = the last 12: weeks + 11, 12, 10
    expect(result.isAnomaly).toBe(true);
  });

  it("falls back to the mean absolute deviation when MAD is 0", () => {
    // Median 0, MAD 0 (six of eight are 0); mean |x − 0| = (2 + 4)/8 = 0.75; scale 1.253314 · 0.75 = 0.93999
    const sparse = [0, 0, 2, 0, 0, 4, 0, 0];
    const high = anomaly(5, sparse); // 5 / 0.93999 = 5.319
    expect(high).toEqual({ isAnomaly: true, robustZ: expect.closeTo(5 / (1.253314 * 0.75), 10), median: 0, mad: 0, direction: "high", reason: "zero_mad" });
    expect(anomaly(3, sparse).isAnomaly).toBe(false); // 3.19
  });

  it("calls any change from a perfectly flat history anomalous", () => {
    const flat = [7, 7, 7, 7, 7, 7, 7, 7];
    expect(anomaly(7, flat)).toEqual({ isAnomaly: false, robustZ: null, median: 7, mad: 0, direction: null, reason: "zero_mad" });
    expect(anomaly(6, flat)).toEqual({ isAnomaly: true, robustZ: null, median: 7, mad: 0, direction: "low", reason: "zero_mad" });
  });

  it("rejects non-finite input and bad options", () => {
    expect(() => anomaly(Number.NaN, weeks)).toThrow(RangeError);
    expect(() => anomaly(1, [...weeks, Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => anomaly(1, weeks, { minHistory: 13 })).toThrow(RangeError);
  });
});

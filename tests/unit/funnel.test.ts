// Journey funnels: counts, conversions and time-to-convert quantiles from
// per-cohort-day histograms, worked out by hand below.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BenchmarkFigure } from "@/lib/metrics/benchmarks";
import { compareFunnels, compareTimeToConvert, computeFunnel, histogramQuantile, mergeHistograms, type JourneyObservationRow } from "@/lib/metrics/funnel";

const o = (cohortDay: string, position: number, daysToStep: number, people: number): JourneyObservationRow => ({ cohortDay, position, daysToStep, people });

// Cohort Nov 1: 100 entered; step 2 after 1/2/3 days: 10/20/10; step 3 after 5 days: 8.
// Cohort Nov 2: 50 entered; step 2 after 2/4 days: 5/15.
const ROWS: JourneyObservationRow[] = [
  o("2026-11-01", 1, 0, 100),
  o("2026-11-01", 2, 1, 10),
  o("2026-11-01", 2, 2, 20),
  o("2026-11-01", 2, 3, 10),
  o("2026-11-01", 3, 5, 8),
  o("2026-11-02", 1, 0, 50),
  o("2026-11-02", 2, 2, 5),
  o("2026-11-02", 2, 4, 15),
];

describe("histogramQuantile", () => {
  it("is the smallest day whose cumulative count reaches q of the total", () => {
    // merged step 2: day 1: 10, day 2: 25, day 3: 10, day 4: 15 (60 people)
    const h = new Map([[1, 10], [2, 25], [3, 10], [4, 15]]);
    // cumulative 10, 35, 45, 60: 35 ≥ 30 → median day 2; 45 ≥ 45 (exactly 75%) → p75 day 3
    expect(histogramQuantile(h, 0.5)).toBe(2);
    expect(histogramQuantile(h, 0.75)).toBe(3);
    expect(histogramQuantile(h, 1)).toBe(4);
    // {1, 1, 5, 5}: no interpolation, the median is a day someone took
    expect(histogramQuantile(new Map([[5, 2], [1, 2]]), 0.5)).toBe(1);
    expect(histogramQuantile(new Map(), 0.5)).toBeNull();
    expect(histogramQuantile(new Map([[3, 0]]), 0.5)).toBeNull();
    expect(() => histogramQuantile(h, 0)).toThrow(RangeError);
  });

  it("equals the order statistic at ceil(q·n) of the people listed one by one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(0.25, 0.5, 0.75, 0.9, 1),
        (pairs, q) => {
          const h = mergeHistograms(pairs.map(([d, n]) => new Map([[d, n]])));
          const people = pairs.flatMap(([d, n]) => Array.from({ length: n }, () => d)).sort((a, b) => a - b);
          const expected = people.length === 0 ? null : people[Math.ceil(q * people.length) - 1];
          expect(histogramQuantile(h, q)).toBe(expected);
        },
      ),
    );
  });
});

describe("computeFunnel", () => {
  it("gives reached, step and overall conversion and time to convert per step", () => {
    const f = computeFunnel(ROWS, [1, 2, 3]);
    expect(f.entered).toBe(150);
    expect(f.cohorts).toBe(2);
    expect(f.firstCohortDay).toBe("2026-11-01");
    expect(f.lastCohortDay).toBe("2026-11-02");
    expect(f.immatureCohorts).toBeNull(); // no maturity rule given
    const [s1, s2, s3] = f.steps;
    expect(s1).toEqual({ position: 1, reached: 150, stepConversion: null, overallConversion: 1, medianDays: 0, p75Days: 0, histogram: [{ days: 0, people: 150 }] });
    expect(s2?.reached).toBe(60);
    expect(s2?.stepConversion).toBeCloseTo(60 / 150, 12);
    expect(s2?.overallConversion).toBeCloseTo(60 / 150, 12);
    expect(s2?.medianDays).toBe(2);
    expect(s2?.p75Days).toBe(3);
    expect(s3?.reached).toBe(8);
    expect(s3?.stepConversion).toBeCloseTo(8 / 60, 12);
    expect(s3?.overallConversion).toBeCloseTo(8 / 150, 12);
    expect(s3?.medianDays).toBe(5);
  });

  it("gives null, not 0 or Infinity, after a zero step and when nobody entered", () => {
    // nobody recorded at step 2, yet 4 people at step 3 (a tracking gap)
    const rows = [o("2026-11-01", 1, 0, 20), o("2026-11-01", 3, 2, 4)];
    const [, s2, s3] = computeFunnel(rows, [1, 2, 3]).steps;
    expect(s2).toMatchObject({ reached: 0, stepConversion: 0, overallConversion: 0, medianDays: null, p75Days: null });
    expect(s3?.stepConversion).toBeNull();
    expect(s3?.overallConversion).toBeCloseTo(4 / 20, 12);

    const empty = computeFunnel([], [1, 2]);
    expect(empty.entered).toBe(0);
    expect(empty.steps.map((s) => [s.reached, s.stepConversion, s.overallConversion])).toEqual([[0, null, null], [0, null, null]]);
    expect(empty.firstCohortDay).toBeNull();
  });

  it("counts immature cohorts, and leaves them out only with matureOnly", () => {
    // as of Nov 15 with 14 days needed: Nov 1 is 14 days old (mature), Nov 2 is 13 (immature)
    const rule = { asOf: "2026-11-15", minAgeDays: 14 };
    const counted = computeFunnel(ROWS, [1, 2, 3], { maturity: rule });
    expect(counted.immatureCohorts).toBe(1);
    expect(counted.immatureExcluded).toBe(false);
    expect(counted.entered).toBe(150);

    const mature = computeFunnel(ROWS, [1, 2, 3], { matureOnly: rule });
    expect(mature.immatureCohorts).toBe(1);
    expect(mature.immatureExcluded).toBe(true);
    expect(mature.cohorts).toBe(1);
    expect(mature.entered).toBe(100);
    // Nov 1 alone: step 2 days 1/2/3 = 10/20/10 → cumulative 10, 30, 40: median 2 (30 ≥ 20), p75 2 (30 ≥ 30)
    expect(mature.steps[1]).toMatchObject({ reached: 40, medianDays: 2, p75Days: 2 });
    expect(mature.steps[1]?.stepConversion).toBeCloseTo(0.4, 12);
    expect(mature.lastCohortDay).toBe("2026-11-01");

    // a day later both are mature
    expect(computeFunnel(ROWS, [1, 2, 3], { maturity: { asOf: "2026-11-16", minAgeDays: 14 } }).immatureCohorts).toBe(0);
  });

  it("on the union of cohort days equals merging the per-day histograms", () => {
    const row = fc.record({
      cohortDay: fc.constantFrom("2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"),
      position: fc.integer({ min: 1, max: 3 }),
      daysToStep: fc.integer({ min: 0, max: 14 }),
      people: fc.integer({ min: 0, max: 500 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const whole = computeFunnel(rows, [1, 2, 3]);
        const days = [...new Set(rows.map((r) => r.cohortDay))];
        const parts = days.map((d) => computeFunnel(rows.filter((r) => r.cohortDay === d), [1, 2, 3]));
        for (const [i, step] of whole.steps.entries()) {
          expect(step.reached).toBe(parts.reduce((s, p) => s + (p.steps[i]?.reached ?? 0), 0));
          const merged = mergeHistograms(
            days.map((d) => {
              const h = new Map<number, number>();
              for (const r of rows) if (r.cohortDay === d && r.position === step.position) h.set(r.daysToStep, (h.get(r.daysToStep) ?? 0) + r.people);
              return h;
            }),
          );
          expect(step.medianDays).toBe(histogramQuantile(merged, 0.5));
          expect(step.p75Days).toBe(histogramQuantile(merged, 0.75));
        }
        // and the order of rows does not matter
        expect(computeFunnel([...rows].reverse(), [1, 2, 3])).toEqual(whole);
      }),
    );
  });
});

describe("compareTimeToConvert", () => {
  const lag: BenchmarkFigure = {
    key: "xiaohongshu_seeding_lag_days",
    metric: "timeToConvert",
    value: 3,
    direction: "lower",
    platformKey: "xiaohongshu",
    page: 6,
    textZh: "",
    scope: "",
    note: null,
  };

  it("compares a Xiaohongshu step's median with the 3-day seeding lag (lower is better)", () => {
    expect(compareTimeToConvert(3, "xiaohongshu", [lag])).toEqual({ benchmark: { key: lag.key, value: 3, page: 6 }, status: "above" });
    expect(compareTimeToConvert(2, "xiaohongshu", [lag])?.status).toBe("above");
    // 10% tolerance: up to 3.3 days is near; 4 days is below
    expect(compareTimeToConvert(4, "xiaohongshu", [lag])?.status).toBe("below");
    expect(compareTimeToConvert(4, "xiaohongshu", [lag], 0.5)?.status).toBe("near");
    expect(compareTimeToConvert(null, "xiaohongshu", [lag])?.status).toBeNull();
  });

  it("applies only the step platform's own figure", () => {
    expect(compareTimeToConvert(3, "douyin", [lag])).toBeNull();
    expect(compareTimeToConvert(3, "wechat_private", [])).toBeNull();
  });
});

describe("computeFunnel's histogram and compareFunnels", () => {
  it("keeps each step's people by day, in day order", () => {
    const f = computeFunnel(ROWS, [1, 2, 3]);
    expect(f.steps[1]?.histogram).toEqual([
      { days: 1, people: 10 },
      { days: 2, people: 25 },
      { days: 3, people: 10 },
      { days: 4, people: 15 },
    ]);
    expect(f.steps[2]?.histogram).toEqual([{ days: 5, people: 8 }]);
  });

  it("compares each step's overall conversion in pp, with a two-proportion z-test", () => {
    const funnel = (entered: number, reached: number) => computeFunnel([o("2026-11-01", 1, 0, entered), o("2026-11-01", 2, 1, reached)], [1, 2]);
    const [first, second] = compareFunnels(funnel(1000, 300), funnel(1000, 200));
    expect(first).toEqual({ position: 1, previousOverall: 1, previousStep: null, changePp: 0, pValue: null, significance: null });
    // pooled 0.25, se = √(0.25·0.75·(1/1000 + 1/1000)), z = 0.1 / se = 5.16398; p = erfc(z/√2) = 2.41756e-7
    expect(second?.changePp).toBeCloseTo(10, 10);
    expect(second?.previousOverall).toBeCloseTo(0.2, 12);
    expect(second?.pValue).toBeCloseTo(2.417564e-7, 12);
    expect(second?.significance).toBe("significant");
    // 3 of 50 against 2 of 50: too few events to judge
    expect(compareFunnels(funnel(50, 3), funnel(50, 2))[1]?.significance).toBe("too_little_data");
    // an empty earlier period has no conversion to compare with
    expect(compareFunnels(funnel(50, 3), computeFunnel([], [1, 2]))[1]).toMatchObject({ previousOverall: null, changePp: null, significance: "too_little_data" });
  });
});

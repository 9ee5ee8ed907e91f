// Cohort retention: the triangle, and the curve as a ratio of sums over the
// cohorts that have reached each period (not an average of cohort rates).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/metrics/periods";
import { computeRetention, DEFAULT_RETENTION_PERIOD, periodEnd, periodHasEnded, periodStart, retentionAt, type CohortInput } from "@/lib/metrics/retention";

const act = (...active: number[]) => active.map((a, periodIndex) => ({ periodIndex, active: a }));

// Weekly cohorts starting on Mondays; 2026-10-25 is the Sunday that ends cohort C's first week.
const A: CohortInput = { cohortStart: "2026-10-05", size: 100, activity: act(100, 50, 40) };
const B: CohortInput = { cohortStart: "2026-10-12", size: 1000, activity: act(1000, 300) };
const C: CohortInput = { cohortStart: "2026-10-19", size: 10, activity: act(10) };

describe("computeRetention", () => {
  it("builds the triangle with null where a period has not happened", () => {
    const r = computeRetention([C, A, B], { unit: "week", asOf: "2026-10-25" });
    expect(r.triangle.map((row) => row.cohortStart)).toEqual(["2026-10-05", "2026-10-12", "2026-10-19"]);
    expect(r.triangle[0]?.cells).toEqual([{ active: 100, rate: 1 }, { active: 50, rate: 0.5 }, { active: 40, rate: 0.4 }]);
    expect(r.triangle[1]?.cells).toEqual([{ active: 1000, rate: 1 }, { active: 300, rate: 0.3 }, null]);
    expect(r.triangle[2]?.cells).toEqual([{ active: 10, rate: 1 }, null, null]);
  });

  it("averages cohorts by size: Σ active / Σ size, not the mean of their rates", () => {
    const r = computeRetention([A, B, C], { unit: "week", asOf: "2026-10-25" });
    // week 1: A 50/100 and B 300/1000 → 350/1100 = 31.8%; the naive mean of 50% and 30% would say 40%
    const w1 = retentionAt(r.curve, 1);
    expect(w1).toMatchObject({ cohorts: 2, size: 1100, active: 350 });
    expect(w1?.rate).toBeCloseTo(350 / 1100, 12);
    expect(w1?.rate).not.toBeCloseTo((0.5 + 0.3) / 2, 2);
    // week 2: only A has reached it
    expect(retentionAt(r.curve, 2)).toEqual({ periodIndex: 2, cohorts: 1, size: 100, active: 40, rate: 0.4 });
    expect(retentionAt(r.curve, 0)?.rate).toBe(1);
    expect(retentionAt(r.curve, 3)).toBeNull();
  });

  it("drops periods that have not ended by asOf even if a row exists", () => {
    // a day earlier, the last week of each cohort is still running
    const r = computeRetention([A, B, C], { unit: "week", asOf: "2026-10-24" });
    expect(r.triangle.map((row) => row.cells.filter((c) => c !== null).length)).toEqual([2, 1, 0]);
    expect(retentionAt(r.curve, 1)?.rate).toBeCloseTo(0.5, 12);
    expect(retentionAt(r.curve, 0)).toMatchObject({ cohorts: 2, size: 1100 });
  });

  it("treats a missing row in an ended period as unknown, not zero", () => {
    const gap: CohortInput = { cohortStart: "2026-10-05", size: 200, activity: [{ periodIndex: 0, active: 200 }, { periodIndex: 2, active: 60 }] };
    const r = computeRetention([gap, B], { unit: "week", asOf: "2026-10-25" });
    expect(r.triangle[0]?.cells[1]).toBeNull();
    expect(retentionAt(r.curve, 1)).toMatchObject({ cohorts: 1, size: 1000, active: 300 });
  });

  it("gives null for an empty cohort and an empty curve for no cohorts", () => {
    const r = computeRetention([{ cohortStart: "2026-10-05", size: 0, activity: act(0) }], { unit: "week" });
    expect(r.triangle[0]?.cells).toEqual([{ active: 0, rate: null }]);
    expect(r.curve[0]?.rate).toBeNull();
    expect(computeRetention([], { unit: "week" })).toEqual({ unit: "week", triangle: [], curve: [] });
  });

  it("keeps curve values in [0, 1] when active ≤ size, equal to Σ active / Σ size per index", () => {
    const cohort = fc
      .record({ size: fc.integer({ min: 0, max: 10_000 }), shares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }) })
      .map(({ size, shares }) => ({ size, activity: shares.map((s, periodIndex) => ({ periodIndex, active: Math.floor(s * size) })) }));
    fc.assert(
      fc.property(fc.array(cohort, { maxLength: 10 }), (list) => {
        const cohorts = list.map((c, i) => ({ cohortStart: addDays("2026-01-05", 7 * i), ...c }));
        const r = computeRetention(cohorts, { unit: "week" });
        for (const p of r.curve) {
          const reached = cohorts.filter((c) => c.activity.some((a) => a.periodIndex === p.periodIndex));
          const size = reached.reduce((s, c) => s + c.size, 0);
          const active = reached.reduce((s, c) => s + (c.activity[p.periodIndex]?.active ?? 0), 0);
          expect(p.size).toBe(size);
          expect(p.active).toBe(active);
          if (p.rate !== null) {
            expect(p.rate).toBeGreaterThanOrEqual(0);
            expect(p.rate).toBeLessThanOrEqual(1);
          } else expect(size).toBe(0);
        }
      }),
    );
  });
});

describe("periods of a cohort", () => {
  it("steps by days, weeks and calendar months", () => {
    expect(periodStart("2026-10-05", "week", 4)).toBe("2026-11-02");
    expect(periodEnd("2026-10-05", "week", 0)).toBe("2026-10-11");
    expect(periodEnd("2026-10-05", "day", 2)).toBe("2026-10-07");
    expect(periodStart("2026-01-01", "month", 1)).toBe("2026-02-01");
    expect(periodEnd("2026-01-01", "month", 1)).toBe("2026-02-28");
    expect(periodEnd("2026-11-01", "month", 2)).toBe("2027-01-31");
    expect(periodHasEnded("2026-10-05", "week", 0, "2026-10-11")).toBe(true);
    expect(periodHasEnded("2026-10-05", "week", 0, "2026-10-10")).toBe(false);
  });

  it("reads retention at week 4 for weekly cohorts by default", () => {
    expect(DEFAULT_RETENTION_PERIOD).toEqual({ day: 28, week: 4, month: 1 });
  });
});

// lib/metrics/goals: which goal a figure is paced against, its pacing and its
// status, with every case worked by hand. The weekly board and the executive
// summary both use these, so a goal reads the same on both pages.
import { describe, expect, it } from "vitest";
import { goalSoFar, goalStatus, paceGoal, pickGoal, type GoalLike } from "@/lib/metrics/goals";

function goal(g: Partial<GoalLike> & Pick<GoalLike, "startDay" | "endDay">): GoalLike {
  return { id: 1, metric: "revenue", platformKey: null, accountId: null, target: 1_000_000, ...g };
}

const NONE = { projected: null, progress: null, onPace: null, expectedSoFar: null, status: null };
const TOLERANCE = 0.1;

describe("pickGoal", () => {
  const week = { start: "2026-11-16", end: "2026-11-22" };
  const quarter = goal({ id: 1, startDay: "2026-10-01", endDay: "2026-12-31" });
  const month = goal({ id: 2, startDay: "2026-11-01", endDay: "2026-11-30" });
  const weekGoal = goal({ id: 3, startDay: "2026-11-16", endDay: "2026-11-22" });

  it("takes the shortest goal that covers the whole period", () => {
    expect(pickGoal([quarter, month, weekGoal], "revenue", null, week)?.id).toBe(3);
    expect(pickGoal([quarter, month], "revenue", null, week)?.id).toBe(2);
    // the month of November does not cover the week of Oct 26 – Nov 1: the quarter does
    expect(pickGoal([quarter, month], "revenue", null, { start: "2026-10-26", end: "2026-11-01" })?.id).toBe(1);
    // a month goal seen from a quarter does not cover it
    expect(pickGoal([month], "revenue", null, { start: "2026-10-01", end: "2026-12-31" })).toBeNull();
  });

  it("matches metric, platform (null = the whole workspace) and leaves out account goals", () => {
    const douyin = goal({ id: 4, startDay: "2026-11-16", endDay: "2026-11-22", platformKey: "douyin" });
    const account = goal({ id: 5, startDay: "2026-11-16", endDay: "2026-11-22", accountId: 9 });
    const ctr = goal({ id: 6, startDay: "2026-11-16", endDay: "2026-11-22", metric: "ctr" });
    expect(pickGoal([douyin, account, ctr, quarter], "revenue", null, week)?.id).toBe(1);
    expect(pickGoal([douyin, account, ctr, quarter], "revenue", "douyin", week)?.id).toBe(4);
    expect(pickGoal([douyin, account, ctr, quarter], "ctr", null, week)?.id).toBe(6);
  });

  it("breaks ties the same way whatever the order of the rows: later start, then lower id", () => {
    // two 31-day goals covering Nov 16–22: Oct 25 – Nov 24 and Nov 1 – Dec 1; the later start wins
    const a = goal({ id: 7, startDay: "2026-10-25", endDay: "2026-11-24" });
    const b = goal({ id: 8, startDay: "2026-11-01", endDay: "2026-12-01" });
    expect(pickGoal([a, b], "revenue", null, week)?.id).toBe(8);
    expect(pickGoal([b, a], "revenue", null, week)?.id).toBe(8);
    // the same period twice: the lower id
    const c = goal({ id: 9, startDay: "2026-11-01", endDay: "2026-11-30" });
    expect(pickGoal([c, month], "revenue", null, week)?.id).toBe(2);
    expect(pickGoal([month, c], "revenue", null, week)?.id).toBe(2);
  });
});

describe("goalSoFar", () => {
  it("runs from the goal's start to the last covered day, never past the goal's end", () => {
    const g = goal({ startDay: "2026-11-01", endDay: "2026-11-30" });
    expect(goalSoFar(g, "2026-11-10")).toEqual({ start: "2026-11-01", end: "2026-11-10" });
    expect(goalSoFar(g, "2026-12-05")).toEqual({ start: "2026-11-01", end: "2026-11-30" });
    expect(goalSoFar(g, "2026-10-31")).toEqual({ start: "2026-11-01", end: "2026-10-31" }); // empty
  });
});

describe("paceGoal", () => {
  const october = goal({ startDay: "2026-10-01", endDay: "2026-10-31" }); // 31 days
  const november = goal({ startDay: "2026-11-01", endDay: "2026-11-30" }); // 30 days

  it("projects a revenue goal as soFar · total / elapsed, with its status", () => {
    // ¥3 000 (300 000 fen) after 10 of 31 days → 300 000 · 31 / 10 = 930 000 < 1 000 000: off pace;
    // 930 000 ≥ 0.9 · 1 000 000: near
    const off = paceGoal("revenue", 300_000, october, "2026-10-10", TOLERANCE);
    expect(off.projected).toBeCloseTo(930_000, 6);
    expect(off.onPace).toBe(false);
    expect(off.status).toBe("near");
    expect(off.progress).toBeCloseTo(0.3, 12);
    expect(off.expectedSoFar).toBeCloseTo((1_000_000 * 10) / 31, 6);
    expect([off.daysElapsed, off.daysTotal]).toEqual([10, 31]);
    // 350 000 → 1 085 000 ≥ 1 000 000: on pace, above
    const on = paceGoal("revenue", 350_000, october, "2026-10-10", TOLERANCE);
    expect(on.projected).toBeCloseTo(1_085_000, 6);
    expect(on.status).toBe("above");
    // 250 000 → 775 000 < 900 000: below
    expect(paceGoal("revenue", 250_000, october, "2026-10-10", TOLERANCE).status).toBe("below");
    // with no tolerance the 930 000 is below
    expect(paceGoal("revenue", 300_000, october, "2026-10-10", 0).status).toBe("below");
  });

  it("counts a projection that lands exactly on the goal as on pace", () => {
    // 300 000 after 9 of 30 days → exactly 1 000 000
    const p = paceGoal("revenue", 300_000, november, "2026-11-09", TOLERANCE);
    expect(p.projected).toBeCloseTo(1_000_000, 6);
    expect(p.onPace).toBe(true);
    expect(p.status).toBe("above");
  });

  it("paces spend as lower-is-better: projecting over budget is off pace", () => {
    // 400 000 after 10 of 30 days → 1 200 000 > 1 100 000 (budget + 10%): below
    const over = paceGoal("spend", 400_000, november, "2026-11-10", TOLERANCE);
    expect(over.projected).toBeCloseTo(1_200_000, 6);
    expect(over.onPace).toBe(false);
    expect(over.status).toBe("below");
    // 350 000 → 1 050 000 ≤ 1 100 000: near
    expect(paceGoal("spend", 350_000, november, "2026-11-10", TOLERANCE).status).toBe("near");
    // 300 000 → 900 000 ≤ 1 000 000: on pace
    const under = paceGoal("spend", 300_000, november, "2026-11-10", TOLERANCE);
    expect(under.projected).toBeCloseTo(900_000, 6);
    expect(under.status).toBe("above");
  });

  it("projects a rate goal as the rate so far", () => {
    const week = goal({ startDay: "2026-11-16", endDay: "2026-11-22", target: 0.035 });
    // 3.3% after 3 of 7 days against 3.5%: off pace; 3.3% ≥ 0.9 · 3.5% = 3.15%: near
    const high = paceGoal("ctr", 0.033, week, "2026-11-18", TOLERANCE);
    expect(high.projected).toBeCloseTo(0.033, 12);
    expect(high.onPace).toBe(false);
    expect(high.status).toBe("near");
    expect(high.progress).toBeCloseTo(0.033 / 0.035, 12);
    expect(high.expectedSoFar).toBeNull(); // a rate does not accumulate
    const low = paceGoal("ctr", 0.033, { ...week, target: 0.03 }, "2026-11-18", TOLERANCE);
    expect(low.onPace).toBe(true);
    expect(low.status).toBe("above");
    // ROI 9 against 1:18: 9 < 16.2, below
    expect(paceGoal("roi", 9, { ...november, target: 18 }, "2026-11-10", TOLERANCE).status).toBe("below");
  });

  it("scales a follower growth goal (cumulative) by the elapsed share of the period", () => {
    // +1% after 10 of 30 days → +3% by the end
    const on = paceGoal("followerGrowthRate", 0.01, { ...november, target: 0.025 }, "2026-11-10", TOLERANCE);
    expect(on.projected).toBeCloseTo(0.03, 12);
    expect(on.status).toBe("above");
    expect(on.expectedSoFar).toBeCloseTo((0.025 * 10) / 30, 12);
    // against +4%: 3% < 0.9 · 4% = 3.6%: below
    const off = paceGoal("followerGrowthRate", 0.01, { ...november, target: 0.04 }, "2026-11-10", TOLERANCE);
    expect(off.onPace).toBe(false);
    expect(off.status).toBe("below");
  });

  it("gives no projection without a value, or before the goal's first day has ended", () => {
    expect(paceGoal("ctr", null, november, "2026-11-10", TOLERANCE)).toEqual({ ...NONE, daysElapsed: 10, daysTotal: 30 });
    expect(paceGoal("revenue", 0, november, "2026-10-31", TOLERANCE)).toEqual({ ...NONE, daysElapsed: 0, daysTotal: 30 });
  });
});

describe("goalStatus", () => {
  it("is benchmarkStatus's rule on the projection, never better than near when off pace", () => {
    expect(goalStatus({ projected: 0.95, onPace: false }, 1, "higher", 0.1)).toBe("near");
    expect(goalStatus({ projected: 0.89, onPace: false }, 1, "higher", 0.1)).toBe("below");
    expect(goalStatus({ projected: 1, onPace: true }, 1, "higher", 0.1)).toBe("above");
    // off pace by rounding of a float projection that equals the target: near, not above
    expect(goalStatus({ projected: 1, onPace: false }, 1, "higher", 0.1)).toBe("near");
    expect(goalStatus({ projected: null, onPace: null }, 1, "higher", 0.1)).toBeNull();
  });
});

// lib/metrics/goals: a goal's period from its key, the periods a form offers,
// where a period stands on a day, and the day goals are paced to — each case
// worked by hand on the calendar.
import { describe, expect, it } from "vitest";
import { draftToTarget, targetToDraft } from "@/components/goals/format";
import { goalPeriodChoices, goalPeriodKey, goalPeriodOf, goalPhase, goalsAsOf } from "@/lib/metrics/goals";

describe("goalPeriodOf", () => {
  it("reads week, month and quarter keys", () => {
    expect(goalPeriodOf("week", "2026-W48", 1)).toEqual({ start: "2026-11-23", end: "2026-11-29" });
    // a Sunday-start week is labelled by its Monday's ISO week
    expect(goalPeriodOf("week", "2026-W48", 7)).toEqual({ start: "2026-11-22", end: "2026-11-28" });
    expect(goalPeriodOf("month", "2028-02", 1)).toEqual({ start: "2028-02-01", end: "2028-02-29" });
    expect(goalPeriodOf("quarter", "2026-Q4", 1)).toEqual({ start: "2026-10-01", end: "2026-12-31" });
    expect(goalPeriodOf("quarter", "2027-Q1", 1)).toEqual({ start: "2027-01-01", end: "2027-03-31" });
  });

  it("refuses a key of another kind or a week the year does not have", () => {
    expect(goalPeriodOf("week", "2026-11", 1)).toBeNull();
    expect(goalPeriodOf("month", "2026-Q4", 1)).toBeNull();
    expect(goalPeriodOf("month", "2026-13", 1)).toBeNull();
    expect(goalPeriodOf("quarter", "2026-Q5", 1)).toBeNull();
    // 2026 has 53 ISO weeks, 2027 has 52
    expect(goalPeriodOf("week", "2026-W53", 1)).toEqual({ start: "2026-12-28", end: "2027-01-03" });
    expect(goalPeriodOf("week", "2027-W53", 1)).toBeNull();
  });

  it("is the inverse of goalPeriodKey", () => {
    for (const [type, key] of [["week", "2027-W01"], ["month", "2026-12"], ["quarter", "2026-Q1"]] as const) {
      const p = goalPeriodOf(type, key, 1)!;
      expect(goalPeriodKey(type, p.start, 1)).toBe(key);
    }
  });
});

describe("goalPeriodChoices", () => {
  it("runs from `before` periods back to `after` ahead, across year ends", () => {
    expect(goalPeriodChoices("quarter", "2026-11-25", 1, 2, 2).map((p) => p.key)).toEqual(["2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2"]);
    expect(goalPeriodChoices("month", "2027-01-15", 1, 1, 1).map((p) => p.key)).toEqual(["2026-12", "2027-01", "2027-02"]);
    expect(goalPeriodChoices("week", "2026-11-25", 1, 1, 1).map((p) => p.key)).toEqual(["2026-W47", "2026-W48", "2026-W49"]);
  });
});

describe("goalPhase and goalsAsOf", () => {
  const nov = { startDay: "2026-11-01", endDay: "2026-11-30" };
  it("a period is upcoming before its first day, running through its days, ended on its last", () => {
    expect(goalPhase(nov, "2026-10-31")).toBe("upcoming");
    expect(goalPhase(nov, "2026-11-01")).toBe("running");
    expect(goalPhase(nov, "2026-11-29")).toBe("running");
    expect(goalPhase(nov, "2026-11-30")).toBe("ended");
  });
  it("paces to yesterday, or to the last day with data when that is earlier; nothing without data", () => {
    expect(goalsAsOf("2026-11-24", "2026-11-22")).toBe("2026-11-22");
    expect(goalsAsOf("2026-11-24", "2026-11-25")).toBe("2026-11-24");
    expect(goalsAsOf("2026-11-24", null)).toBeNull();
  });
});

describe("the goal form's target in its own unit", () => {
  it("turns percent, 1:N and major currency units into the API's unit and back", () => {
    expect(draftToTarget("percent", "3.2", "CNY")).toBe(0.032);
    expect(draftToTarget("ratio", "18", "CNY")).toBe(18);
    expect(draftToTarget("money_minor", "250,000", "CNY")).toBe(25_000_000);
    expect(draftToTarget("money_minor", "5000", "JPY")).toBe(5000);
    // a fraction of a fen is passed on for the server to refuse, not rounded away
    expect(draftToTarget("money_minor", "1.005", "CNY")).toBe(100.5);
    expect(draftToTarget("percent", "abc", "CNY")).toBeNull();
    expect(draftToTarget("percent", "", "CNY")).toBeNull();
    expect(targetToDraft("percent", 0.032, "CNY")).toBe("3.2");
    expect(targetToDraft("money_minor", 25_000_000, "CNY")).toBe("250000");
    expect(targetToDraft("ratio", 18, "CNY")).toBe("18");
  });
});

// getDomainMeasureSums counts the accounts with a daily row in the range. It
// trusts an account's first and last day with data where one of them falls in
// the range and probes the daily rows only when the span covers the range;
// each case below is held to a direct count of the daily rows.
import { describe, expect, it } from "vitest";
import { getDomainMeasureSums } from "@/lib/queries/getDomainMeasureSums";
import { addDailyMetrics, tempWorkspacePerTest } from "../helpers/temp-db";

const state = tempWorkspacePerTest("domain-accounts");

/** Accounts (by handle) and the days each has a row. */
const SPANS: Record<string, string[]> = {
  gap: ["2026-10-01", "2026-12-20"], // rows before and after the range only
  startsInside: ["2026-11-10", "2026-12-20"],
  endsInside: ["2026-10-01", "2026-11-20"],
  inside: ["2026-11-12"],
  covers: ["2026-10-01", "2026-11-15", "2026-12-20"],
  before: ["2026-10-01", "2026-11-09"],
  after: ["2026-11-21", "2026-12-20"],
  edges: ["2026-11-09", "2026-11-20"], // one day before the range and its last day
};
const FROM = "2026-11-10";
const TO = "2026-11-20";

describe("accounts with data in a range (getDomainMeasureSums)", () => {
  it("counts an account when a row of it falls in the range, whatever its span", async () => {
    const { t, ws } = state;
    for (const [handle, days] of Object.entries(SPANS)) {
      const a = await t.db.account.create({ data: { workspaceId: ws.id, platformKey: "douyin", handle, displayName: handle, industry: "consumer_goods" } });
      await addDailyMetrics(t.db, { data: days.map((day) => ({ workspaceId: ws.id, accountId: a.id, day, impressions: 10 })) });
    }
    const rows = await getDomainMeasureSums(t.db, { workspaceId: ws.id, from: FROM, to: TO });
    const direct = await t.db.dailyMetric.findMany({ where: { workspaceId: ws.id, day: { gte: FROM, lte: TO } }, distinct: ["accountId"], select: { accountId: true } });
    // By hand: startsInside, endsInside, inside, covers and edges.
    expect(direct).toHaveLength(5);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.accounts).toBe(5);
  });

  it("counts none for a range in every account's gap", async () => {
    const { t, ws } = state;
    const a = await t.db.account.create({ data: { workspaceId: ws.id, platformKey: "douyin", handle: "gap", displayName: "gap", industry: "consumer_goods" } });
    const b = await t.db.account.create({ data: { workspaceId: ws.id, platformKey: "douyin", handle: "busy", displayName: "busy", industry: "consumer_goods" } });
    await addDailyMetrics(t.db, {
      data: [
        { workspaceId: ws.id, accountId: a.id, day: "2026-10-01", impressions: 1 },
        { workspaceId: ws.id, accountId: a.id, day: "2026-12-20", impressions: 1 },
        { workspaceId: ws.id, accountId: b.id, day: "2026-11-15", impressions: 1 },
      ],
    });
    // The range holds b's row only: one account.
    expect((await getDomainMeasureSums(t.db, { workspaceId: ws.id, from: FROM, to: TO }))[0]?.accounts).toBe(1);
    // A range inside a's gap and before b's row: no rollup row, so no platform at all.
    expect(await getDomainMeasureSums(t.db, { workspaceId: ws.id, from: "2026-10-02", to: "2026-11-14" })).toEqual([]);
  });
});

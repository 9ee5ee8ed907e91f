// Goals (/api/v1/goals and the service behind /goals) on a real SQLite file:
// pacing and projected end values against figures worked out by hand from the
// rows inserted here, the edge cases (zero target, no data yet, a period not
// begun or over, partial periods, the workspace's time zone), and the routes —
// create, edit, delete, 400s naming the field in the request's language, who
// may write, another workspace's ids — with every edit seen at once by the
// weekly report and the executive summary.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteRoute, PATCH as patchRoute } from "@/app/api/v1/goals/[id]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/goals/route";
import { GET as weeklyRoute } from "@/app/api/v1/report/weekly/route";
import { addDays, dayInZone, lastCompleteWeek, quarterOf, weekLabel } from "@/lib/metrics/periods";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { GoalDeletedResponse, GoalListResponse, GoalResponse, type GoalJson } from "@/lib/schemas/api/goals";
import { WeeklyReportResponse } from "@/lib/schemas/api/weekly-report";
import { getExecutiveSummary } from "@/lib/services/executive-summary";
import { listGoals } from "@/lib/services/goal-list";
import { badFields, callRoute } from "../helpers/route-call";
import { testNow } from "../helpers/clock";
import { asMember, jsonAs, signedInMember, useDatabase, type Member } from "../helpers/settings-session";
import { createTempDatabase, type TempDatabase, addDailyMetrics } from "../helpers/temp-db";

let t: TempDatabase;
beforeAll(async () => {
  t = await createTempDatabase();
  useDatabase(t.url);
});
afterAll(() => t.cleanup());

let n = 0;
async function workspace(fields: { timeZone?: string } = {}): Promise<Workspace> {
  n++;
  return t.db.workspace.create({ data: { slug: `goals-${n}`, name: `Goals ${n}`, ...fields } });
}
async function account(ws: Workspace, platformKey: string, handle: string) {
  return t.db.account.create({ data: { workspaceId: ws.id, platformKey, handle, displayName: `${handle} (${platformKey})`, industry: "consumer_goods" } });
}
function row(ws: Workspace, accountId: number, day: string, m: { impressions?: number; clicks?: number; spend?: number; revenue?: number }) {
  return {
    workspaceId: ws.id,
    accountId,
    day,
    impressions: m.impressions ?? null,
    clicks: m.clicks ?? null,
    spendMinor: m.spend === undefined ? null : BigInt(m.spend),
    revenueMinor: m.revenue === undefined ? null : BigInt(m.revenue),
  };
}
const goalRow = (ws: Workspace, g: { metric: string; periodType: string; startDay: string; endDay: string; target: number; platformKey?: string | null; accountId?: number | null }) => ({
  workspaceId: ws.id,
  platformKey: null,
  accountId: null,
  ...g,
});

describe("pacing and projected end values (worked by hand)", () => {
  // Thursday 2026-11-26, noon in Shanghai: yesterday is Nov 25, but the data
  // stops on Friday Nov 20, so every goal is paced to Nov 20.
  const NOW = new Date("2026-11-26T04:00:00Z");
  let ws: Workspace;
  let goals: Map<string, GoalJson>;
  let asOf: string | null;

  beforeAll(async () => {
    ws = await workspace();
    const d = await account(ws, "douyin", "d");
    const w = await account(ws, "weibo", "w");
    await addDailyMetrics(t.db, {
      data: [
        row(ws, d.id, "2026-10-15", { impressions: 5_000, clicks: 100, revenue: 4_000_000, spend: 10_000 }),
        row(ws, d.id, "2026-11-02", { impressions: 10_000, clicks: 300, revenue: 1_000_000, spend: 100_000 }),
        row(ws, d.id, "2026-11-10", { impressions: 20_000, clicks: 500, revenue: 2_000_000, spend: 100_000 }),
        row(ws, w.id, "2026-11-20", { impressions: 10_000, clicks: 200, revenue: 500_000, spend: 50_000 }),
      ],
    });
    const created = await Promise.all(
      [
        ["novRevenue", { metric: "revenue", periodType: "month", startDay: "2026-11-01", endDay: "2026-11-30", target: 6_000_000 }],
        ["q4DouyinCtr", { metric: "ctr", periodType: "quarter", startDay: "2026-10-01", endDay: "2026-12-31", target: 0.02, platformKey: "douyin" }],
        ["weiboAccountCtr", { metric: "ctr", periodType: "month", startDay: "2026-11-01", endDay: "2026-11-30", target: 0.021, platformKey: "weibo", accountId: w.id }],
        ["decRevenue", { metric: "revenue", periodType: "month", startDay: "2026-12-01", endDay: "2026-12-31", target: 9_000_000 }],
        ["octRevenue", { metric: "revenue", periodType: "month", startDay: "2026-10-01", endDay: "2026-10-31", target: 3_000_000 }],
        ["zeroSpend", { metric: "spend", periodType: "week", startDay: "2026-11-16", endDay: "2026-11-22", target: 0 }],
      ] as const,
    ).then((list) => Promise.all(list.map(async ([name, g]) => [name, (await t.db.goal.create({ data: goalRow(ws, g) })).id] as const)));
    const result = GoalListResponse.parse(await listGoals(t.db, ws, { now: NOW }));
    asOf = result.asOf;
    const byId = new Map(result.goals.map((g) => [g.id, g]));
    goals = new Map(created.map(([name, id]) => [name, byId.get(id)!]));
  });

  it("paces to the last ended day with data", () => {
    expect(asOf).toBe("2026-11-20");
  });

  it("a running month's revenue: 3,500,000 in 20 of 30 days → 5,250,000 projected against 6,000,000: off pace", () => {
    const g = goals.get("novRevenue")!;
    expect(g).toMatchObject({ phase: "running", period: "2026-11", soFar: { start: "2026-11-01", end: "2026-11-20" }, daysElapsed: 20, daysTotal: 30, valueSoFar: 3_500_000, unit: "money_minor" });
    expect(g.projected).toBeCloseTo((3_500_000 * 30) / 20, 6);
    expect(g.progress).toBeCloseTo(3_500_000 / 6_000_000, 12);
    expect(g.expectedSoFar).toBeCloseTo((6_000_000 * 20) / 30, 6);
    expect(g.onPace).toBe(false);
    // 5,250,000 < 0.9 × 6,000,000 = 5,400,000: beyond the 10% tolerance
    expect(g.status).toBe("below");
  });

  it("a platform's quarter CTR: 900 clicks / 35,000 impressions on Douyin since Oct 1 (Oct 15, Nov 2, Nov 10) — the rate so far is the projection", () => {
    const g = goals.get("q4DouyinCtr")!;
    expect(g).toMatchObject({ phase: "running", platformKey: "douyin", period: "2026-Q4", daysElapsed: 51, daysTotal: 92, onPace: true, status: "above", expectedSoFar: null });
    const ctr = (100 + 300 + 500) / (5_000 + 10_000 + 20_000);
    expect(g.valueSoFar).toBeCloseTo(ctr, 12);
    expect(g.projected).toBeCloseTo(ctr, 12);
    expect(g.progress).toBeCloseTo(ctr / 0.02, 12);
  });

  it("an account's goal counts that account only: 200 / 10,000 = 2.0% against 2.1% is close (within 10%)", () => {
    const g = goals.get("weiboAccountCtr")!;
    expect(g.account).toMatchObject({ platformKey: "weibo", handle: "w" });
    expect(g.valueSoFar).toBeCloseTo(0.02, 12);
    expect(g).toMatchObject({ onPace: false, status: "near" });
  });

  it("a period not begun: nothing so far, nothing projected", () => {
    expect(goals.get("decRevenue")).toMatchObject({ phase: "upcoming", soFar: null, daysElapsed: 0, daysTotal: 31, valueSoFar: null, projected: null, progress: null, onPace: null, status: null });
  });

  it("a period over: the end value is the value, judged as met", () => {
    expect(goals.get("octRevenue")).toMatchObject({ phase: "ended", daysElapsed: 31, daysTotal: 31, valueSoFar: 4_000_000, projected: 4_000_000, onPace: true, status: "above" });
    expect(goals.get("octRevenue")!.progress).toBeCloseTo(4 / 3, 12);
  });

  it("a zero target: no progress ratio, and spend (lower is better) projected at 50,000 × 7 / 5 is off pace", () => {
    const g = goals.get("zeroSpend")!;
    expect(g).toMatchObject({ phase: "running", period: "2026-W47", daysElapsed: 5, daysTotal: 7, valueSoFar: 50_000, progress: null, onPace: false, status: "below", direction: "lower" });
    expect(g.projected).toBeCloseTo(70_000, 6);
  });

  it("filters by figure, platform (all = workspace-wide) and phase", async () => {
    const ids = (r: GoalListResponse) => r.goals.map((g) => g.id).sort((a, b) => a - b);
    const id = (name: string) => goals.get(name)!.id;
    expect(ids(await listGoals(t.db, ws, { now: NOW, metric: "ctr" }))).toEqual([id("q4DouyinCtr"), id("weiboAccountCtr")].sort((a, b) => a - b));
    expect(ids(await listGoals(t.db, ws, { now: NOW, platform: "douyin" }))).toEqual([id("q4DouyinCtr")]);
    expect(ids(await listGoals(t.db, ws, { now: NOW, platform: "all", phase: "running" }))).toEqual([id("novRevenue"), id("zeroSpend")].sort((a, b) => a - b));
    expect(ids(await listGoals(t.db, ws, { now: NOW, phase: "ended" }))).toEqual([id("octRevenue")]);
  });

  it("no data yet: phases follow the calendar, nothing is projected", async () => {
    const empty = await workspace();
    await t.db.goal.create({ data: goalRow(empty, { metric: "revenue", periodType: "month", startDay: "2026-11-01", endDay: "2026-11-30", target: 100 }) });
    const r = await listGoals(t.db, empty, { now: NOW });
    expect(r.asOf).toBeNull();
    expect(r.goals[0]).toMatchObject({ phase: "running", soFar: null, daysElapsed: 25, valueSoFar: null, projected: null, status: null });
  });

  it("the workspace's time zone decides which day has ended", async () => {
    // NOW is 20:00 on Nov 25 in Los Angeles: yesterday there is Nov 24, so Nov 25's row is not counted yet.
    const la = await workspace({ timeZone: "America/Los_Angeles" });
    const a = await account(la, "tiktok", "la");
    await addDailyMetrics(t.db, {
      data: [row(la, a.id, "2026-11-23", { revenue: 100 }), row(la, a.id, "2026-11-24", { revenue: 200 }), row(la, a.id, "2026-11-25", { revenue: 999 })],
    });
    await t.db.goal.create({ data: goalRow(la, { metric: "revenue", periodType: "week", startDay: "2026-11-23", endDay: "2026-11-29", target: 700 }) });
    const r = await listGoals(t.db, la, { now: NOW });
    expect(r).toMatchObject({ today: "2026-11-25", asOf: "2026-11-24" });
    expect(r.goals[0]).toMatchObject({ daysElapsed: 2, valueSoFar: 300, onPace: true, status: "above" });
    expect(r.goals[0]!.projected).toBeCloseTo((300 * 7) / 2, 9);
  });
});

describe("the routes", () => {
  // Periods derived from the pinned day (KPI_TEST_NOW), never written as labels.
  const today = dayInZone(testNow(), "Asia/Shanghai");
  const boardWeek = lastCompleteWeek(today, 1);
  const boardWeekLabel = weekLabel(boardWeek.start, 1);
  const quarter = quarterOf(addDays(today, -1));
  const quarterKey = `${quarter.start.slice(0, 4)}-Q${Math.floor((Number(quarter.start.slice(5, 7)) - 1) / 3) + 1}`;
  let ws: Workspace;
  let other: Workspace;
  let manager: Member;
  let executive: Member;
  let analyst: Member;
  let accountId: number;
  let otherAccountId: number;

  beforeAll(async () => {
    ws = await workspace();
    other = await workspace();
    manager = await signedInMember(t.db, ws.id, "manager", `manager-${ws.id}@goals.test`);
    executive = await signedInMember(t.db, ws.id, "executive", `executive-${ws.id}@goals.test`);
    analyst = await signedInMember(t.db, ws.id, "analyst", `analyst-${ws.id}@goals.test`);
    const d = await account(ws, "douyin", "brand");
    accountId = d.id;
    otherAccountId = (await account(other, "douyin", "theirs")).id;
    await addDailyMetrics(t.db, {
      data: [row(ws, d.id, boardWeek.start, { impressions: 10_000, clicks: 300, revenue: 1_000_000, spend: 50_000 }), row(ws, d.id, boardWeek.end, { impressions: 10_000, clicks: 100, revenue: 500_000, spend: 50_000 })],
    });
  });

  const post = (m: Member | null, body: unknown, lang = "en") => callRoute(createRoute, `/api/v1/goals?lang=${lang}`, {}, jsonAs(m, "POST", body));
  const patch = (m: Member | null, id: number, body: unknown, lang = "en") => callRoute(patchRoute, `/api/v1/goals/${id}?lang=${lang}`, { id: String(id) }, jsonAs(m, "PATCH", body));
  const remove = (m: Member | null, id: number) => callRoute(deleteRoute, `/api/v1/goals/${id}`, { id: String(id) }, asMember(m, "DELETE"));
  const list = async (m: Member, query = "") => {
    const response = await callRoute(listRoute, `/api/v1/goals${query}`, {}, asMember(m));
    expect(response.status).toBe(200);
    return GoalListResponse.parse(await response.json());
  };
  const boardRevenueGoal = async () => {
    const response = await callRoute(weeklyRoute, "/api/v1/report/weekly", {}, asMember(executive));
    return WeeklyReportResponse.parse(await response.json()).total.metrics.revenue.goal;
  };
  const auditOf = () => t.db.auditEvent.findMany({ where: { workspaceId: ws.id, action: "goal_edit" }, orderBy: { id: "asc" } });

  it("creates, edits and deletes a goal, each change on the weekly board at once, each audited", async () => {
    expect(await boardRevenueGoal()).toBeNull();
    const created = await post(manager, { metric: "revenue", periodType: "week", period: boardWeekLabel, target: 2_000_000 });
    expect(created.status).toBe(201);
    const { goal } = GoalResponse.parse(await created.json());
    // 1,500,000 over the whole week
    expect(goal).toMatchObject({ metric: "revenue", platformKey: null, account: null, period: boardWeekLabel, start: boardWeek.start, end: boardWeek.end, target: 2_000_000, valueSoFar: 1_500_000, projected: 1_500_000, onPace: false, phase: "ended" });
    expect(await boardRevenueGoal()).toMatchObject({ id: goal.id, target: 2_000_000, projected: 1_500_000, onPace: false });

    const edited = await patch(manager, goal.id, { target: 1_400_000 });
    expect(edited.status).toBe(200);
    expect(GoalResponse.parse(await edited.json()).goal).toMatchObject({ id: goal.id, target: 1_400_000, onPace: true, status: "above" });
    expect(await boardRevenueGoal()).toMatchObject({ id: goal.id, target: 1_400_000, onPace: true, status: "above" });
    expect((await list(executive)).goals.map((g) => [g.id, g.target])).toEqual([[goal.id, 1_400_000]]);

    const deleted = await remove(manager, goal.id);
    expect(deleted.status).toBe(200);
    expect(GoalDeletedResponse.parse(await deleted.json())).toEqual({ deleted: { id: goal.id } });
    expect(await boardRevenueGoal()).toBeNull();
    expect((await list(manager)).goals).toEqual([]);

    const events = await auditOf();
    expect(events.map((e) => [e.target, JSON.parse(e.detail ?? "{}").op])).toEqual([
      [`goal ${goal.id}`, "create"],
      [`goal ${goal.id}`, "update"],
      [`goal ${goal.id}`, "delete"],
    ]);
    expect(JSON.parse(events[1]!.detail ?? "{}").changes).toEqual({ target: { from: 2_000_000, to: 1_400_000 } });
    expect(events.every((e) => e.actor === `user:${manager.email}`)).toBe(true);
  });

  it("a quarter goal shows on the executive summary's headline", async () => {
    const created = await post(manager, { metric: "ctr", periodType: "quarter", period: quarterKey, target: 0.05 });
    expect(created.status).toBe(201);
    const { goal } = GoalResponse.parse(await created.json());
    const summary = await getExecutiveSummary(t.db, ws, { kind: "quarter", at: null, now: testNow() });
    if (summary.status !== "ready") throw new Error("expected a summary");
    const ctr = summary.summary.headline.find((h) => h.key === "ctr")!;
    expect(ctr.goal).toMatchObject({ id: goal.id, target: 0.05 });
    // the list and the headline agree on the projection (both paced to the last day with data)
    expect(ctr.goal!.projected).toBeCloseTo(goal.projected!, 12);
    expect(ctr.goal!.status).toBe(goal.status);
    expect((await remove(manager, goal.id)).status).toBe(200);
  });

  it("sets an account's goal on the account's platform, and refuses an account of another workspace or platform", async () => {
    const ok = await post(manager, { metric: "ctr", periodType: "week", period: boardWeekLabel, target: 0.02, accountId });
    expect(ok.status).toBe(201);
    const { goal } = GoalResponse.parse(await ok.json());
    expect(goal).toMatchObject({ platformKey: "douyin", account: { id: accountId, handle: "brand" } });
    expect(goal.valueSoFar).toBeCloseTo(400 / 20_000, 12);

    for (const body of [
      { metric: "ctr", periodType: "week", period: boardWeekLabel, target: 0.02, accountId: otherAccountId },
      { metric: "ctr", periodType: "week", period: boardWeekLabel, target: 0.02, accountId, platformKey: "weibo" },
    ]) {
      const refused = await post(manager, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(await badFields(refused)).toEqual(["accountId"]);
    }
    expect((await remove(manager, goal.id)).status).toBe(200);
  });

  it("refuses each bad field with a 400 naming it, writes nothing, and says it in the request's language", async () => {
    const valid = { metric: "revenue", periodType: "month", period: "2026-11", target: 100 };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, metric: "likes" }, "metric"],
      [{ ...valid, periodType: "year" }, "periodType"],
      [{ ...valid, period: "2026-Q4" }, "period"],
      [{ ...valid, periodType: "week", period: "2026-11" }, "period"],
      [{ ...valid, periodType: "week", period: "2026-W54" }, "period"],
      [{ ...valid, target: -1 }, "target"],
      [{ ...valid, target: 10.5 }, "target"],
      [{ ...valid, target: "100" }, "target"],
      [{ ...valid, metric: "ctr", target: 3.2 }, "target"],
      [{ ...valid, platformKey: "myspace" }, "platformKey"],
      [{ ...valid, accountId: 0 }, "accountId"],
      [{ ...valid, owner: "me" }, "owner"],
      [{ metric: "revenue", period: "2026-11", target: 1 }, "periodType"],
    ];
    for (const [body, field] of cases) {
      const response = await post(manager, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await badFields(response), JSON.stringify(body)).toEqual([field]);
    }
    expect(await t.db.goal.count({ where: { workspaceId: ws.id } })).toBe(0);

    const zh = (await (await post(manager, { ...valid, metric: "ctr", target: 3.2 }, "zh-CN")).json()) as { error: { issues: { field: string; message: string }[] } };
    expect(zh.error.issues).toEqual([{ field: "target", message: "不能大于 1" }]);
    const en = (await (await post(manager, { ...valid, target: 10.5 })).json()) as { error: { issues: { field: string; message: string }[] } };
    expect(en.error.issues[0]!.message).toMatch(/whole number/);
  });

  it("an edit is checked as a whole goal: a bad field names it and leaves the goal as it was", async () => {
    const { goal } = GoalResponse.parse(await (await post(manager, { metric: "ctr", periodType: "month", period: "2026-11", target: 0.03 })).json());
    const cases: [Record<string, unknown>, string][] = [
      [{ target: 2 }, "target"],
      [{ periodType: "quarter" }, "period"], // 2026-11 is not a quarter
      [{ metric: "revenue" }, "target"], // 0.03 is not a whole number of fen
      [{ target: null }, "target"],
    ];
    for (const [body, field] of cases) {
      const response = await patch(manager, goal.id, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await badFields(response), JSON.stringify(body)).toEqual([field]);
    }
    expect(await t.db.goal.findUniqueOrThrow({ where: { id: goal.id } })).toMatchObject({ metric: "ctr", periodType: "month", startDay: "2026-11-01", endDay: "2026-11-30", target: 0.03 });
    // a change of period type with its period: fine
    const moved = await patch(manager, goal.id, { periodType: "quarter", period: "2026-Q4" });
    expect(GoalResponse.parse(await moved.json()).goal).toMatchObject({ periodType: "quarter", start: "2026-10-01", end: "2026-12-31" });
    expect((await remove(manager, goal.id)).status).toBe(200);
  });

  it("refuses a second goal on the same figure, scope and period (which one the chips show would be arbitrary)", async () => {
    const body = { metric: "roi", periodType: "month", period: "2026-11", target: 18 };
    const first = GoalResponse.parse(await (await post(manager, body)).json()).goal;
    const twin = await post(manager, { ...body, target: 20 });
    expect(twin.status).toBe(400);
    expect(await badFields(twin)).toEqual(["period"]);
    // the same period for one platform is another goal
    const douyin = await post(manager, { ...body, platformKey: "douyin" });
    expect(douyin.status).toBe(201);
    // …and moving it onto the first one's scope is refused too
    const moved = await patch(manager, GoalResponse.parse(await douyin.json()).goal.id, { platformKey: null });
    expect(await badFields(moved)).toEqual(["period"]);
    await t.db.goal.deleteMany({ where: { workspaceId: ws.id } });
    expect(first.id).toBeGreaterThan(0);
  });

  it("executives and analysts read goals but may not write them (403)", async () => {
    const { goal } = GoalResponse.parse(await (await post(manager, { metric: "revenue", periodType: "month", period: "2026-11", target: 100 })).json());
    for (const m of [executive, analyst]) {
      expect((await list(m)).goals.map((g) => g.id)).toEqual([goal.id]);
      expect((await post(m, { metric: "revenue", periodType: "month", period: "2026-12", target: 100 })).status).toBe(403);
      expect((await patch(m, goal.id, { target: 1 })).status).toBe(403);
      expect((await remove(m, goal.id)).status).toBe(403);
    }
    expect(await t.db.goal.findUniqueOrThrow({ where: { id: goal.id } })).toMatchObject({ target: 100 });
    expect((await remove(manager, goal.id)).status).toBe(200);
  });

  it("another workspace's goal is not found (404), and stays as it was", async () => {
    const theirs = await t.db.goal.create({ data: goalRow(other, { metric: "revenue", periodType: "month", startDay: "2026-11-01", endDay: "2026-11-30", target: 12_345 }) });
    expect((await patch(manager, theirs.id, { target: 1 })).status).toBe(404);
    expect((await remove(manager, theirs.id)).status).toBe(404);
    expect((await list(manager)).goals.map((g) => g.id)).not.toContain(theirs.id);
    expect(await t.db.goal.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ target: 12_345 });
  });

  it("the list's query names its bad parameter", async () => {
    for (const [query, field] of [["?metric=likes", "metric"], ["?platform=myspace", "platform"], ["?phase=soon", "phase"], ["?sort=id", "sort"]] as const) {
      const response = await callRoute(listRoute, `/api/v1/goals${query}`, {}, asMember(manager));
      expect(response.status, query).toBe(400);
      expect(await badFields(response)).toEqual([field]);
    }
  });
});

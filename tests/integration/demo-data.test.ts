// Loading the demo into a real SQLite file: every generated row lands, two
// loads of the same options give identical data, and db:seed's --if-empty
// and replace semantics hold (through seedDemoWorkspace, which the script calls).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { generateDemoData, type DemoDataset } from "@/lib/demo/generate-demo-data";
import { loadDemoData, type DemoLoadSummary } from "@/lib/demo/load-demo-data";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

const END_DAY = "2026-11-22";

async function tableCounts(db: Db, workspaceId: number) {
  const ws = { workspaceId };
  return {
    workspaces: await db.workspace.count({ where: { id: workspaceId } }),
    accounts: await db.account.count({ where: ws }),
    dailyMetrics: await db.dailyMetric.count({ where: ws }),
    contentTestGroups: await db.contentTestGroup.count({ where: ws }),
    contentItems: await db.contentItem.count({ where: ws }),
    journeys: await db.journey.count({ where: ws }),
    journeySteps: await db.journeyStep.count({ where: { journey: ws } }),
    journeyObservations: await db.journeyObservation.count({ where: { journey: ws } }),
    audienceCohorts: await db.audienceCohort.count({ where: ws }),
    cohortActivities: await db.cohortActivity.count({ where: { cohort: ws } }),
    goals: await db.goal.count({ where: ws }),
    annotations: await db.annotation.count({ where: ws }),
    audienceTiers: await db.audienceTier.count({ where: ws }),
    aiTools: await db.aiTool.count({ where: ws }),
    aiToolScores: await db.aiToolScore.count({ where: { tool: ws } }),
    aiScorecardWeights: await db.aiScorecardWeight.count({ where: ws }),
    segmentMetrics: await db.segmentDailyMetric.count({ where: ws }),
  };
}

/** Daily rows in a stable order, keyed by account handle instead of ids. */
async function dailyRows(db: Db) {
  const rows = await db.dailyMetric.findMany({
    omit: { id: true, workspaceId: true, accountId: true, updatedAt: true },
    include: { account: { select: { platformKey: true, handle: true } } },
    orderBy: [{ account: { platformKey: "asc" } }, { account: { handle: "asc" } }, { day: "asc" }],
  });
  return rows.map(({ account, ...r }) => ({ account: `${account.platformKey}/${account.handle}`, ...r }));
}

describe("loadDemoData", () => {
  let first: TempDatabase;
  let second: TempDatabase;
  let dataset: DemoDataset;
  let summary: DemoLoadSummary;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTempDatabase(), createTempDatabase()]);
    dataset = generateDemoData({ endDay: END_DAY });
    summary = await loadDemoData(first.db, dataset);
  });

  afterAll(async () => {
    await Promise.all([first?.cleanup(), second?.cleanup()]);
  });

  it("writes the workspace with the built-in benchmark set active", async () => {
    const ws = await first.db.workspace.findUniqueOrThrow({ where: { slug: "demo" }, include: { activeBenchmarkSet: true } });
    expect(ws).toMatchObject({ name: dataset.workspace.name, weekStart: 1, timeZone: "Asia/Shanghai", currency: "CNY" });
    expect(ws.activeBenchmarkSet?.key).toBe("report-2026");
    expect(summary.range).toEqual({ start: "2026-02-16", end: END_DAY });
  });

  it("stores every generated row", async () => {
    const expected = {
      workspaces: 1,
      accounts: dataset.accounts.length,
      dailyMetrics: dataset.dailyMetrics.length,
      contentTestGroups: dataset.contentTestGroups.length,
      contentItems: dataset.contentItems.length,
      journeys: dataset.journeys.length,
      journeySteps: dataset.journeys.reduce((s, j) => s + j.steps.length, 0),
      journeyObservations: dataset.journeyObservations.length,
      audienceCohorts: dataset.cohorts.length,
      cohortActivities: dataset.cohorts.reduce((s, c) => s + c.active.length, 0),
      goals: dataset.goals.length,
      annotations: dataset.annotations.length,
      audienceTiers: dataset.audienceTiers.length,
      aiTools: dataset.aiTools.length,
      aiToolScores: dataset.aiTools.reduce((s, t) => s + Object.keys(t.scores).length, 0),
      aiScorecardWeights: dataset.aiScorecardWeights.length,
      segmentMetrics: dataset.segmentMetrics.length,
    };
    expect(summary.counts).toEqual(expected);
    expect(await tableCounts(first.db, summary.workspaceId)).toEqual(expected);
  });

  it("keeps unknown values null and long platform ids and instants exact", async () => {
    expect(await first.db.dailyMetric.count({ where: { reach: null, account: { platformKey: "x" } } })).toBeGreaterThan(0);
    expect(await first.db.dailyMetric.count({ where: { costMinor: null } })).toBe(dataset.dailyMetrics.filter((r) => r.costMinor === null).length);
    const sample = dataset.contentItems.find((i) => /^\d{19}$/.test(i.externalId));
    if (!sample) throw new Error("no 19-digit id in the dataset");
    const [platformKey = "", handle = ""] = sample.accountKey.split("/");
    const stored = await first.db.contentItem.findFirstOrThrow({
      where: { externalId: sample.externalId, account: { platformKey, handle } },
    });
    expect(stored.publishedAt?.toISOString()).toBe(sample.publishedAt);
    const tested = await first.db.contentItem.count({ where: { testGroup: { key: "xhs-origin-ai-human-cocreated" } } });
    expect(tested).toBe(dataset.contentItems.filter((i) => i.testGroupKey === "xhs-origin-ai-human-cocreated").length);
  });

  it("gives identical daily rows when the same options are loaded into another database", async () => {
    await loadDemoData(second.db, generateDemoData({ endDay: END_DAY }));
    const [a, b] = await Promise.all([dailyRows(first.db), dailyRows(second.db)]);
    expect(a.length).toBe(dataset.dailyMetrics.length);
    expect(b).toEqual(a);
  });

  it("refuses a second demo workspace unless asked to replace it", async () => {
    await expect(loadDemoData(first.db, dataset)).rejects.toThrow();
    expect(await first.db.workspace.count()).toBe(1);
  });
});

describe("seedDemoWorkspace (db:seed)", () => {
  let temp: TempDatabase;

  beforeAll(async () => {
    temp = await createTempDatabase();
  });

  afterAll(async () => {
    await temp?.cleanup();
  });

  it("loads into an empty database with --if-empty, then leaves it alone", async () => {
    const loaded = await seedDemoWorkspace(temp.db, { ifEmpty: true, endDay: END_DAY });
    expect(loaded.status).toBe("loaded");
    const again = await seedDemoWorkspace(temp.db, { ifEmpty: true, endDay: END_DAY });
    expect(again).toEqual({ status: "skipped", existingWorkspaces: 1 });
  });

  it("replaces the demo workspace without --if-empty, leaving no old rows behind", async () => {
    const before = await temp.db.dailyMetric.count();
    const replaced = await seedDemoWorkspace(temp.db, { endDay: END_DAY });
    if (replaced.status === "skipped") throw new Error("expected a load");
    expect(replaced.status).toBe("replaced");
    expect(await temp.db.workspace.count()).toBe(1);
    expect(await temp.db.dailyMetric.count()).toBe(before);
    expect(await tableCounts(temp.db, replaced.summary.workspaceId)).toEqual(replaced.summary.counts);
  });

  it("takes the end day from the clock in Shanghai when none is given", async () => {
    const result = await seedDemoWorkspace(temp.db, { now: new Date("2026-11-26T10:00:00Z") });
    if (result.status === "skipped") throw new Error("expected a load");
    expect(result.summary.range.end).toBe(END_DAY);
  });
});

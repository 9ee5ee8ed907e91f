// Writes a generated dataset as workspace "demo", all in one transaction:
// a failed load leaves the database as it was. Parents go in with
// createManyAndReturn and their ids are looked up by the dataset's stable
// keys; the four large tables go in through bulkInsert (see why there).
import { now } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { ALL_DAYS, refreshDailyRollups } from "@/lib/db/rollups";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Period } from "@/lib/metrics/periods";
import { bulkInsert } from "@/lib/db/bulk-insert";
import type { DemoDataset } from "./types";
import { updateContentItemKpis } from "@/lib/queries/updateContentItemKpis";

export interface DemoLoadCounts {
  workspaces: number;
  accounts: number;
  dailyMetrics: number;
  contentTestGroups: number;
  contentItems: number;
  journeys: number;
  journeySteps: number;
  journeyObservations: number;
  audienceCohorts: number;
  cohortActivities: number;
  goals: number;
  annotations: number;
  audienceTiers: number;
  aiTools: number;
  aiToolScores: number;
  aiScorecardWeights: number;
  segmentMetrics: number;
}

export interface DemoLoadSummary {
  workspaceId: number;
  slug: string;
  range: Period;
  counts: DemoLoadCounts;
}

export interface LoadDemoOptions {
  /** delete an existing workspace with the same slug first (inside the same transaction) */
  replaceExisting?: boolean;
}

// A load takes about a second here; Prisma's default of 5 s is too tight on a slow CI disk.
const TRANSACTION_TIMEOUT_MS = 120_000;

const DAILY_METRIC_COLUMNS = [
  "workspaceId", "accountId", "day", "impressions", "reach", "views", "clicks", "likes", "comments", "shares", "saves",
  "follows", "unfollows", "followers", "profileVisits", "watchSeconds", "spendMinor", "revenueMinor", "conversions",
  "costMinor", "updatedAt",
] as const satisfies readonly (keyof Prisma.DailyMetricCreateManyInput)[];

const CONTENT_ITEM_COLUMNS = [
  "workspaceId", "accountId", "externalId", "title", "publishedAt", "format", "origin", "testGroupId", "variant",
  "impressions", "reach", "views", "clicks", "likes", "comments", "shares", "saves", "follows", "watchSeconds",
  "durationSeconds", "updatedAt",
] as const satisfies readonly (keyof Prisma.ContentItemCreateManyInput)[];

const JOURNEY_OBSERVATION_COLUMNS = [
  "journeyId", "cohortDay", "position", "daysToStep", "people",
] as const satisfies readonly (keyof Prisma.JourneyObservationCreateManyInput)[];

const SEGMENT_METRIC_COLUMNS = [
  "workspaceId", "accountId", "day", "segment", "impressions", "views", "clicks", "likes", "comments", "shares", "saves",
  "conversions", "spendMinor", "revenueMinor",
] as const satisfies readonly (keyof Prisma.SegmentDailyMetricCreateManyInput)[];

function idOf<K>(map: ReadonlyMap<K, number>, key: K, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo data refers to unknown ${what}: ${String(key)}`);
  return id;
}

export async function loadDemoData(db: Db, dataset: DemoDataset, options: LoadDemoOptions = {}): Promise<DemoLoadSummary> {
  const { workspace: ws } = dataset;
  const benchmarkSet = await db.benchmarkSet.findUnique({ where: { key: ws.benchmarkSetKey }, select: { id: true } });
  if (!benchmarkSet) throw new Error(`benchmark set "${ws.benchmarkSetKey}" is missing: prepare the database (npm run db:migrate) first`);

  return db.$transaction(
    async (tx) => {
      if (options.replaceExisting) await tx.workspace.deleteMany({ where: { slug: ws.slug } });
      const workspace = await tx.workspace.create({
        data: {
          slug: ws.slug,
          name: ws.name,
          isDemo: true,
          weekStart: ws.weekStart,
          timeZone: ws.timeZone,
          currency: ws.currency,
          activeBenchmarkSetId: benchmarkSet.id,
        },
      });
      const workspaceId = workspace.id;

      const accounts = await tx.account.createManyAndReturn({
        data: dataset.accounts.map((a) => ({
          workspaceId,
          platformKey: a.platformKey,
          handle: a.handle,
          displayName: a.displayName,
          industry: a.industry,
          currency: a.currency,
        })),
        select: { id: true, platformKey: true, handle: true },
      });
      const accountIds = new Map(accounts.map((a) => [`${a.platformKey}/${a.handle}`, a.id]));
      const accountId = (key: string) => idOf(accountIds, key, "account");

      // One timestamp for the whole load, as @updatedAt would give a single createMany.
      const updatedAt = now();
      const dailyMetrics = await bulkInsert(
        tx,
        "DailyMetric",
        DAILY_METRIC_COLUMNS,
        dataset.dailyMetrics.map(({ accountKey, ...measures }) => ({
          workspaceId,
          accountId: accountId(accountKey),
          ...measures,
          updatedAt,
        })),
      );

      await refreshDailyRollups(tx, { workspaceId, ...ALL_DAYS });

      const groups = await tx.contentTestGroup.createManyAndReturn({
        data: dataset.contentTestGroups.map((g) => ({ workspaceId, ...g })),
        select: { id: true, key: true },
      });
      const groupIds = new Map(groups.map((g) => [g.key, g.id]));
      const contentItems = await bulkInsert(
        tx,
        "ContentItem",
        CONTENT_ITEM_COLUMNS,
        dataset.contentItems.map(({ accountKey, testGroupKey, publishedAt, ...item }) => ({
          workspaceId,
          accountId: accountId(accountKey),
          testGroupId: testGroupKey === null ? null : idOf(groupIds, testGroupKey, "content test group"),
          publishedAt: new Date(publishedAt),
          ...item,
          updatedAt,
        })),
      );
      await updateContentItemKpis(tx, { workspaceId });

      const journeys = await tx.journey.createManyAndReturn({
        data: dataset.journeys.map((j) => ({ workspaceId, key: j.key, nameZh: j.nameZh, nameEn: j.nameEn, industry: j.industry })),
        select: { id: true, key: true },
      });
      const journeyIds = new Map(journeys.map((j) => [j.key, j.id]));
      const steps = dataset.journeys.flatMap((j) => j.steps.map((s) => ({ journeyId: idOf(journeyIds, j.key, "journey"), ...s })));
      const journeySteps = await tx.journeyStep.createMany({ data: steps });
      const journeyObservations = await bulkInsert(
        tx,
        "JourneyObservation",
        JOURNEY_OBSERVATION_COLUMNS,
        dataset.journeyObservations.map(({ journeyKey, ...o }) => ({ journeyId: idOf(journeyIds, journeyKey, "journey"), ...o })),
      );

      const cohorts = await tx.audienceCohort.createManyAndReturn({
        data: dataset.cohorts.map((c) => ({
          workspaceId,
          platformKey: c.platformKey,
          accountId: c.accountKey === null ? null : accountId(c.accountKey),
          cohortStart: c.cohortStart,
          periodUnit: c.periodUnit,
          size: c.size,
        })),
        select: { id: true, platformKey: true, cohortStart: true, periodUnit: true },
      });
      const cohortIds = new Map(cohorts.map((c) => [`${c.platformKey}|${c.cohortStart}|${c.periodUnit}`, c.id]));
      const activities = dataset.cohorts.flatMap((c) => {
        const cohortId = idOf(cohortIds, `${c.platformKey}|${c.cohortStart}|${c.periodUnit}`, "cohort");
        return c.active.map((active, periodIndex) => ({ cohortId, periodIndex, active }));
      });
      // A few hundred rows: createMany's cost does not matter here.
      const cohortActivities = await tx.cohortActivity.createMany({ data: activities });

      const goals = await tx.goal.createMany({
        data: dataset.goals.map(({ accountKey, ...g }) => ({
          workspaceId,
          accountId: accountKey === null ? null : accountId(accountKey),
          ...g,
        })),
      });
      const annotations = await tx.annotation.createMany({ data: dataset.annotations.map((a) => ({ workspaceId, ...a })) });

      const audienceTiers = await tx.audienceTier.createMany({ data: dataset.audienceTiers.map((t) => ({ workspaceId, ...t })) });
      const tools = await tx.aiTool.createManyAndReturn({
        data: dataset.aiTools.map((t) => ({ workspaceId, key: t.key, name: t.name, category: t.category })),
        select: { id: true, key: true },
      });
      const toolIds = new Map(tools.map((t) => [t.key, t.id]));
      const aiToolScores = await tx.aiToolScore.createMany({
        data: dataset.aiTools.flatMap((t) =>
          Object.entries(t.scores).map(([criterion, score]) => ({ toolId: idOf(toolIds, t.key, "AI tool"), criterion, score })),
        ),
      });
      const aiScorecardWeights = await tx.aiScorecardWeight.createMany({
        data: dataset.aiScorecardWeights.map((w) => ({ workspaceId, ...w })),
      });
      const segmentMetrics = await bulkInsert(
        tx,
        "SegmentDailyMetric",
        SEGMENT_METRIC_COLUMNS,
        dataset.segmentMetrics.map(({ accountKey, ...m }) => ({ workspaceId, accountId: accountId(accountKey), ...m })),
      );

      return {
        workspaceId,
        slug: ws.slug,
        range: { ...dataset.range },
        counts: {
          workspaces: 1,
          accounts: accounts.length,
          dailyMetrics,
          contentTestGroups: groups.length,
          contentItems,
          journeys: journeys.length,
          journeySteps: journeySteps.count,
          journeyObservations,
          audienceCohorts: cohorts.length,
          cohortActivities: cohortActivities.count,
          goals: goals.count,
          annotations: annotations.count,
          audienceTiers: audienceTiers.count,
          aiTools: tools.length,
          aiToolScores: aiToolScores.count,
          aiScorecardWeights: aiScorecardWeights.count,
          segmentMetrics,
        },
      };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}

// The demo workspace as plain data: pure and deterministic (same options →
// deep-equal output), no database. Loading is lib/demo/load-demo-data.ts.
import { dayInZone, lastCompleteWeek, type Day } from "@/lib/metrics/periods";
import { BUILT_IN_BENCHMARK_SET_KEY } from "@/lib/reference/benchmark-report";
import { ACCOUNT_SPECS, specKey } from "./accounts";
import { generateAiTools } from "./ai-tools";
import { generateAudienceTiers } from "./audience-tiers";
import { generateCohorts, generateMonthlyCohorts } from "./cohorts";
import { generateContentItems } from "./content";
import { generateContentTests } from "./content-tests";
import { dataEndDay, generateDailyMetrics } from "./daily-metrics";
import { generateAnnotations, generateGoals } from "./goals-annotations";
import { generateJourneys } from "./journeys";
import { generateSegmentMetrics } from "./segments";
import { buildTimeline } from "./timeline";
import type { AccountKey, DemoAccount, DemoDataset, DemoWorkspace } from "./types";

export type { DemoDataset } from "./types";

export interface DemoOptions {
  /** last day (a Sunday) of the last complete ISO week */
  endDay: string;
  /** default 40 */
  weeks?: number;
  /** default 20260101 */
  seed?: number;
}

export const DEMO_WORKSPACE_SLUG = "demo";
export const DEMO_TIME_ZONE = "Asia/Shanghai";
export const DEFAULT_DEMO_WEEKS = 40;
export const DEFAULT_DEMO_SEED = 20260101;

const WORKSPACE: DemoWorkspace = {
  slug: DEMO_WORKSPACE_SLUG,
  name: "演示品牌集团 Demo Brands",
  weekStart: 1,
  timeZone: DEMO_TIME_ZONE,
  currency: "CNY",
  benchmarkSetKey: BUILT_IN_BENCHMARK_SET_KEY,
};

/** Last day of the last complete Monday-start week before `now`, in Asia/Shanghai. */
export function demoEndDay(now: Date): Day {
  return lastCompleteWeek(dayInZone(now, DEMO_TIME_ZONE), 1).end;
}

export function generateDemoData(options: DemoOptions): DemoDataset {
  const weeks = options.weeks ?? DEFAULT_DEMO_WEEKS;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const timeline = buildTimeline(options.endDay, weeks);
  const staleSpec = ACCOUNT_SPECS.find((s) => s.staleDays !== undefined);
  if (!staleSpec) throw new Error("the demo needs one account with stale data");

  const accounts: DemoAccount[] = ACCOUNT_SPECS.map((spec) => ({
    key: specKey(spec),
    platformKey: spec.platformKey,
    handle: spec.handle,
    displayName: spec.displayName,
    industry: spec.industry,
    currency: WORKSPACE.currency,
    dataEndDay: dataEndDay(spec, timeline),
  }));
  const dailyMetrics = ACCOUNT_SPECS.flatMap((spec) => generateDailyMetrics(spec, timeline, seed));

  const usedIds = new Map<AccountKey, Set<string>>();
  const idsOf = (key: AccountKey): Set<string> => {
    let set = usedIds.get(key);
    if (!set) usedIds.set(key, (set = new Set()));
    return set;
  };
  const everyday = ACCOUNT_SPECS.flatMap((spec) => generateContentItems(spec, timeline, WORKSPACE.timeZone, seed, idsOf(specKey(spec))));
  const tests = generateContentTests(ACCOUNT_SPECS, timeline, WORKSPACE.timeZone, seed, idsOf);
  const journeys = generateJourneys(timeline, seed);
  const staleAccountKey = specKey(staleSpec);
  const aiTools = generateAiTools();

  return {
    workspace: { ...WORKSPACE },
    range: timeline.range,
    events: {
      campaigns: timeline.campaigns.map(({ key, nameZh, nameEn, start, peak, end }) => ({ key, nameZh, nameEn, start, peak, end })),
      badWeek: timeline.badWeek,
      badWeekPlatforms: timeline.badWeekPlatforms,
      algorithmChangeDay: timeline.algorithmChangeDay,
      staleAccountKey,
    },
    accounts,
    dailyMetrics,
    contentTestGroups: tests.groups,
    contentItems: [...everyday, ...tests.items],
    journeys: journeys.journeys,
    journeyObservations: journeys.observations,
    cohorts: [...generateCohorts(timeline, seed), ...generateMonthlyCohorts(timeline, seed)],
    goals: generateGoals(timeline, dailyMetrics),
    annotations: generateAnnotations(timeline, accounts, staleAccountKey),
    audienceTiers: generateAudienceTiers(timeline, seed),
    aiTools: aiTools.tools,
    aiScorecardWeights: aiTools.weights,
    segmentMetrics: generateSegmentMetrics(dailyMetrics, seed),
  };
}

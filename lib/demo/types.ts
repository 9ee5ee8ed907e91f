// The demo dataset: plain rows that reference each other by stable keys
// (account key, test-group key, journey key) instead of database ids, so two
// generations compare with toEqual and the loader alone knows about ids.
import type { Day, Period } from "@/lib/metrics/periods";
import type { ScorecardCriterion } from "@/lib/metrics/scorecard";
import type { LifecycleStage } from "@/lib/metrics/tiering";
import type {
  CohortPeriodUnit,
  ContentFormat,
  ContentOrigin,
  GoalPeriod,
  Industry,
  PlatformKey,
  WeekStart,
} from "@/lib/schemas/enums";

/** `${platformKey}/${handle}`: unique per workspace, like the DB's unique key. */
export type AccountKey = string;

export interface DemoWorkspace {
  slug: string;
  name: string;
  weekStart: WeekStart;
  timeZone: string;
  currency: string;
  /** key of the benchmark set made active (the built-in report set) */
  benchmarkSetKey: string;
}

export interface DemoAccount {
  key: AccountKey;
  platformKey: PlatformKey;
  handle: string;
  displayName: string;
  industry: Industry;
  currency: string;
  /** Last day with data: the range end, or earlier for an account whose sync stopped (not stored). */
  dataEndDay: Day;
}

/** One account-day; every measure nullable because unknown is not zero. */
export interface DemoDailyMetric {
  accountKey: AccountKey;
  day: Day;
  impressions: number | null;
  reach: number | null;
  views: number | null;
  clicks: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  follows: number | null;
  unfollows: number | null;
  followers: number | null;
  profileVisits: number | null;
  watchSeconds: number | null;
  spendMinor: number | null;
  revenueMinor: number | null;
  conversions: number | null;
  costMinor: number | null;
}

export interface DemoContentTestGroup {
  key: string;
  name: string;
  hypothesis: string;
  controlVariant: string;
  startDay: Day;
  /** null while the test is still running */
  endDay: Day | null;
}

export interface DemoContentItem {
  accountKey: AccountKey;
  externalId: string;
  title: string;
  /** UTC instant as an ISO string (the local posting time converted from the workspace zone) */
  publishedAt: string;
  format: ContentFormat;
  origin: ContentOrigin;
  testGroupKey: string | null;
  variant: string | null;
  impressions: number | null;
  reach: number | null;
  views: number | null;
  clicks: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  follows: number | null;
  watchSeconds: number | null;
  durationSeconds: number | null;
}

export interface DemoJourneyStep {
  position: number;
  platformKey: PlatformKey;
  role: string;
  nameZh: string;
  nameEn: string;
}

export interface DemoJourney {
  key: string;
  nameZh: string;
  nameEn: string;
  industry: Industry;
  steps: DemoJourneyStep[];
}

export interface DemoJourneyObservation {
  journeyKey: string;
  cohortDay: Day;
  position: number;
  daysToStep: number;
  people: number;
}

export interface DemoCohort {
  platformKey: PlatformKey;
  accountKey: AccountKey | null;
  cohortStart: Day;
  periodUnit: CohortPeriodUnit;
  size: number;
  /** active members per period; index 0 is the cohort's own period */
  active: number[];
}

export interface DemoGoal {
  metric: string;
  platformKey: PlatformKey | null;
  accountKey: AccountKey | null;
  periodType: GoalPeriod;
  startDay: Day;
  endDay: Day;
  target: number;
}

export interface DemoAnnotation {
  day: Day;
  text: string;
  platformKey: PlatformKey | null;
}

/** One lifecycle stage of a platform's audience in one week (traffic tiering). */
export interface DemoAudienceTier {
  platformKey: PlatformKey;
  /** first day of the week */
  weekStart: Day;
  stage: LifecycleStage;
  members: number;
  valueMinor: number | null;
  contacts: number | null;
}

export interface DemoAiTool {
  key: string;
  name: string;
  category: string;
  /** 1–5 per criterion, 5 = best */
  scores: Record<ScorecardCriterion, number>;
}

export interface DemoAiWeight {
  criterion: ScorecardCriterion;
  weight: number;
}

/** One audience segment of an account on a day (a share of its DailyMetric row). */
export interface DemoSegmentDailyMetric {
  accountKey: AccountKey;
  day: Day;
  segment: string;
  impressions: number | null;
  views: number | null;
  clicks: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  conversions: number | null;
  spendMinor: number | null;
  revenueMinor: number | null;
}

export interface DemoCampaign {
  key: string;
  nameZh: string;
  nameEn: string;
  /** the day the ramp-up starts (pre-sale, launch) */
  start: Day;
  peak: Day;
  end: Day;
}

/** What was planted in the data, so tests and docs can point at it. */
export interface DemoEvents {
  campaigns: DemoCampaign[];
  /** the week with throttled reach and broken click tracking */
  badWeek: Period;
  badWeekPlatforms: PlatformKey[];
  /** the day Xiaohongshu's feed change lowered interaction */
  algorithmChangeDay: Day;
  staleAccountKey: AccountKey;
}

export interface DemoDataset {
  workspace: DemoWorkspace;
  range: Period;
  events: DemoEvents;
  accounts: DemoAccount[];
  dailyMetrics: DemoDailyMetric[];
  contentTestGroups: DemoContentTestGroup[];
  contentItems: DemoContentItem[];
  journeys: DemoJourney[];
  journeyObservations: DemoJourneyObservation[];
  cohorts: DemoCohort[];
  goals: DemoGoal[];
  annotations: DemoAnnotation[];
  audienceTiers: DemoAudienceTier[];
  aiTools: DemoAiTool[];
  aiScorecardWeights: DemoAiWeight[];
  segmentMetrics: DemoSegmentDailyMetric[];
}

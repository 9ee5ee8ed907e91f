// Traffic tiering (流量分层) for the last twelve weeks: members of the private
// domain, the virtual platform and Xiaohongshu by lifecycle stage, with the
// revenue they brought and how often they were contacted. Contact pressure
// varies by week (campaigns push more messages); when it rises above what a
// platform's audience tolerates, more members churn that week.
import { addDays, eachDay } from "@/lib/metrics/periods";
import { LIFECYCLE_STAGES, type LifecycleStage } from "@/lib/metrics/tiering";
import type { PlatformKey } from "@/lib/schemas/enums";
import { forkRng } from "./prng";
import { campaignIntensity, type Timeline } from "./timeline";
import type { DemoAudienceTier } from "./types";

const TIER_WEEKS = 12;

type PerStage = Record<LifecycleStage, number>;

interface TierPlan {
  platformKey: PlatformKey;
  /** members across all stages in an ordinary week */
  members: number;
  /** shares in an ordinary week; sum to 1 */
  shares: PerStage;
  /** revenue per member per week, CNY */
  valuePerMember: PerStage;
  /** touches per member per week at ordinary pressure */
  contactsPerMember: PerStage;
  /** contacts per (non-churned) member per week the audience tolerates */
  tolerated: number;
  /** extra churn share per contact per member above the tolerated level */
  churnSlope: number;
}

const PLANS: readonly TierPlan[] = [
  {
    platformKey: "wechat_private",
    members: 52_000,
    shares: { new: 0.08, active: 0.34, loyal: 0.14, dormant: 0.36, churned: 0.08 },
    valuePerMember: { new: 6, active: 18, loyal: 55, dormant: 1.2, churned: 0 },
    contactsPerMember: { new: 3.2, active: 2.6, loyal: 2.2, dormant: 1.4, churned: 0.8 },
    tolerated: 2.0,
    churnSlope: 0.05,
  },
  {
    platformKey: "virtual",
    members: 9_500,
    shares: { new: 0.14, active: 0.3, loyal: 0.06, dormant: 0.34, churned: 0.16 },
    valuePerMember: { new: 2, active: 6, loyal: 20, dormant: 0.3, churned: 0 },
    contactsPerMember: { new: 1.5, active: 1.2, loyal: 1, dormant: 0.6, churned: 0.3 },
    tolerated: 0.9,
    churnSlope: 0.1,
  },
  {
    platformKey: "xiaohongshu",
    members: 64_000,
    shares: { new: 0.1, active: 0.28, loyal: 0.09, dormant: 0.45, churned: 0.08 },
    valuePerMember: { new: 1.5, active: 4, loyal: 12, dormant: 0.2, churned: 0 },
    contactsPerMember: { new: 0.9, active: 0.7, loyal: 0.6, dormant: 0.3, churned: 0.1 },
    tolerated: 0.5,
    churnSlope: 0.1,
  },
];

const round = (x: number): number => Math.max(0, Math.round(x));

export function generateAudienceTiers(timeline: Timeline, seed: number): DemoAudienceTier[] {
  const rows: DemoAudienceTier[] = [];
  for (const plan of PLANS) {
    const rng = forkRng(seed, `tiers:${plan.platformKey}`);
    const retained = 1 - plan.shares.churned;
    const ordinaryFrequency =
      LIFECYCLE_STAGES.filter((s) => s !== "churned").reduce((sum, s) => sum + plan.shares[s] * plan.contactsPerMember[s], 0) / retained;
    for (let k = TIER_WEEKS - 1; k >= 0; k -= 1) {
      const weekStart = addDays(timeline.lastWeekStart, -7 * k);
      const days = eachDay(weekStart, addDays(weekStart, 6));
      const campaign = Math.max(0, ...timeline.campaigns.flatMap((c) => days.map((d) => campaignIntensity(c, d))));
      // Contact pressure this week, relative to ordinary: campaigns push more messages.
      const pressure = rng.jitter(0.2) * (1 + 0.6 * campaign);
      const frequency = ordinaryFrequency * pressure;
      const churned = Math.min(0.5, plan.shares.churned + plan.churnSlope * Math.max(0, frequency - plan.tolerated));
      const total = plan.members * rng.jitter(0.03);
      for (const stage of LIFECYCLE_STAGES) {
        const share = stage === "churned" ? churned : (plan.shares[stage] * (1 - churned)) / retained;
        const members = round(total * share * rng.jitter(0.03));
        rows.push({
          platformKey: plan.platformKey,
          weekStart,
          stage,
          members,
          valueMinor: round(members * plan.valuePerMember[stage] * 100 * (1 + 0.4 * campaign) * rng.jitter(0.1)),
          contacts: round(members * plan.contactsPerMember[stage] * pressure * rng.jitter(0.05)),
        });
      }
    }
  }
  return rows;
}

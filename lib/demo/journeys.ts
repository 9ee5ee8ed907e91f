// The report's two public → private journeys (page 15), observed daily over
// the last twelve weeks. Each cohort day records how many people entered step
// 1 and, for later steps, how many arrived after 0…14 days. Young cohorts are
// right-censored: nobody can have taken longer than the days since they entered.
import { addDays, daysBetween, isoDayOfWeek, type Day } from "@/lib/metrics/periods";
import type { Industry } from "@/lib/schemas/enums";
import { PLATFORM_PROFILES, weekdayFactor } from "./platform-profiles";
import { forkRng } from "./prng";
import { campaignIntensity, inPeriod, type Timeline } from "./timeline";
import type { DemoJourney, DemoJourneyObservation } from "./types";

const OBSERVED_DAYS = 84;
const MAX_DAYS_TO_STEP = 14;

interface LaterStep {
  /** share of the previous step's people who reach this step */
  rate: number;
  /** median days from entering step 1; a log-normal spread around it */
  medianDays: number;
  spread: number;
}

interface JourneyPlan {
  journey: DemoJourney;
  enteredPerDay: number;
  later: [LaterStep, LaterStep];
}

const JOURNEY_PLANS: readonly JourneyPlan[] = [
  {
    journey: {
      key: "ecommerce-douyin-xhs-wechat",
      nameZh: "抖音引流 → 小红书种草 → 私域留存",
      nameEn: "Douyin traffic → Xiaohongshu seeding → private-domain retention",
      industry: "ecommerce_retail",
      steps: [
        { position: 1, platformKey: "douyin", role: "traffic", nameZh: "抖音引流", nameEn: "Douyin traffic" },
        { position: 2, platformKey: "xiaohongshu", role: "seeding", nameZh: "小红书种草", nameEn: "Xiaohongshu seeding" },
        { position: 3, platformKey: "wechat_private", role: "retention", nameZh: "私域留存", nameEn: "Private-domain retention" },
      ],
    },
    enteredPerDay: 9000,
    // Seeding takes about three days from exposure to search (the report's lag).
    later: [
      { rate: 0.22, medianDays: 3, spread: 0.7 },
      { rate: 0.38, medianDays: 6, spread: 0.5 },
    ],
  },
  {
    journey: {
      key: "finance-channels-wecom-miniprogram",
      nameZh: "视频号科普 → 企微触达 → 小程序购买",
      nameEn: "WeChat Channels education → WeCom reach → mini-program purchase",
      industry: "finance",
      steps: [
        { position: 1, platformKey: "wechat_channels", role: "education", nameZh: "视频号科普", nameEn: "WeChat Channels education" },
        { position: 2, platformKey: "wechat_private", role: "reach", nameZh: "企微触达", nameEn: "WeCom reach" },
        { position: 3, platformKey: "wechat_private", role: "purchase", nameZh: "小程序购买", nameEn: "Mini-program purchase" },
      ],
    },
    enteredPerDay: 2500,
    later: [
      { rate: 0.3, medianDays: 1, spread: 0.8 },
      { rate: 0.12, medianDays: 8, spread: 0.45 },
    ],
  },
];

/** Standard normal CDF (Abramowitz–Stegun 7.1.26, error < 1.5e-7). */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** P(arrive on day d), d = 0…14: a log-normal rounded to whole days and renormalised. */
export function daysToStepDistribution(medianDays: number, spread: number): number[] {
  const cdf = (x: number) => (x <= 0 ? 0 : normalCdf(Math.log(x / medianDays) / spread));
  const raw = Array.from({ length: MAX_DAYS_TO_STEP + 1 }, (_, d) => cdf(d + 0.5) - cdf(d - 0.5));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((p) => p / sum);
}

export interface Journeys {
  journeys: DemoJourney[];
  observations: DemoJourneyObservation[];
}

export function generateJourneys(timeline: Timeline, seed: number): Journeys {
  const observations: DemoJourneyObservation[] = [];
  const endDay = timeline.range.end;
  for (const plan of JOURNEY_PLANS) {
    const { journey } = plan;
    const rng = forkRng(seed, `journey:${journey.key}`);
    const first = journey.steps[0];
    if (!first) throw new Error(`journey ${journey.key} has no steps`);
    const entryProfile = PLATFORM_PROFILES[first.platformKey];
    const industry: Industry = journey.industry;
    const distributions = plan.later.map((s) => daysToStepDistribution(s.medianDays, s.spread));

    for (let i = OBSERVED_DAYS - 1; i >= 0; i -= 1) {
      const cohortDay: Day = addDays(endDay, -i);
      const observable = daysBetween(cohortDay, endDay);
      const throttled = timeline.badWeekPlatforms.includes(first.platformKey) && inPeriod(cohortDay, timeline.badWeek);
      const festival = industry === "finance" ? 0 : Math.max(0, ...timeline.campaigns.map((c) => campaignIntensity(c, cohortDay)));
      const entered = Math.round(
        plan.enteredPerDay * weekdayFactor(entryProfile, isoDayOfWeek(cohortDay)) * (throttled ? 0.45 : 1) * (1 + 0.6 * festival) * rng.jitter(0.1),
      );
      observations.push({ journeyKey: journey.key, cohortDay, position: 1, daysToStep: 0, people: entered });

      let previous = entered;
      plan.later.forEach((step, index) => {
        const reached = previous * step.rate * rng.jitter(0.08);
        const distribution = distributions[index] ?? [];
        distribution.forEach((p, daysToStep) => {
          const people = Math.round(reached * p * rng.jitter(0.1));
          if (daysToStep <= observable && people > 0) {
            observations.push({ journeyKey: journey.key, cohortDay, position: index + 2, daysToStep, people });
          }
        });
        previous = reached;
      });
    }
  }
  // Copies, so a caller that edits its dataset cannot change the next generation.
  return { journeys: JOURNEY_PLANS.map((p) => structuredClone(p.journey)), observations };
}

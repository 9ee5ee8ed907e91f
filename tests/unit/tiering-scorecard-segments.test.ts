// Traffic tiering, the AI tool scorecard and segment KPIs, from small cases
// worked out by hand.
import { describe, expect, it } from "vitest";
import { pairSums } from "@/lib/metrics/ratios";
import { DEFAULT_SCORECARD_WEIGHTS, effectiveWeights, scorecardTotal } from "@/lib/metrics/scorecard";
import { segmentKpis } from "@/lib/metrics/segments";
import { computeTiering, type TierRow } from "@/lib/metrics/tiering";

const t = (weekStart: string, stage: TierRow["stage"], members: number, valueMinor: number | null, contacts: number | null): TierRow => ({
  weekStart,
  stage,
  members,
  valueMinor,
  contacts,
});

// Two weeks of 100 members each.
const ROWS: TierRow[] = [
  t("2026-11-09", "new", 10, 1000, 30),
  t("2026-11-09", "active", 30, 6000, 60),
  t("2026-11-09", "loyal", 10, 5000, 10),
  t("2026-11-09", "dormant", 40, 400, null),
  t("2026-11-09", "churned", 10, 0, 5),
  t("2026-11-16", "new", 20, 2000, 80),
  t("2026-11-16", "active", 30, 6000, 90),
  t("2026-11-16", "loyal", 10, 4000, 20),
  t("2026-11-16", "dormant", 20, null, 10),
  t("2026-11-16", "churned", 20, 0, 20),
];

describe("computeTiering", () => {
  it("gives each stage's share of member-weeks, value and contacts per member per week", () => {
    const r = computeTiering(ROWS, 100);
    expect(r.weeks).toBe(2);
    expect(r.members).toBe(200);
    const stage = (s: string) => r.stages.find((x) => x.stage === s);
    // shares over 200 member-weeks: new 30, active 60, loyal 20, dormant 60, churned 30
    expect(r.stages.map((s) => s.share)).toEqual([0.15, 0.3, 0.1, 0.3, 0.15]);
    // new: (1000 + 2000) fen over 30 member-weeks = 100 fen = ¥1.00
    expect(stage("new")?.valuePerMember).toBeCloseTo(1, 12);
    expect(stage("new")?.valueMinor).toBe(3000);
    // dormant: value known in week 1 only: 400 fen / 40 members = ¥0.10
    expect(stage("dormant")?.valuePerMember).toBeCloseTo(0.1, 12);
    expect(stage("dormant")?.valueMinor).toBe(400);
    // dormant contacts known in week 2 only: 10 / 20
    expect(stage("dormant")?.contactsPerMemberWeek).toBeCloseTo(0.5, 12);
    expect(stage("new")?.contactsPerMemberWeek).toBeCloseTo(110 / 30, 12);
    expect(stage("churned")?.valuePerMember).toBe(0);
    expect(r.churnShare).toBeCloseTo(0.15, 12);
  });

  it("shows contact frequency beside churn week by week", () => {
    const r = computeTiering(ROWS, 100);
    // week 1: contacts 30 + 60 + 10 + 5 = 105 over the 60 members whose contacts are known
    // week 2: 80 + 90 + 20 + 10 + 20 = 220 over 100
    expect(r.weekly).toEqual([
      { weekStart: "2026-11-09", members: 100, contactsPerMember: 105 / 60, churnShare: 0.1 },
      { weekStart: "2026-11-16", members: 100, contactsPerMember: 2.2, churnShare: 0.2 },
    ]);
    expect(r.contactsPerMemberWeek).toBeCloseTo(325 / 160, 12);
  });

  it("keeps unknown value and contacts null and empty input without values", () => {
    const r = computeTiering([t("2026-11-09", "new", 5, null, null)], 100);
    expect(r.stages[0]).toMatchObject({ members: 5, share: 1, valueMinor: null, valuePerMember: null, contacts: null, contactsPerMemberWeek: null });
    expect(r.stages[1]).toMatchObject({ members: 0, share: 0, valuePerMember: null });
    const none = computeTiering([], 100);
    expect(none.stages.every((s) => s.share === null)).toBe(true);
    expect(none.churnShare).toBeNull();
    expect(none.weekly).toEqual([]);
  });

  it("converts value to major units of the currency", () => {
    const jpy = computeTiering([t("2026-11-09", "loyal", 4, 1000, 0)], 1);
    expect(jpy.stages[2]?.valuePerMember).toBe(250);
  });
});

describe("scorecard", () => {
  it("weights the criteria: Σ weight·score / Σ weight", () => {
    // defaults 0.3/0.2/0.15/0.2/0.15 on 4/5/5/3/2: 1.2 + 1.0 + 0.75 + 0.6 + 0.3 = 3.85
    const scores = { output_quality: 4, cost: 5, speed: 5, brand_safety: 3, homogenisation_risk: 2 };
    expect(scorecardTotal(scores, DEFAULT_SCORECARD_WEIGHTS)).toBeCloseTo(3.85, 12);
    // equal weights: plain mean 19 / 5
    const equal = { output_quality: 1, cost: 1, speed: 1, brand_safety: 1, homogenisation_risk: 1 };
    expect(scorecardTotal(scores, equal)).toBeCloseTo(3.8, 12);
    // weights on another scale give the same total
    const tenfold = { output_quality: 3, cost: 2, speed: 1.5, brand_safety: 2, homogenisation_risk: 1.5 };
    expect(scorecardTotal(scores, tenfold)).toBeCloseTo(3.85, 12);
  });

  it("leaves unscored and off-scale criteria out of both sums", () => {
    // no cost score: (1.2 + 0.75 + 0.6 + 0.3) / (1 − 0.2) = 2.85 / 0.8
    const partial = { output_quality: 4, cost: null, speed: 5, brand_safety: 3, homogenisation_risk: 2 };
    expect(scorecardTotal(partial, DEFAULT_SCORECARD_WEIGHTS)).toBeCloseTo(3.5625, 12);
    expect(scorecardTotal({ ...partial, cost: 7 }, DEFAULT_SCORECARD_WEIGHTS)).toBeCloseTo(3.5625, 12);
    expect(scorecardTotal({}, DEFAULT_SCORECARD_WEIGHTS)).toBeNull();
    expect(scorecardTotal({ cost: 4 }, { ...DEFAULT_SCORECARD_WEIGHTS, cost: 0 })).toBeNull();
  });

  it("uses the workspace's weights when it has any, else the defaults", () => {
    expect(effectiveWeights([])).toEqual({ weights: DEFAULT_SCORECARD_WEIGHTS, source: "default" });
    expect(Object.values(DEFAULT_SCORECARD_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const own = effectiveWeights([
      { criterion: "output_quality", weight: 5 },
      { criterion: "cost", weight: 3 },
      { criterion: "not_a_criterion", weight: 9 },
    ]);
    expect(own).toEqual({ weights: { output_quality: 5, cost: 3, speed: 0, brand_safety: 0, homogenisation_risk: 0 }, source: "workspace" });
    // only rows for unknown criteria: as if none were set
    expect(effectiveWeights([{ criterion: "vibes", weight: 1 }]).source).toBe("default");
  });
});

describe("segmentKpis", () => {
  it("computes CTR, interaction rate, conversion rate and ROI from paired sums of segment rows", () => {
    const rows = [
      { impressions: 1000, clicks: 40, likes: 20, comments: 5, shares: 3, saves: 2, conversions: 2, spendMinor: 10_000, revenueMinor: 90_000 },
      { impressions: 3000, clicks: 60, likes: null, comments: null, shares: null, saves: null, conversions: 4, spendMinor: 20_000, revenueMinor: null },
    ];
    const k = segmentKpis(pairSums(rows));
    expect(k.ctr).toBeCloseTo(100 / 4000, 12);
    // interactions known on row 1 only: 30 / 1000
    expect(k.interactionRate).toBeCloseTo(30 / 1000, 12);
    expect(k.conversionRate).toBeCloseTo(6 / 100, 12);
    // revenue known on row 1 only: 90,000 / 10,000
    expect(k.roi).toBeCloseTo(9, 12);
  });
});

// The executive page's sentences (lib/metrics/executive-findings.ts) and its
// URL state (lib/schemas/executive-page-params.ts): small cases worked out by hand.
import { describe, expect, it } from "vitest";
import {
  comparedWithLabel,
  ctrRankingFinding,
  domainFinding,
  executiveFindings,
  forecastFinding,
  goalFindings,
  MAX_FINDINGS,
  periodKpiFinding,
  periodLabel,
  roiRankingFinding,
  type DomainFacts,
  type ExecutiveFacts,
  type RankingFacts,
} from "@/lib/metrics/executive-findings";
import { executiveHref, parseExecutivePageParams } from "@/lib/schemas/executive-page-params";

describe("periodLabel and comparedWithLabel", () => {
  it("names quarters and months in both languages", () => {
    expect(periodLabel("2026-Q4", "en")).toBe("Q4 2026");
    expect(periodLabel("2026-Q4", "zh-CN")).toBe("2026年第四季度");
    expect(periodLabel("2026-03", "en")).toBe("Mar 2026");
    expect(periodLabel("2026-03", "zh-CN")).toBe("2026年3月");
    expect(periodLabel("2026-W47", "en")).toBe("2026-W47");
  });

  it("says 'the same days of' only for a partial period", () => {
    expect(comparedWithLabel("2026-Q3", true, "en")).toBe("the same days of Q3 2026");
    expect(comparedWithLabel("2026-Q3", true, "zh-CN")).toBe("2026年第三季度同期");
    expect(comparedWithLabel("2026-09", false, "en")).toBe("Sep 2026");
  });
});

describe("periodKpiFinding", () => {
  const ctx = { currency: "CNY", previousKey: "2026-Q3", partial: true };

  it("puts findings.ts's benchmark clause before the period's change", () => {
    // CTR 3.6% vs 3.2% (0.40 pp above); up 0.30 pp on the same days of Q3, significant
    const f = periodKpiFinding(
      { metric: "ctr", value: 0.036, benchmark: { value: 0.032, direction: "higher", status: "above" }, change: 0.3, changeKind: "pp", significance: "significant" },
      ctx,
    )!;
    expect(f.en).toBe("Overall CTR 3.60% is 0.40 pp above the 3.20% benchmark; up 0.30 pp vs the same days of Q3 2026, significant.");
    expect(f.zh).toBe("整体点击率 3.60%，高于3.20%的行业基准0.40个百分点；较2026年第三季度同期上升0.30个百分点（显著）。");
    expect(f.verdicts).toEqual([{ on: "total", metric: "ctr", status: "above" }]);
  });

  it("writes money and ROI changes in percent, a whole previous period by name", () => {
    const whole = { currency: "CNY", previousKey: "2026-09", partial: false };
    // revenue 12,345,600 fen = ¥123,456 → "¥123K"; down 12.5%
    expect(periodKpiFinding({ metric: "revenue", value: 12_345_600, benchmark: null, change: -0.125, changeKind: "percent", significance: null }, whole)!.en).toBe(
      "Overall revenue ¥123K; down 12.5% vs Sep 2026.",
    );
    // ROI 1:9.5 vs 1:18 (8.5× below; 9.5 < 0.9 × 18 = 16.2); up 5%
    expect(
      periodKpiFinding(
        { metric: "roi", value: 9.5, benchmark: { value: 18, direction: "higher", status: "below" }, change: 0.05, changeKind: "percent", significance: null },
        whole,
      )!.en,
    ).toBe("Overall ROI 1:9.5 is 8.5× below the 1:18.0 benchmark; up 5.0% vs Sep 2026.");
  });

  it("reads a change that rounds to zero as unchanged, and leaves out a missing one", () => {
    expect(periodKpiFinding({ metric: "ctr", value: 0.036, benchmark: null, change: 0.001, changeKind: "pp", significance: "not_significant" }, ctx)!.en).toBe(
      "Overall CTR 3.60%; unchanged vs the same days of Q3 2026.",
    );
    expect(periodKpiFinding({ metric: "ctr", value: 0.036, benchmark: null, change: null, changeKind: "pp", significance: null }, ctx)!.en).toBe("Overall CTR 3.60%.");
    expect(periodKpiFinding({ metric: "ctr", value: null, benchmark: { value: 0.032, direction: "higher", status: null }, change: 0.3, changeKind: "pp", significance: null }, ctx)).toBeNull();
  });
});

describe("goalFindings", () => {
  it("reuses the off-pace sentence and gathers goals on pace into one", () => {
    const { offPace, onPace } = goalFindings(
      [
        { metric: "roi", target: 18, projected: 11.2, onPace: false },
        { metric: "revenue", target: 40_000_000, projected: 45_000_000, onPace: true },
        { metric: "ctr", target: 0.03, projected: 0.0333, onPace: true },
        { metric: "interactionRate", target: 0.02, projected: null, onPace: null },
      ],
      "CNY",
    );
    expect(offPace.map((f) => f.en)).toEqual(["Overall ROI is off pace for its 1:18.0 goal (projected 1:11.2)."]);
    expect(onPace?.en).toBe("On pace: revenue for its ¥400K goal (projected ¥450K); CTR for its 3.00% goal (projected 3.33%).");
    expect(onPace?.zh).toBe("按当前进度可达成：整体收入目标¥40万（预计¥45万）；整体点击率目标3.00%（预计3.33%）。");
    expect(goalFindings([], "CNY")).toEqual({ offPace: [], onPace: null });
  });
});

const PUBLIC: DomainFacts = {
  domain: "public",
  roi: 10,
  profitMargin: 0.1222,
  conversionRate: 0.0267,
  // 12.22% ≥ 12%: above; 1:10 < 0.9 × 18 = 16.2: below
  profitMarginBenchmark: { value: 0.12, status: "above" },
  roiBenchmark: { value: 18, status: "below" },
};
const PRIVATE: DomainFacts = {
  domain: "private",
  roi: 22.14,
  profitMargin: 0.278,
  conversionRate: 0.116,
  // 27.8% ≥ 0.9 × 28% = 25.2%: near; 1:22.14 ≥ 18: above
  profitMarginBenchmark: { value: 0.28, status: "near" },
  roiBenchmark: { value: 18, status: "above" },
};

describe("domainFinding", () => {
  it("states each side's ROI and margin verdict, the status of its traffic light, with the gap", () => {
    const f = domainFinding([PUBLIC, PRIVATE])!;
    // private: 22.14 − 18 = 4.14 → 4.1×; 28% − 27.8% = 0.20 pp. public: 18 − 10 = 8.0×; 12.22% − 12% = 0.22 pp
    expect(f.en).toBe(
      "Private domain: ROI 1:22.1, 4.1× above the 1:18.0 linkage ROI benchmark, profit margin 27.80%, just below the 28.00% report figure, by 0.20 pp, conversion 11.60%; " +
        "public domain: ROI 1:10.0, 8.0× below the 1:18.0 linkage ROI benchmark, profit margin 12.22%, 0.22 pp above the 12.00% report figure, conversion 2.67%.",
    );
    expect(f.zh).toBe(
      "私域ROI 1:22.1，高于1:18.0的多平台联动ROI基准4.1×，利润率27.80%，略低于28.00%的报告数值0.20个百分点，转化率11.60%；" +
        "公域ROI 1:10.0，低于1:18.0的多平台联动ROI基准8.0×，利润率12.22%，高于12.00%的报告数值0.22个百分点，转化率2.67%。",
    );
    expect(f.verdicts).toEqual([
      { on: "private", metric: "roi", status: "above" },
      { on: "private", metric: "profitMargin", status: "near" },
      { on: "public", metric: "roi", status: "below" },
      { on: "public", metric: "profitMargin", status: "above" },
    ]);
    expect(f.verdict).toBeNull();
  });

  it("judges nothing without a status, and says nothing without figures", () => {
    const f = domainFinding([{ ...PUBLIC, roiBenchmark: { value: 18, status: null }, profitMarginBenchmark: null }])!;
    expect(f.en).toBe("Public domain: ROI 1:10.0, profit margin 12.22%, conversion 2.67%.");
    expect(f.verdicts).toEqual([]);
    expect(domainFinding([{ ...PUBLIC, roi: null, profitMargin: null }])).toBeNull();
  });
});

const RANKING: RankingFacts = {
  rows: [
    { platformKey: "wechat_private", roi: 25, ctr: 0.08, ctrBenchmark: { value: 0.032 }, ctrStatus: "above" },
    { platformKey: "douyin", roi: 12, ctr: 0.04, ctrBenchmark: { value: 0.032 }, ctrStatus: "above" },
    // 2% < 0.9 × 3.2% = 2.88%: below
    { platformKey: "weibo", roi: 5, ctr: 0.02, ctrBenchmark: { value: 0.032 }, ctrStatus: "below" },
  ],
  byRoi: { best: ["wechat_private"], worst: ["weibo"] },
  byCtr: { best: ["wechat_private"], worst: ["weibo"] },
  minShare: 0.01,
};

describe("ranking findings", () => {
  it("names the best and the worst platform with the rule's threshold", () => {
    expect(roiRankingFinding(RANKING)!.en).toBe("WeChat private domain has the best ROI (1:25.0), Weibo the lowest (1:5.0), among platforms with at least 1% of spend.");
    expect(roiRankingFinding(RANKING)!.zh).toBe("在花费占比不低于1%的平台中，微信私域的ROI最高（1:25.0），微博最低（1:5.0）。");
    expect(ctrRankingFinding(RANKING)!.en).toBe(
      "Against its CTR benchmark, WeChat private domain leads (8.00%, 4.80 pp above the 3.20% benchmark) and Weibo trails (2.00%, 1.20 pp below the 3.20% benchmark).",
    );
    expect(ctrRankingFinding(RANKING)!.verdicts).toEqual([
      { on: "wechat_private", metric: "ctr", status: "above" },
      { on: "weibo", metric: "ctr", status: "below" },
    ]);
    expect(roiRankingFinding({ ...RANKING, byRoi: { best: [], worst: [] } })).toBeNull();
  });
});

describe("forecastFinding", () => {
  const points = [
    { start: "2026-11-23", value: 0.034, lower: 0.03, upper: 0.038 },
    { start: "2026-12-14", value: 0.0342, lower: 0.0222, upper: 0.0462 },
  ];

  it("writes the last forecast week with its interval against the benchmark", () => {
    // 3.42% − 3.20% = 0.22 pp
    const f = forecastFinding({ metric: "ctr", points, benchmark: { value: 0.032, status: "above" } }, "CNY")!;
    expect(f.en).toBe(
      "CTR is forecast at 3.42% in the week of Dec 14 (interval 2.22%–4.62%), 0.22 pp above the 3.20% benchmark (the interval spans the benchmark, so this is not certain).",
    );
    expect(f.zh).toBe("预计点击率在12月14日当周为3.42%（区间2.22%–4.62%），高于3.20%的行业基准0.22个百分点（区间跨越基准，结论尚不确定）。");
    expect(f.verdicts).toEqual([{ on: "forecast", metric: "ctr", status: "above" }]);
  });

  it("says 'above … by less than 0.01 pp' when the forecast shows as the benchmark, and nothing without points", () => {
    const f = forecastFinding(
      { metric: "ctr", points: [{ start: "2026-12-14", value: 0.03201, lower: 0.0319, upper: 0.0321 }], benchmark: { value: 0.032, status: "above" } },
      "CNY",
    )!;
    expect(f.en).toContain(", above the 3.20% benchmark by less than 0.01 pp (the interval spans");
    expect(f.en).not.toContain("in line");
    expect(forecastFinding({ metric: "ctr", points: [], benchmark: null }, "CNY")).toBeNull();
  });
});

describe("executiveFindings", () => {
  const headline = (key: ExecutiveFacts["headline"][number]["key"], value: number, extra: Partial<ExecutiveFacts["headline"][number]> = {}) => ({
    key,
    value,
    direction: "higher" as const,
    benchmark: null,
    change: 0.1,
    changeKind: key === "revenue" || key === "roi" ? ("percent" as const) : ("pp" as const),
    significance: null,
    goal: null,
    ...extra,
  });
  const facts: ExecutiveFacts = {
    workspace: { currency: "CNY" },
    period: { partial: true },
    previous: { key: "2026-Q3" },
    headline: [
      headline("revenue", 16_500_000_000, { goal: { target: 23_500_000_000, projected: 28_600_000_000, onPace: true } }),
      headline("roi", 11.2, { benchmark: { value: 18, status: "below" }, goal: { target: 18, projected: 11.2, onPace: false } }),
      headline("ctr", 0.0333, { benchmark: { value: 0.032, status: "above" }, goal: { target: 0.032, projected: 0.0333, onPace: true } }),
      headline("interactionRate", 0.019, { benchmark: { value: 0.018, status: "above" } }),
      headline("conversionRate", 0.029),
      headline("followerGrowthRate", 0.035),
    ],
    domains: [PUBLIC, PRIVATE],
    platforms: RANKING,
    forecast: { metric: "ctr", points: [{ start: "2026-12-14", value: 0.0342, lower: 0.0222, upper: 0.0462 }], benchmark: { value: 0.032, status: "above" } },
  };

  it("keeps the eight most important, in reading order", () => {
    const kinds = executiveFindings(facts).map((f) => f.kind);
    expect(kinds).toHaveLength(MAX_FINDINGS);
    expect(kinds).toEqual(["period_roi", "period_revenue", "period_ctr", "goal_off_pace", "goal_on_pace", "domains", "ranking_roi", "forecast"]);
  });

  it("still says enough with little to say", () => {
    const few = executiveFindings({ ...facts, domains: [], forecast: null, headline: facts.headline.map((h) => ({ ...h, goal: null })) });
    expect(few.length).toBeGreaterThanOrEqual(5);
    expect(few.map((f) => f.kind)).toContain("period_interactionRate");
  });
});

describe("executive page params", () => {
  it("reads month and quarter periods, and infers the kind from `at`", () => {
    expect(parseExecutivePageParams({ period: "quarter", at: "2026-Q3" })).toEqual({ kind: "quarter", at: "2026-Q3", dropped: false });
    expect(parseExecutivePageParams({ period: "month", at: "2026-11" })).toEqual({ kind: "month", at: "2026-11", dropped: false });
    expect(parseExecutivePageParams({ at: "2026-11" })).toEqual({ kind: "month", at: "2026-11", dropped: false });
    expect(parseExecutivePageParams({})).toEqual({ kind: "quarter", at: null, dropped: false });
    // repeated keys: the last one wins, as in the API
    expect(parseExecutivePageParams({ period: ["month", "quarter"], at: ["2026-11", "2026-Q2"] })).toEqual({ kind: "quarter", at: "2026-Q2", dropped: false });
  });

  it("drops what it cannot use instead of failing", () => {
    expect(parseExecutivePageParams({ period: "year", at: "banana" })).toEqual({ kind: "quarter", at: null, dropped: true });
    expect(parseExecutivePageParams({ period: "month", at: "2026-Q4" })).toEqual({ kind: "month", at: null, dropped: true });
    expect(parseExecutivePageParams({ at: "2026-13" })).toEqual({ kind: "quarter", at: null, dropped: true });
    expect(parseExecutivePageParams({ at: "2026-Q5" })).toEqual({ kind: "quarter", at: null, dropped: true });
    expect(parseExecutivePageParams({ at: "" })).toEqual({ kind: "quarter", at: null, dropped: false });
  });

  it("writes the URL of a state", () => {
    expect(executiveHref("quarter", "2026-Q3")).toBe("/executive?period=quarter&at=2026-Q3");
    expect(executiveHref("month")).toBe("/executive?period=month");
  });
});

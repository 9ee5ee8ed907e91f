// Plain-language findings for the executive summary (PRODUCT.md `/executive`):
// the templates of findings.ts where they fit (a KPI against its benchmark, a
// goal off pace), and new ones for what only this page says — a change on a
// month or quarter rather than on last week, goals on pace, public vs private
// domain, the best and worst platforms and the forecast. Every sentence is
// filled from figures computed elsewhere, in both languages.
import { formatDay, formatPercent, formatRoi } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { platformName } from "@/lib/reference/platforms";
import type { PlatformKey } from "@/lib/schemas/enums";
import type { BenchmarkStatus } from "./benchmarks";
import { BOARD_METRICS, type BoardMetricKey } from "./board-metrics";
import { benchmarkClause, both, NAMES, subject, value, type BenchmarkJudgement, type Verdict } from "./finding-phrases";
import { attentionFinding, changeClause, kpiFinding, type Finding, type KpiFacts } from "./findings";
import type { Significance } from "./stats/significance";

export type { Finding };

/** The most findings the page shows; the brief asks for five to eight sentences. */
export const MAX_FINDINGS = 8;

const QUARTERS_ZH = ["一", "二", "三", "四"];
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2026-Q4` → "Q4 2026" / "2026年第四季度"; `2026-11` → "Nov 2026" / "2026年11月"; other keys as they are. */
export function periodLabel(key: string, locale: Locale): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) {
    const [, year, q] = quarter as unknown as [string, string, string];
    return locale === "zh-CN" ? `${year}年第${QUARTERS_ZH[Number(q) - 1]}季度` : `Q${q} ${year}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const [, year, m] = month as unknown as [string, string, string];
    return locale === "zh-CN" ? `${year}年${Number(m)}月` : `${MONTHS_EN[Number(m) - 1]} ${year}`;
  }
  return key;
}

/** What a period is compared with: "the same days of Q3 2026" when partial, else "Q3 2026". */
export function comparedWithLabel(previousKey: string, partial: boolean, locale: Locale): string {
  const label = periodLabel(previousKey, locale);
  if (locale === "zh-CN") return partial ? `${label}同期` : label;
  return partial ? `the same days of ${label}` : label;
}

export interface PeriodChangeFacts {
  metric: BoardMetricKey;
  value: number | null;
  /** with the status the headline's chip shows */
  benchmark: KpiFacts["benchmark"];
  /** pp for rates, a fraction for the rest */
  change: number | null;
  changeKind: "pp" | "percent";
  significance: Significance | null;
}

export interface PeriodContext {
  currency: string;
  /** the previous period's key (`2026-Q3`) and whether the current one is partial (then: its same days) */
  previousKey: string;
  partial: boolean;
}

function stripEnd(sentence: string): string {
  return sentence.replace(/[.。]$/, "");
}

/**
 * "Overall CTR 3.33% is 0.13 pp above the 3.20% benchmark; up 0.11 pp vs the
 * same days of Q3 2026, significant." The benchmark clause is kpiFinding's.
 */
export function periodKpiFinding(f: PeriodChangeFacts, ctx: PeriodContext): Finding | null {
  const head = kpiFinding(
    { platformKey: null, metric: f.metric, value: f.value, benchmark: f.benchmark, change: null, changeKind: f.changeKind, significance: null },
    ctx.currency,
  );
  if (!head) return null;
  return both(
    `period_${f.metric}`,
    (locale) => {
      const zh = locale === "zh-CN";
      const start = stripEnd(zh ? head.zh : head.en);
      if (f.change === null) return zh ? `${start}。` : `${start}.`;
      const against = comparedWithLabel(ctx.previousKey, ctx.partial, locale);
      const change = changeClause(f, locale, zh ? against : `vs ${against}`);
      return zh ? `${start}；${change}。` : `${start}; ${change}.`;
    },
    head.verdicts,
  );
}

export interface GoalFacts {
  metric: BoardMetricKey;
  target: number;
  projected: number | null;
  onPace: boolean | null;
}

/** Off pace: findings.ts's sentence. On pace: all such goals in one sentence. */
export function goalFindings(goals: readonly GoalFacts[], currency: string): { offPace: Finding[]; onPace: Finding | null } {
  const offPace = goals.flatMap((g) => {
    if (g.onPace !== false) return [];
    const f = attentionFinding(
      { kind: "goal_off_pace", severity: "high", platformKey: null, metric: g.metric, value: g.projected, reference: g.target, change: null, count: null },
      currency,
    );
    return f ? [f] : [];
  });
  const met = goals.filter((g) => g.onPace === true);
  const onPace = met.length
    ? both("goal_on_pace", (locale) => {
        const parts = met.map((g) => {
          const target = value(g.metric, g.target, locale, currency);
          const projected = value(g.metric, g.projected, locale, currency);
          return locale === "zh-CN"
            ? `${subject(null, g.metric, locale)}目标${target}（预计${projected}）`
            : `${NAMES[g.metric][locale]} for its ${target} goal (projected ${projected})`;
        });
        return locale === "zh-CN" ? `按当前进度可达成：${parts.join("；")}。` : `On pace: ${parts.join("; ")}.`;
      })
    : null;
  return { offPace, onPace };
}

/** A figure and the benchmark it was judged against, with the status its traffic light shows. */
export interface JudgedBenchmark {
  value: number;
  status: BenchmarkStatus | null;
}

export interface DomainFacts {
  domain: "public" | "private";
  roi: number | null;
  profitMargin: number | null;
  conversionRate: number | null;
  profitMarginBenchmark: JudgedBenchmark | null;
  roiBenchmark: JudgedBenchmark | null;
}

const DOMAIN_NAMES: Record<"public" | "private", Record<Locale, string>> = {
  public: { "zh-CN": "公域", en: "public domain" },
  private: { "zh-CN": "私域", en: "private domain" },
};

function judged(b: JudgedBenchmark | null, v: number | null): BenchmarkJudgement | null {
  return b && b.status && v !== null ? { value: b.value, status: b.status, direction: "higher" } : null;
}

/**
 * "Private domain: ROI 1:22.1, 4.1× above the 1:18.0 linkage ROI benchmark,
 * profit margin 27.80%, just below the report's 28.00%, by 0.20 pp, conversion 11.60%;
 * public domain: …" — each side's verdicts are those of its traffic lights.
 */
export function domainFinding(domains: readonly DomainFacts[]): Finding | null {
  const sides = (["private", "public"] as const).flatMap((d) => {
    const f = domains.find((x) => x.domain === d);
    return f && (f.roi !== null || f.profitMargin !== null) ? [f] : [];
  });
  if (!sides.length) return null;
  const verdicts: Verdict[] = sides.flatMap((s) => [
    ...(judged(s.roiBenchmark, s.roi) ? [{ on: s.domain, metric: "roi", status: s.roiBenchmark!.status! }] : []),
    ...(judged(s.profitMarginBenchmark, s.profitMargin) ? [{ on: s.domain, metric: "profitMargin", status: s.profitMarginBenchmark!.status! }] : []),
  ]);
  return both(
    "domains",
    (locale) => {
      const zh = locale === "zh-CN";
      const parts = sides.map((s, i) => {
        const name = DOMAIN_NAMES[s.domain][locale];
        const roiJ = judged(s.roiBenchmark, s.roi);
        const marginJ = judged(s.profitMarginBenchmark, s.profitMargin);
        const roi = `ROI ${formatRoi(s.roi)}${
          roiJ ? `${zh ? "，" : ", "}${benchmarkClause("ratio", s.roi!, roiJ, locale, "", { en: "linkage ROI benchmark", zh: "多平台联动ROI基准" })}` : ""
        }`;
        const margin = `${zh ? "利润率" : "profit margin "}${formatPercent(s.profitMargin, locale)}${
          marginJ ? `${zh ? "，" : ", "}${benchmarkClause("percent", s.profitMargin!, marginJ, locale, "", { en: "report figure", zh: "报告数值" })}` : ""
        }`;
        const conv = formatPercent(s.conversionRate, locale);
        return zh
          ? `${name}${roi}，${margin}，转化率${conv}`
          : `${i === 0 ? `${name[0]!.toUpperCase()}${name.slice(1)}` : name}: ${roi}, ${margin}, conversion ${conv}`;
      });
      return zh ? `${parts.join("；")}。` : `${parts.join("; ")}.`;
    },
    verdicts,
  );
}

export interface RankingFacts {
  rows: readonly {
    platformKey: PlatformKey;
    roi: number | null;
    ctr: number | null;
    ctrBenchmark: { value: number } | null;
    /** the status of the row's CTR light */
    ctrStatus: BenchmarkStatus | null;
  }[];
  byRoi: { best: readonly PlatformKey[]; worst: readonly PlatformKey[] };
  byCtr: { best: readonly PlatformKey[]; worst: readonly PlatformKey[] };
  minShare: number;
}

/** "WeChat private domain has the best ROI (1:22.1), Weibo the lowest (1:5.1), among platforms with at least 1% of spend." */
export function roiRankingFinding(r: RankingFacts): Finding | null {
  const best = r.byRoi.best[0];
  const worst = r.byRoi.worst[0];
  if (!best) return null;
  const roiOf = (k: PlatformKey) => formatRoi(r.rows.find((x) => x.platformKey === k)?.roi ?? null);
  return both("ranking_roi", (locale) => {
    const share = formatPercent(r.minShare, locale, 0);
    if (locale === "zh-CN") {
      return `在花费占比不低于${share}的平台中，${platformName(best, locale)}的ROI最高（${roiOf(best)}）${worst ? `，${platformName(worst, locale)}最低（${roiOf(worst)}）` : ""}。`;
    }
    return `${platformName(best, locale)} has the best ROI (${roiOf(best)})${worst ? `, ${platformName(worst, locale)} the lowest (${roiOf(worst)})` : ""}, among platforms with at least ${share} of spend.`;
  });
}

/**
 * "Against its CTR benchmark, WeChat private domain leads (8.00%, 4.80 pp above
 * the 3.20% benchmark) and Weibo trails (2.00%, 1.20 pp below the 3.20% benchmark)."
 */
export function ctrRankingFinding(r: RankingFacts): Finding | null {
  const best = r.byCtr.best[0];
  const worst = r.byCtr.worst[0];
  if (!best) return null;
  const judgementOf = (k: PlatformKey) => {
    const row = r.rows.find((x) => x.platformKey === k);
    return row && row.ctr !== null && row.ctrBenchmark && row.ctrStatus
      ? { ctr: row.ctr, b: { value: row.ctrBenchmark.value, status: row.ctrStatus, direction: "higher" as const } }
      : null;
  };
  const fig = (k: PlatformKey, locale: Locale) => {
    const row = r.rows.find((x) => x.platformKey === k);
    const j = judgementOf(k);
    const vs = j ? `${locale === "zh-CN" ? "，" : ", "}${benchmarkClause("percent", j.ctr, j.b, locale, "")}` : "";
    return `${formatPercent(row?.ctr ?? null, locale)}${vs}`;
  };
  const verdicts: Verdict[] = [best, ...(worst ? [worst] : [])].flatMap((k) => {
    const j = judgementOf(k);
    return j ? [{ on: k, metric: "ctr", status: j.b.status }] : [];
  });
  return both(
    "ranking_ctr",
    (locale) =>
      locale === "zh-CN"
        ? `相对点击率基准，${platformName(best, locale)}表现最好（${fig(best, locale)}）${worst ? `，${platformName(worst, locale)}最弱（${fig(worst, locale)}）` : ""}。`
        : `Against its CTR benchmark, ${platformName(best, locale)} leads (${fig(best, locale)})${worst ? ` and ${platformName(worst, locale)} trails (${fig(worst, locale)})` : ""}.`,
    verdicts,
  );
}

export interface ForecastFacts {
  metric: BoardMetricKey;
  points: readonly { start: string; value: number; lower: number; upper: number }[];
  /** with the status of the last forecast week against it (benchmarkStatus, computed by the service) */
  benchmark: JudgedBenchmark | null;
}

/** "CTR is forecast at 3.42% in the week of Dec 14 (interval 2.22%–4.62%), 0.22 pp above the 3.20% benchmark; the interval spans it." */
export function forecastFinding(f: ForecastFacts, currency: string): Finding | null {
  const last = f.points.at(-1);
  if (!last) return null;
  const metric = BOARD_METRICS[f.metric];
  const unit = metric.unit === "percent" || metric.unit === "ratio" ? metric.unit : null;
  const j = f.benchmark && f.benchmark.status && unit ? { value: f.benchmark.value, status: f.benchmark.status, direction: metric.direction } : null;
  return both(
    "forecast",
    (locale) => {
      const zh = locale === "zh-CN";
      const v = value(f.metric, last.value, locale, currency);
      const lo = value(f.metric, last.lower, locale, currency);
      const hi = value(f.metric, last.upper, locale, currency);
      const week = formatDay(last.start, locale);
      const name = NAMES[f.metric][locale];
      let tail = "";
      if (j && unit) {
        const spans = last.lower < j.value && last.upper > j.value;
        tail = `${zh ? "，" : ", "}${benchmarkClause(unit, last.value, j, locale, currency)}${
          spans ? (zh ? "（区间跨越基准，结论尚不确定）" : " (the interval spans the benchmark, so this is not certain)") : ""
        }`;
      }
      return zh
        ? `预计${name}在${week}当周为${v}（区间${lo}–${hi}）${tail}。`
        : `${name[0]!.toUpperCase()}${name.slice(1)} is forecast at ${v} in the week of ${week} (interval ${lo}–${hi})${tail}.`;
    },
    j ? [{ on: "forecast", metric: f.metric, status: j.status }] : [],
  );
}

/** What `executiveFindings` reads; the executive summary's view model has this shape. */
export interface ExecutiveFacts {
  workspace: { currency: string };
  period: { partial: boolean };
  previous: { key: string };
  headline: readonly (Omit<PeriodChangeFacts, "metric" | "benchmark"> & {
    key: BoardMetricKey;
    direction: "higher" | "lower";
    benchmark: JudgedBenchmark | null;
    goal: Omit<GoalFacts, "metric"> | null;
  })[];
  domains: readonly DomainFacts[];
  platforms: RankingFacts;
  forecast: (Omit<ForecastFacts, "metric"> & { metric: BoardMetricKey }) | null;
}

/**
 * Five to eight sentences, most important first when some must go: ROI and
 * revenue, goals off pace, the domain split, the best and worst platform, the
 * forecast, then CTR, goals on pace and the rest. Shown in reading order.
 */
export function executiveFindings(facts: ExecutiveFacts): Finding[] {
  const ctx: PeriodContext = { currency: facts.workspace.currency, previousKey: facts.previous.key, partial: facts.period.partial };
  const kpi = (metric: BoardMetricKey) => {
    const h = facts.headline.find((x) => x.key === metric);
    return h
      ? periodKpiFinding({ ...h, metric, benchmark: h.benchmark ? { value: h.benchmark.value, status: h.benchmark.status, direction: h.direction } : null }, ctx)
      : null;
  };
  const goals = goalFindings(
    facts.headline.flatMap((h) => (h.goal ? [{ metric: h.key, ...h.goal }] : [])),
    ctx.currency,
  );
  // [display order, priority, finding]
  const candidates: [number, number, Finding | null][] = [
    [1, 1, kpi("roi")],
    [2, 2, kpi("revenue")],
    [3, 7, kpi("ctr")],
    [4, 9, kpi("interactionRate")],
    [5, 12, kpi("conversionRate")],
    [6, 13, kpi("followerGrowthRate")],
    ...goals.offPace.map((f, i): [number, number, Finding] => [7, 3 + i / 10, f]),
    [8, 8, goals.onPace],
    [9, 4, domainFinding(facts.domains)],
    [10, 5, roiRankingFinding(facts.platforms)],
    [11, 10, ctrRankingFinding(facts.platforms)],
    [12, 6, facts.forecast ? forecastFinding(facts.forecast, ctx.currency) : null],
  ];
  return candidates
    .filter((c): c is [number, number, Finding] => c[2] !== null)
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_FINDINGS)
    .sort((a, b) => a[0] - b[0])
    .map((c) => c[2]);
}

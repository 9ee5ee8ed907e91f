// The phrases every generated sentence is built from (the weekly board's
// findings and the executive summary's): KPI names, "Douyin CTR"/"整体点击率",
// a value as the page shows it, and the benchmark clause. One home, so the
// two pages cannot drift apart in how they name a KPI or read a verdict.
//
// The benchmark clause never decides a status: it words the status that
// benchmarkStatus gave the chip beside it, and states the gap with the
// rounding of the figure the chip shows (2-decimal pp for rates, 1 decimal
// for ROI, written N×).
import { formatPp, formatValue, type DisplayUnit } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { platformName } from "@/lib/reference/platforms";
import type { PlatformKey } from "@/lib/schemas/enums";
import type { BenchmarkStatus } from "./benchmarks";
import { BOARD_METRICS, type BoardMetricKey } from "./board-metrics";

export const NAMES: Record<BoardMetricKey, Record<Locale, string>> = {
  ctr: { "zh-CN": "点击率", en: "CTR" },
  interactionRate: { "zh-CN": "互动率", en: "interaction rate" },
  conversionRate: { "zh-CN": "转化率", en: "conversion rate" },
  roi: { "zh-CN": "ROI", en: "ROI" },
  followerGrowthRate: { "zh-CN": "粉丝增长率", en: "follower growth" },
  spend: { "zh-CN": "花费", en: "spend" },
  revenue: { "zh-CN": "收入", en: "revenue" },
};

/**
 * What a sentence judged against a benchmark says about it, next to its text,
 * so a test (or a client) can check it against the chip of the same figure:
 * `on` is "total", a platform key, "public"/"private" or "forecast".
 */
export interface Verdict {
  on: string;
  metric: string;
  status: BenchmarkStatus;
}

export interface Finding {
  kind: string;
  zh: string;
  en: string;
  /** the status the sentence states when it judges one figure against a benchmark; null otherwise */
  verdict: BenchmarkStatus | null;
  /** every figure the sentence judges against a benchmark (a sentence about two domains has two) */
  verdicts: Verdict[];
}

export function both(kind: string, make: (locale: Locale) => string, verdicts: readonly Verdict[] = []): Finding {
  return { kind, zh: make("zh-CN"), en: make("en"), verdict: verdicts.length === 1 ? verdicts[0]!.status : null, verdicts: [...verdicts] };
}

/** A board metric's value as the page shows it (%, 1:N, money in major units). */
export function value(metric: BoardMetricKey, v: number | null, locale: Locale, currency: string): string {
  return formatValue(BOARD_METRICS[metric].unit, v, locale, currency);
}

/** "Douyin CTR" / "抖音点击率"; the whole workspace is "Overall CTR" / "整体点击率". */
export function subject(platformKey: string | null, metric: BoardMetricKey, locale: Locale): string {
  const name = NAMES[metric][locale];
  if (platformKey === null) return locale === "zh-CN" ? `整体${name}` : `Overall ${name}`;
  const platform = platformName(platformKey as PlatformKey, locale);
  return locale === "zh-CN" ? `${platform}${name}` : `${platform} ${name}`;
}

export interface BenchmarkJudgement {
  value: number;
  direction: "higher" | "lower";
  /** benchmarkStatus's result for the figure, as the chip shows it */
  status: BenchmarkStatus;
}

/**
 * The words each status reads as. Higher-is-better: above / just below /
 * below; lower-is-better (costs): better than / just worse than / worse than.
 * `above` never reads "in line", "on par" or "below".
 */
export const STATUS_WORDS: Record<"higher" | "lower", Record<BenchmarkStatus, Record<Locale, string>>> = {
  higher: {
    above: { en: "above", "zh-CN": "高于" },
    near: { en: "just below", "zh-CN": "略低于" },
    below: { en: "below", "zh-CN": "低于" },
  },
  lower: {
    above: { en: "better than", "zh-CN": "优于" },
    near: { en: "just worse than", "zh-CN": "略差于" },
    below: { en: "worse than", "zh-CN": "差于" },
  },
};

/** The gap between a value and its benchmark at the precision its figure is shown; "" when it rounds to nothing. */
function gapText(unit: DisplayUnit, v: number, b: number, locale: Locale): { text: string; floor: string } {
  if (unit === "ratio") {
    const gap = Math.abs(v - b).toFixed(1);
    return { text: Number(gap) === 0 ? "" : `${gap}×`, floor: "0.1×" };
  }
  const text = formatPp(Math.abs(v - b) * 100, locale).replace(/^\+/, "");
  return { text: /[1-9]/.test(text) ? text : "", floor: formatPp(0.01, locale).replace(/^\+/, "") };
}

/**
 * "0.40 pp above the 3.20% benchmark" / "高于3.20%的行业基准0.40个百分点";
 * a gap that rounds to nothing: "above the 1.80% benchmark by less than 0.01 pp".
 * `label` names the figure ("benchmark", "linkage ROI benchmark"). Rates
 * and ROI only: money is not compared with benchmarks.
 */
export function benchmarkClause(
  unit: "percent" | "ratio",
  v: number,
  b: BenchmarkJudgement,
  locale: Locale,
  currency: string,
  label: { en: string; zh: string } = { en: "benchmark", zh: "行业基准" },
): string {
  const words = STATUS_WORDS[b.direction][b.status][locale];
  const bench = formatValue(unit, b.value, locale, currency);
  const gap = gapText(unit, v, b.value, locale);
  if (locale === "zh-CN") {
    return gap.text ? `${words}${bench}的${label.zh}${gap.text}` : `${words}${bench}的${label.zh}（差距不足${gap.floor}）`;
  }
  if (!gap.text) return `${words} the ${bench} ${label.en} by less than ${gap.floor}`;
  // "0.20 pp just below" reads badly: near says the word first
  return b.status === "near" ? `${words} the ${bench} ${label.en}, by ${gap.text}` : `${gap.text} ${words} the ${bench} ${label.en}`;
}

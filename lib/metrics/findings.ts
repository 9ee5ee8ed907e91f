// Plain-language findings for the executive view and the weekly board:
// fixed templates filled with figures computed elsewhere, in both
// languages, so a sentence can never disagree with the numbers beside it.
import { formatChange, formatPp, formatValue } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { platformName } from "@/lib/reference/platforms";
import type { PlatformKey } from "@/lib/schemas/enums";
import type { Attention } from "./attention";
import { BOARD_METRICS, type BoardMetricKey } from "./board-metrics";

const NAMES: Record<BoardMetricKey, Record<Locale, string>> = {
  ctr: { "zh-CN": "点击率", en: "CTR" },
  interactionRate: { "zh-CN": "互动率", en: "interaction rate" },
  conversionRate: { "zh-CN": "转化率", en: "conversion rate" },
  roi: { "zh-CN": "ROI", en: "ROI" },
  followerGrowthRate: { "zh-CN": "粉丝增长率", en: "follower growth" },
  spend: { "zh-CN": "花费", en: "spend" },
  revenue: { "zh-CN": "收入", en: "revenue" },
};

export interface Finding {
  kind: string;
  zh: string;
  en: string;
}

function value(metric: BoardMetricKey, v: number | null, locale: Locale, currency: string): string {
  return formatValue(BOARD_METRICS[metric].unit, v, locale, currency);
}

function subject(platformKey: string | null, metric: BoardMetricKey, locale: Locale): string {
  const name = NAMES[metric][locale];
  if (platformKey === null) return locale === "zh-CN" ? `整体${name}` : `Overall ${name}`;
  const platform = platformName(platformKey as PlatformKey, locale);
  return locale === "zh-CN" ? `${platform}${name}` : `${platform} ${name}`;
}

function both(kind: string, make: (locale: Locale) => string): Finding {
  return { kind, zh: make("zh-CN"), en: make("en") };
}

export interface KpiFacts {
  platformKey: string | null;
  metric: BoardMetricKey;
  value: number | null;
  benchmark: number | null;
  /** pp for rates, fraction for the rest */
  change: number | null;
  changeKind: "pp" | "percent";
  significance: "significant" | "not_significant" | "too_little_data" | null;
}

/** "Douyin CTR 3.6% is 0.4 pp above the 3.2% benchmark; up 0.3 pp on last week, significant." */
export function kpiFinding(f: KpiFacts, currency: string): Finding | null {
  const v = f.value;
  if (v === null) return null;
  return both("kpi", (locale) => {
    const zh = locale === "zh-CN";
    const parts: string[] = [];
    const head = `${subject(f.platformKey, f.metric, locale)} ${value(f.metric, v, locale, currency)}`;
    if (f.benchmark !== null) {
      const gapPp = (v - f.benchmark) * 100;
      const isRoi = f.metric === "roi";
      const gap = isRoi ? Math.abs(v - f.benchmark).toFixed(1) : formatPp(Math.abs(gapPp), locale).replace(/^\+/, "");
      const bench = value(f.metric, f.benchmark, locale, currency);
      const above = v >= f.benchmark;
      // A gap that rounds to nothing at the precision shown is "in line", not "0.00 pp above".
      const level = isRoi ? Number(gap) === 0 : Math.abs(gapPp) < 0.005;
      parts.push(
        level
          ? zh
            ? `${head}，与${bench}的行业基准持平`
            : `${head} is in line with the ${bench} benchmark`
          : zh
            ? `${head}，${above ? "高于" : "低于"}${bench}的行业基准${gap}`
            : `${head} is ${gap} ${above ? "above" : "below"} the ${bench} benchmark`,
      );
    } else {
      parts.push(head);
    }
    const change = changeClause(f, locale, zh ? "上周" : "on last week");
    if (change) parts.push(change);
    return zh ? `${parts.join("；")}。` : `${parts.join("; ")}.`;
  });
}

/**
 * "up 0.30 pp on last week, significant" / "较上周上升0.30个百分点（显著）";
 * a change that rounds to nothing at the precision shown reads "unchanged",
 * not "down 0.00 pp". `against` names the period compared with: in English
 * with its preposition ("on last week", "vs Sep 2026"), in Chinese bare ("上周").
 * Null without a change.
 */
export function changeClause(
  f: Pick<KpiFacts, "change" | "changeKind" | "significance">,
  locale: Locale,
  against: string,
): string | null {
  if (f.change === null) return null;
  const zh = locale === "zh-CN";
  const amount = (f.changeKind === "pp" ? formatPp(Math.abs(f.change), locale) : formatChange(Math.abs(f.change), locale)).replace(/^\+/, "");
  if (!/[1-9]/.test(amount)) return zh ? `与${against}持平` : `unchanged ${against}`;
  const sig =
    f.significance === null
      ? null
      : {
          significant: zh ? "显著" : "significant",
          not_significant: zh ? "不显著" : "not significant",
          too_little_data: zh ? "数据量不足以判断" : "too little data to tell",
        }[f.significance];
  const up = f.change > 0;
  return zh
    ? `较${against}${up ? "上升" : "下降"}${amount}${sig ? `（${sig}）` : ""}`
    : `${up ? "up" : "down"} ${amount} ${against}${sig ? `, ${sig}` : ""}`;
}

/** One sentence per attention item worth a sentence (stale data and goals off pace). */
export function attentionFinding(item: Attention, currency: string): Finding | null {
  if (item.kind === "stale_data" && item.count !== null) {
    return both("stale_data", (locale) => {
      const where = item.platformKey ? platformName(item.platformKey as PlatformKey, locale) : locale === "zh-CN" ? "部分平台" : "Some platforms";
      return locale === "zh-CN"
        ? `${where}有${item.count}个账号本周没有数据，请检查数据同步。`
        : `${where}: ${item.count} account${item.count === 1 ? "" : "s"} sent no data this week; check the data sync.`;
    });
  }
  if (item.kind === "goal_off_pace" && item.metric) {
    const metric = item.metric;
    return both("goal_off_pace", (locale) => {
      const target = value(metric, item.reference, locale, currency);
      const projected = value(metric, item.value, locale, currency);
      return locale === "zh-CN"
        ? `${subject(item.platformKey, metric, locale)}目标${target}预计无法达成（按当前进度预计${projected}）。`
        : `${subject(item.platformKey, metric, locale)} is off pace for its ${target} goal (projected ${projected}).`;
    });
  }
  return null;
}

// Plain-language findings for the executive view and the weekly board:
// fixed templates filled with figures computed elsewhere, in both
// languages, so a sentence can never disagree with the numbers beside it.
import { formatChange, formatPp } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { platformName } from "@/lib/reference/platforms";
import type { PlatformKey } from "@/lib/schemas/enums";
import type { Attention } from "./attention";
import { BOARD_METRICS, type BoardMetricKey } from "./board-metrics";
import { benchmarkClause, both, subject, value, type BenchmarkJudgement, type Finding } from "./finding-phrases";

export type { Finding };

export interface KpiFacts {
  platformKey: string | null;
  metric: BoardMetricKey;
  value: number | null;
  /** the benchmark with the status its chip shows (benchmarkStatus, once); null status = not judged */
  benchmark: (Omit<BenchmarkJudgement, "status"> & { status: BenchmarkJudgement["status"] | null }) | null;
  /** pp for rates, fraction for the rest */
  change: number | null;
  changeKind: "pp" | "percent";
  significance: "significant" | "not_significant" | "too_little_data" | null;
}

/** "Douyin CTR 3.60% is 0.40 pp above the 3.20% benchmark; up 0.30 pp on last week, significant." */
export function kpiFinding(f: KpiFacts, currency: string): Finding | null {
  const v = f.value;
  if (v === null) return null;
  const b = f.benchmark;
  const unit = BOARD_METRICS[f.metric].unit;
  const clauseUnit = unit === "percent" || unit === "ratio" ? unit : null;
  const judged = b && b.status && clauseUnit ? { ...b, status: b.status, unit: clauseUnit } : null;
  const verdicts = judged ? [{ on: f.platformKey ?? "total", metric: f.metric, status: judged.status }] : [];
  return both(
    "kpi",
    (locale) => {
      const zh = locale === "zh-CN";
      const parts: string[] = [];
      const head = `${subject(f.platformKey, f.metric, locale)} ${value(f.metric, v, locale, currency)}`;
      if (judged) {
        const clause = benchmarkClause(judged.unit, v, judged, locale, currency);
        parts.push(zh ? `${head}，${clause}` : `${head} is ${clause}`);
      } else {
        parts.push(head);
      }
      const change = changeClause(f, locale, zh ? "上周" : "on last week");
      if (change) parts.push(change);
      return zh ? `${parts.join("；")}。` : `${parts.join("; ")}.`;
    },
    verdicts,
  );
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

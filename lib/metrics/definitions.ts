// How each KPI is defined, for the API's `definitions` and the UI's legends:
// formula and denominator in both languages, unit, which way is better, how
// its change is expressed and which counts its significance test uses.
import type { InteractionDenominator } from "@/lib/schemas/enums";
import type { KpiKey } from "./kpis";
import type { RatioKey } from "./ratios";

export type KpiUnit = "percent" | "ratio" | "currency" | "seconds";

export interface KpiDefinition {
  key: KpiKey;
  nameEn: string;
  nameZh: string;
  formulaEn: string;
  formulaZh: string;
  unit: KpiUnit;
  direction: "higher" | "lower";
  /** rates change in percentage points, everything else in percent */
  change: "pp" | "percent";
  /** the paired counts a two-proportion test compares, for KPIs that are proportions */
  proportion: RatioKey | null;
}

const INTERACTIONS_EN = "(likes + comments + shares + saves)";
const INTERACTIONS_ZH = "(点赞 + 评论 + 分享 + 收藏)";

const BY: Record<InteractionDenominator, { en: string; zh: string; proportion: RatioKey | null }> = {
  impressions: { en: "impressions", zh: "曝光量", proportion: "interactionsPerImpression" },
  reach: { en: "sum of daily reach (an upper bound of the period's reach)", zh: "每日覆盖之和（周期覆盖的上限）", proportion: null },
  followers: { en: "followers at period end", zh: "期末粉丝数", proportion: null },
};

function interaction(key: KpiKey, denominator: InteractionDenominator, suffixEn = "", suffixZh = ""): KpiDefinition {
  return {
    key,
    nameEn: `Interaction rate${suffixEn}`,
    nameZh: `互动率${suffixZh}`,
    formulaEn: `${INTERACTIONS_EN} ÷ ${BY[denominator].en}`,
    formulaZh: `${INTERACTIONS_ZH} ÷ ${BY[denominator].zh}`,
    unit: "percent",
    direction: "higher",
    change: "pp",
    proportion: BY[denominator].proportion,
  };
}

const rate = (key: KpiKey, nameEn: string, nameZh: string, formulaEn: string, formulaZh: string, proportion: RatioKey | null): KpiDefinition => ({
  key, nameEn, nameZh, formulaEn, formulaZh, unit: "percent", direction: "higher", change: "pp", proportion,
});
const cost = (key: KpiKey, nameEn: string, nameZh: string, formulaEn: string, formulaZh: string): KpiDefinition => ({
  key, nameEn, nameZh, formulaEn, formulaZh, unit: "currency", direction: "lower", change: "percent", proportion: null,
});

/** Definitions of every KPI; `interactionRate` follows the workspace's denominator. */
export function kpiDefinitions(denominator: InteractionDenominator): Record<KpiKey, KpiDefinition> {
  return {
    ctr: rate("ctr", "CTR", "点击率", "clicks ÷ impressions", "点击量 ÷ 曝光量", "clicksPerImpression"),
    interactionRate: interaction("interactionRate", denominator),
    interactionRateByImpressions: interaction("interactionRateByImpressions", "impressions", " (by impressions)", "（按曝光）"),
    interactionRateByReach: interaction("interactionRateByReach", "reach", " (by reach)", "（按覆盖）"),
    interactionRateByFollowers: interaction("interactionRateByFollowers", "followers", " (by followers)", "（按粉丝）"),
    conversionRate: rate("conversionRate", "Conversion rate", "转化率", "conversions ÷ clicks", "转化数 ÷ 点击量", "conversionsPerClick"),
    roi: {
      key: "roi", nameEn: "ROI", nameZh: "投资回报率", formulaEn: "revenue ÷ spend, written 1:N", formulaZh: "收入 ÷ 花费，记作 1:N",
      unit: "ratio", direction: "higher", change: "percent", proportion: null,
    },
    netRoi: {
      key: "netRoi", nameEn: "Net ROI", nameZh: "净投资回报率", formulaEn: "(revenue − spend) ÷ spend", formulaZh: "(收入 − 花费) ÷ 花费",
      unit: "percent", direction: "higher", change: "pp", proportion: null,
    },
    cpm: cost("cpm", "CPM", "千次曝光成本", "spend ÷ impressions × 1000", "花费 ÷ 曝光量 × 1000"),
    cpc: cost("cpc", "CPC", "单次点击成本", "spend ÷ clicks", "花费 ÷ 点击量"),
    cpa: cost("cpa", "CPA", "单次转化成本", "spend ÷ conversions", "花费 ÷ 转化数"),
    followerGrowthRate: rate(
      "followerGrowthRate", "Follower growth rate", "粉丝增长率",
      "(follows − unfollows) ÷ followers at period start", "(涨粉 − 取关) ÷ 期初粉丝数", null,
    ),
    avgDwell: {
      key: "avgDwell", nameEn: "Average dwell", nameZh: "平均停留时长", formulaEn: "watch seconds ÷ views", formulaZh: "观看总时长 ÷ 播放量",
      unit: "seconds", direction: "higher", change: "percent", proportion: null,
    },
    profitMargin: rate("profitMargin", "Profit margin", "利润率", "(revenue − cost) ÷ revenue", "(收入 − 成本) ÷ 收入", null),
  };
}

// The demo brands and their accounts: six fictional brands in the three
// industries the report discusses, each on the platforms such a brand really
// uses. Chinese platforms carry Chinese display names, international ones
// English; every account reports in CNY (the workspace has one currency).
import type { Industry, PlatformKey } from "@/lib/schemas/enums";
import type { AccountKey } from "./types";

export interface AccountSpec {
  platformKey: PlatformKey;
  handle: string;
  displayName: string;
  industry: DemoIndustry;
  /** impressions in an ordinary week at the end of the range */
  weeklyImpressions: number;
  /** follower total on the first day of the range */
  followers: number;
  /** the account's sync stopped this many days before the range end (stale data) */
  staleDays?: number;
  /** days before the range end on which the export lost its volume columns */
  exportGapDaysBack?: number;
}

export interface IndustryProfile {
  /** average order (or first premium, for finance) in CNY */
  orderValue: number;
  /** multiplier on the platform's conversion rate */
  conversionFactor: number;
  /** how much each campaign kind lifts volume: festivals barely move finance */
  festivalLift: number;
  brandEventLift: number;
}

/** The demo's brands cover the report's three industries (not "other", the importer's default). */
export type DemoIndustry = Exclude<Industry, "other">;

export const INDUSTRY_PROFILES: Record<DemoIndustry, IndustryProfile> = {
  consumer_goods: { orderValue: 128, conversionFactor: 1, festivalLift: 1.3, brandEventLift: 0.9 },
  ecommerce_retail: { orderValue: 186, conversionFactor: 1.15, festivalLift: 1.7, brandEventLift: 0.8 },
  finance: { orderValue: 360, conversionFactor: 0.8, festivalLift: 0.2, brandEventLift: 0.6 },
};

const a = (
  platformKey: PlatformKey,
  handle: string,
  displayName: string,
  industry: DemoIndustry,
  weeklyImpressions: number,
  followers: number,
  extra: Partial<Pick<AccountSpec, "staleDays" | "exportGapDaysBack">> = {},
): AccountSpec => ({ platformKey, handle, displayName, industry, weeklyImpressions, followers, ...extra });

// Brands: 青禾 Qinghe (skincare) and 暖山咖啡 Nuanshan Coffee (consumer goods);
// 优选生活 Youxuan Living and 鹿角家居 Lujiao Home (e-commerce / retail);
// 安信财富 Anxin Wealth and 汇诚保险 Huicheng Insurance (finance).
export const ACCOUNT_SPECS: readonly AccountSpec[] = [
  a("douyin", "qinghe_official", "青禾官方旗舰店", "consumer_goods", 28_000_000, 3_200_000),
  a("douyin", "youxuan_live", "优选生活直播间", "ecommerce_retail", 18_000_000, 1_850_000),
  a("douyin", "anxin_wealth", "安信财富", "finance", 3_000_000, 420_000),
  a("kuaishou", "qinghe_ks", "青禾美妆", "consumer_goods", 9_000_000, 980_000),
  a("kuaishou", "youxuan_haowu", "优选生活好物", "ecommerce_retail", 12_000_000, 1_300_000),
  a("xiaohongshu", "qinghe_lab", "青禾护肤研究所", "consumer_goods", 4_000_000, 560_000),
  a("xiaohongshu", "youxuan_home", "优选生活家", "ecommerce_retail", 2_500_000, 310_000),
  a("xiaohongshu", "lujiao_home", "鹿角家居", "ecommerce_retail", 1_500_000, 190_000),
  a("wechat_channels", "anxin_ketang", "安信财富课堂", "finance", 2_000_000, 260_000),
  a("wechat_channels", "nuanshan_coffee", "暖山咖啡", "consumer_goods", 1_200_000, 150_000),
  a("wechat_channels", "huicheng_baoxian", "汇诚保险", "finance", 800_000, 90_000),
  a("wechat_private", "youxuan_vip", "优选生活会员社群", "ecommerce_retail", 600_000, 120_000),
  a("wechat_private", "anxin_guwen", "安信财富顾问", "finance", 400_000, 65_000),
  a("wechat_private", "qinghe_club", "青禾会员俱乐部", "consumer_goods", 300_000, 48_000),
  a("weibo", "qinghe_weibo", "青禾QINGHE", "consumer_goods", 5_000_000, 1_100_000),
  a("weibo", "anxin_caifu", "安信财富", "finance", 1_500_000, 330_000),
  a("bilibili", "lujiao_yanjiushe", "鹿角家居研究社", "ecommerce_retail", 1_200_000, 210_000),
  a("bilibili", "nuanshan_lab", "暖山咖啡实验室", "consumer_goods", 800_000, 140_000),
  a("tiktok", "qinghe.global", "Qinghe Skincare", "consumer_goods", 6_000_000, 720_000),
  a("tiktok", "youxuan.shop", "Youxuan Living", "ecommerce_retail", 3_000_000, 380_000),
  a("instagram", "qinghe.skin", "Qinghe Skin", "consumer_goods", 1_500_000, 260_000),
  a("instagram", "nuanshan.coffee", "Nuanshan Coffee", "consumer_goods", 500_000, 85_000),
  a("facebook", "youxuan.living", "Youxuan Living", "ecommerce_retail", 800_000, 150_000),
  // Its page token expires two weeks before the end: the stale-data case.
  a("facebook", "huicheng.insurance", "Huicheng Insurance", "finance", 300_000, 52_000, { staleDays: 14 }),
  // One day of its YouTube Studio export lacks the volume columns.
  a("youtube", "lujiao.home", "Lujiao Home", "ecommerce_retail", 1_000_000, 160_000, { exportGapDaysBack: 45 }),
  a("youtube", "anxin.academy", "Anxin Wealth Academy", "finance", 400_000, 58_000),
  a("x", "qinghe_global", "Qinghe Skincare", "consumer_goods", 600_000, 95_000),
  a("x", "anxinwealth", "Anxin Wealth", "finance", 200_000, 31_000),
  a("linkedin", "anxin-wealth-management", "Anxin Wealth Management", "finance", 40_000, 12_500),
  a("linkedin", "huicheng-insurance", "Huicheng Insurance", "finance", 8_000, 3_400),
  a("virtual", "qinghe_meta", "青禾虚拟试妆间 Qinghe Virtual Studio", "consumer_goods", 300_000, 26_000),
  a("virtual", "youxuan_world", "优选生活元宇宙店 Youxuan World", "ecommerce_retail", 200_000, 18_000),
];

export function accountKey(platformKey: PlatformKey, handle: string): AccountKey {
  return `${platformKey}/${handle}`;
}

export function specKey(spec: AccountSpec): AccountKey {
  return accountKey(spec.platformKey, spec.handle);
}

// Post titles in the language of the platform's audience, built from a hook
// and an industry topic so that a content table reads like a real one.
import type { PlatformKey } from "@/lib/schemas/enums";
import type { DemoIndustry } from "./accounts";
import type { Rng } from "./prng";

const CHINESE_PLATFORMS: ReadonlySet<PlatformKey> = new Set([
  "douyin",
  "kuaishou",
  "xiaohongshu",
  "wechat_channels",
  "wechat_private",
  "weibo",
  "bilibili",
  "virtual",
]);

export function isChinesePlatform(platformKey: PlatformKey): boolean {
  return CHINESE_PLATFORMS.has(platformKey);
}

const HOOKS_ZH = ["【干货】", "实测|", "3分钟看懂:", "别再踩坑!", "新品上架|", "宝藏清单:", "评论区问爆了:", "员工私藏|"] as const;
const HOOKS_EN = ["5 tips:", "Behind the scenes:", "New:", "Myth vs fact:", "POV:", "We tested it:", "Quick guide:"] as const;

const TOPICS_ZH: Record<DemoIndustry, readonly string[]> = {
  consumer_goods: [
    "敏感肌修护的3个误区",
    "秋冬换季护肤清单",
    "油皮底妆一整天不脱妆",
    "精华液成分党测评",
    "一杯手冲的正确打开方式",
    "通勤咖啡自制攻略",
    "防晒到底要涂多少",
    "冷萃和冰美式有什么区别",
  ],
  ecommerce_retail: [
    "家居收纳10个神器",
    "大促必买清单",
    "小户型客厅改造",
    "百元好物开箱",
    "厨房清洁懒人技巧",
    "会员专享福利来了",
    "租房党软装指南",
    "这把椅子坐了一年的真实感受",
  ],
  finance: [
    "基金定投到底怎么投",
    "养老金规划三步走",
    "读懂保险免责条款",
    "年轻人第一笔理财",
    "利率下行存款怎么办",
    "家庭资产配置入门",
    "重疾险和医疗险的区别",
    "月光族的强制储蓄法",
  ],
};

const TOPICS_EN: Record<DemoIndustry, readonly string[]> = {
  consumer_goods: [
    "a 3-step routine for sensitive skin",
    "what SPF really does",
    "cold brew at home",
    "our serum, ingredient by ingredient",
    "the morning coffee ritual",
    "skincare for long-haul flights",
  ],
  ecommerce_retail: [
    "10 storage ideas for small flats",
    "this week's best finds",
    "a living-room makeover under $300",
    "how we pick what we sell",
    "kitchen cleaning shortcuts",
    "members-only deals are live",
  ],
  finance: [
    "dollar-cost averaging explained",
    "planning for retirement in your 30s",
    "what your insurance policy excludes",
    "your first investment",
    "saving when rates fall",
    "a household balance sheet in 10 minutes",
  ],
};

export function contentTitle(rng: Rng, platformKey: PlatformKey, industry: DemoIndustry): string {
  if (isChinesePlatform(platformKey)) return `${rng.pick(HOOKS_ZH)}${rng.pick(TOPICS_ZH[industry])}`;
  return `${rng.pick(HOOKS_EN)} ${rng.pick(TOPICS_EN[industry])}`;
}

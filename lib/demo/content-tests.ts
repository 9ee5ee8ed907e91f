// Content test groups (the report's 内容测试沙箱). Each variant's totals are
// planned exactly (clicks and interactions allocated over its posts), so the
// story holds for every seed: on Xiaohongshu co-created notes clearly beat
// human and AI notes; on Douyin the two hooks differ by too little to call;
// the Xiaohongshu format test is still running with too little data.
import { addDays, type Day } from "@/lib/metrics/periods";
import type { ContentFormat, ContentOrigin, PlatformKey } from "@/lib/schemas/enums";
import { accountKey, type AccountSpec } from "./accounts";
import { allocate } from "./allocate";
import { contentTitle } from "./content-titles";
import { durationFor, isVideo, postingHour } from "./content-shapes";
import { externalIdFactory } from "./external-ids";
import { PLATFORM_PROFILES } from "./platform-profiles";
import { forkRng, type Rng } from "./prng";
import type { Timeline } from "./timeline";
import type { AccountKey, DemoContentItem, DemoContentTestGroup } from "./types";
import { wallTimeInZone } from "@/lib/metrics/zoned-day";

interface VariantPlan {
  variant: string;
  origin: ContentOrigin;
  format: ContentFormat;
  posts: number;
  impressionsPerPost: number;
  ctr: number;
  interactionRate: number;
  /** seconds watched per view, for video formats */
  dwellSeconds: number | null;
}

interface TestPlan {
  key: string;
  name: string;
  hypothesis: string;
  controlVariant: string;
  platformKey: PlatformKey;
  handle: string;
  /** Monday of the first week, counted in weeks back from the last week */
  startWeeksBack: number;
  /** null: still running */
  days: number | null;
  variants: VariantPlan[];
}

const TEST_PLANS: readonly TestPlan[] = [
  {
    key: "xhs-origin-ai-human-cocreated",
    name: "小红书笔记:AI生成 vs 人工 vs 用户共创 (Xiaohongshu: AI vs human vs co-created)",
    hypothesis: "用户共创笔记的互动率高于人工和AI生成笔记 / Co-created notes earn a higher interaction rate than human or AI-generated ones",
    controlVariant: "human",
    platformKey: "xiaohongshu",
    handle: "qinghe_lab",
    startWeeksBack: 8,
    days: 28,
    variants: [
      { variant: "human", origin: "human", format: "image_note", posts: 9, impressionsPerPost: 80_000, ctr: 0.03, interactionRate: 0.042, dwellSeconds: null },
      { variant: "ai_generated", origin: "ai_generated", format: "image_note", posts: 9, impressionsPerPost: 80_000, ctr: 0.029, interactionRate: 0.036, dwellSeconds: null },
      { variant: "co_created", origin: "co_created", format: "image_note", posts: 9, impressionsPerPost: 80_000, ctr: 0.033, interactionRate: 0.058, dwellSeconds: null },
    ],
  },
  {
    key: "douyin-hook-a-b",
    name: "抖音开头钩子 A/B:痛点式 vs 提问式 (Douyin hook A vs hook B)",
    hypothesis: "提问式开头(B)比痛点式开头(A)点击率更高 / A question hook (B) gets a higher CTR than a pain-point hook (A)",
    controlVariant: "hook_a",
    platformKey: "douyin",
    handle: "anxin_wealth",
    startWeeksBack: 5,
    days: 21,
    variants: [
      { variant: "hook_a", origin: "human", format: "short_video", posts: 7, impressionsPerPost: 22_000, ctr: 0.035, interactionRate: 0.015, dwellSeconds: 7.9 },
      { variant: "hook_b", origin: "human", format: "short_video", posts: 7, impressionsPerPost: 22_000, ctr: 0.0356, interactionRate: 0.0152, dwellSeconds: 8.1 },
    ],
  },
  {
    key: "xhs-format-note-vs-video",
    name: "小红书:图文 vs 短视频 (Xiaohongshu: image note vs short video)",
    hypothesis: "短视频笔记的点击率高于图文笔记 / Video notes get a higher CTR than image notes",
    controlVariant: "image_note",
    platformKey: "xiaohongshu",
    handle: "youxuan_home",
    startWeeksBack: 1,
    days: null,
    variants: [
      { variant: "image_note", origin: "human", format: "image_note", posts: 3, impressionsPerPost: 6_000, ctr: 0.029, interactionRate: 0.045, dwellSeconds: null },
      { variant: "short_video", origin: "human", format: "short_video", posts: 3, impressionsPerPost: 6_000, ctr: 0.033, interactionRate: 0.043, dwellSeconds: 13 },
    ],
  },
];

const round = (x: number): number => Math.max(0, Math.round(x));

function variantItems(
  rng: Rng,
  nextId: () => string,
  plan: TestPlan,
  variant: VariantPlan,
  variantIndex: number,
  window: { start: Day; days: number },
  industry: AccountSpec["industry"],
  timeZone: string,
): DemoContentItem[] {
  const profile = PLATFORM_PROFILES[plan.platformKey];
  const n = variant.posts;
  const impressions = Array.from({ length: n }, () => round(variant.impressionsPerPost * rng.jitter(0.35)));
  const total = impressions.reduce((a, b) => a + b, 0);
  const weights = () => impressions.map((x) => x * rng.jitter(0.15));
  const clicks = allocate(round(total * variant.ctr), weights());
  const interactionTotal = round(total * variant.interactionRate);
  const [likesTotal = 0, commentsTotal = 0, sharesTotal = 0, savesTotal = 0] = allocate(interactionTotal, [
    profile.mix.likes,
    profile.mix.comments,
    profile.mix.shares,
    profile.mix.saves,
  ]);
  const likes = allocate(likesTotal, weights());
  const comments = allocate(commentsTotal, weights());
  const shares = allocate(sharesTotal, weights());
  const saves = allocate(savesTotal, weights());
  const variantCount = plan.variants.length;

  return impressions.map((imp, i) => {
    // Variants interleave over the window so that no variant owns a better week.
    const slot = i * variantCount + variantIndex;
    const day = addDays(window.start, Math.floor((slot * window.days) / (n * variantCount)));
    const duration = durationFor(rng, variant.format);
    const views = round(imp * profile.viewRate * rng.jitter(0.05));
    const dwell = variant.dwellSeconds === null ? null : variant.dwellSeconds * rng.jitter(0.1);
    return {
      accountKey: accountKey(plan.platformKey, plan.handle),
      externalId: nextId(),
      title: contentTitle(rng, plan.platformKey, industry),
      publishedAt: wallTimeInZone(day, postingHour(rng, plan.platformKey), rng.int(0, 59), timeZone).toISOString(),
      format: variant.format,
      origin: variant.origin,
      testGroupKey: plan.key,
      variant: variant.variant,
      impressions: imp,
      reach: profile.frequency === null ? null : round(imp / profile.frequency),
      views,
      clicks: clicks[i] ?? 0,
      likes: likes[i] ?? 0,
      comments: comments[i] ?? 0,
      shares: shares[i] ?? 0,
      saves: saves[i] ?? 0,
      follows: round(imp * profile.followRate * rng.jitter(0.3)),
      watchSeconds: isVideo(variant.format) && dwell !== null && duration !== null ? round(views * Math.min(dwell, duration)) : null,
      durationSeconds: duration,
    };
  });
}

export interface ContentTests {
  groups: DemoContentTestGroup[];
  items: DemoContentItem[];
}

export function generateContentTests(
  specs: readonly AccountSpec[],
  timeline: Timeline,
  timeZone: string,
  seed: number,
  usedIds: (key: AccountKey) => Set<string>,
): ContentTests {
  const groups: DemoContentTestGroup[] = [];
  const items: DemoContentItem[] = [];
  for (const plan of TEST_PLANS) {
    const spec = specs.find((s) => s.platformKey === plan.platformKey && s.handle === plan.handle);
    if (!spec) throw new Error(`content test ${plan.key}: no account ${plan.platformKey}/${plan.handle}`);
    const startDay = addDays(timeline.lastWeekStart, -7 * plan.startWeeksBack);
    const endDay = plan.days === null ? null : addDays(startDay, plan.days - 1);
    // A running test has posts up to the range end only.
    const span = plan.days ?? timeline.days.length - timeline.days.indexOf(startDay);
    groups.push({ key: plan.key, name: plan.name, hypothesis: plan.hypothesis, controlVariant: plan.controlVariant, startDay, endDay });
    const rng = forkRng(seed, `test:${plan.key}`);
    const key = accountKey(plan.platformKey, plan.handle);
    const nextId = externalIdFactory(forkRng(seed, `test-ids:${plan.key}`), plan.platformKey, usedIds(key));
    plan.variants.forEach((variant, index) => {
      items.push(...variantItems(rng, nextId, plan, variant, index, { start: startDay, days: span }, spec.industry, timeZone));
    });
  }
  return { groups, items };
}

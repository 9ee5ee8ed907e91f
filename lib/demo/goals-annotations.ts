// Goals a team would set for the current quarter, the current and last month
// and the last week, and the notes it would leave on the timeline. Money and
// growth targets are derived from the previous quarter, so "on pace" and
// "off pace" both occur whatever the range.
//
// Goal metrics use the KPI keys of the metrics engine (ctr, interactionRate,
// conversionRate, roi, followerGrowthRate, as in lib/reference/benchmark-report)
// or a base measure name (revenue). A money target is stored in minor units
// (fen), like DailyMetric.revenueMinor, so it compares with sums without
// conversion.
import { addDays, daysBetween, monthOf, quarterOf, type Day, type Period } from "@/lib/metrics/periods";
import { accountKey } from "./accounts";
import type { Timeline } from "./timeline";
import type { AccountKey, DemoAccount, DemoAnnotation, DemoDailyMetric, DemoGoal } from "./types";

const FOLLOWER_GOAL_ACCOUNT: AccountKey = accountKey("xiaohongshu", "qinghe_lab");

function previousQuarter(day: Day): Period {
  return quarterOf(addDays(quarterOf(day).start, -1));
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Revenue target for `quarter`: last quarter's daily run rate + 10%, in whole million CNY (as fen). */
function revenueTarget(rows: readonly DemoDailyMetric[], previous: Period, quarter: Period): number {
  let revenue = 0;
  const days = new Set<Day>();
  for (const r of rows) {
    if (r.day < previous.start || r.day > previous.end || r.revenueMinor === null) continue;
    revenue += r.revenueMinor;
    days.add(r.day);
  }
  const perDay = days.size ? revenue / days.size : 0;
  const quarterDays = daysBetween(quarter.start, quarter.end) + 1;
  return Math.max(100_000_000, roundTo(perDay * quarterDays * 1.1, 100_000_000));
}

/** Net follower growth of one account over `period`, relative to its followers at the start. */
function followerGrowth(rows: readonly DemoDailyMetric[], key: AccountKey, period: Period): number {
  const inPeriod = rows.filter((r) => r.accountKey === key && r.day >= period.start && r.day <= period.end);
  const first = inPeriod[0];
  if (!first || first.followers === null) return 0;
  const net = inPeriod.reduce((s, r) => s + (r.follows ?? 0) - (r.unfollows ?? 0), 0);
  const atStart = first.followers - (first.follows ?? 0) + (first.unfollows ?? 0);
  return atStart > 0 ? net / atStart : 0;
}

export function generateGoals(timeline: Timeline, rows: readonly DemoDailyMetric[]): DemoGoal[] {
  const end = timeline.range.end;
  const quarter = quarterOf(end);
  const previous = previousQuarter(end);
  const month = monthOf(end);
  const lastMonth = monthOf(addDays(month.start, -1));
  const lastWeek: Period = { start: timeline.lastWeekStart, end };
  const growthTarget = Math.max(0.02, roundTo(followerGrowth(rows, FOLLOWER_GOAL_ACCOUNT, previous) * 1.1, 0.005));

  const goal = (metric: string, period: Period, periodType: DemoGoal["periodType"], target: number, platformKey: DemoGoal["platformKey"] = null, account: AccountKey | null = null): DemoGoal => ({
    metric,
    platformKey,
    accountKey: account,
    periodType,
    startDay: period.start,
    endDay: period.end,
    target,
  });

  return [
    goal("ctr", quarter, "quarter", 0.032),
    goal("roi", quarter, "quarter", 18),
    goal("revenue", quarter, "quarter", revenueTarget(rows, previous, quarter)),
    goal("followerGrowthRate", quarter, "quarter", growthTarget, "xiaohongshu", FOLLOWER_GOAL_ACCOUNT),
    goal("interactionRate", month, "month", 0.045, "xiaohongshu"),
    goal("interactionRate", lastMonth, "month", 0.018),
    goal("ctr", lastMonth, "month", 0.032),
    goal("conversionRate", lastWeek, "week", 0.12, "wechat_channels"),
  ];
}

export function generateAnnotations(timeline: Timeline, accounts: readonly DemoAccount[], staleKey: AccountKey): DemoAnnotation[] {
  const notes: DemoAnnotation[] = timeline.campaigns.map((c) => ({
    day: c.start,
    text: `${c.nameZh}预热开启 / ${c.nameEn} warm-up starts`,
    platformKey: null,
  }));
  notes.push({
    day: timeline.badWeek.start,
    text: "短链追踪SDK升级故障导致点击回传丢失,同时抖音、快手等平台内容审核限流 / Link-tracking SDK update lost click callbacks while Douyin, Kuaishou and others throttled reach",
    platformKey: null,
  });
  notes.push({
    day: timeline.algorithmChangeDay,
    text: "小红书推荐算法调整,笔记互动率下降约15% / Xiaohongshu feed algorithm change: note interaction down about 15%",
    platformKey: "xiaohongshu",
  });
  const stale = accounts.find((a) => a.key === staleKey);
  if (stale && stale.dataEndDay < timeline.range.end) {
    notes.push({
      day: addDays(stale.dataEndDay, 1),
      text: `${stale.displayName} 主页授权过期,数据停止同步 / ${stale.displayName} page token expired, data sync stopped`,
      platformKey: stale.platformKey,
    });
  }
  return notes.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

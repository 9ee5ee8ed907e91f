// Where things happen in the demo range. Every event is placed relative to
// the range end, so a board opened on any date shows the same story: 618 and
// Double 11 when they fall inside the range (brand events stand in for them
// when they do not), one bad week a couple of months back, one algorithm
// change, one account whose sync stopped.
import { addDays, daysBetween, eachDay, isoDayOfWeek, type Day, type Period } from "@/lib/metrics/periods";
import type { PlatformKey } from "@/lib/schemas/enums";
import type { DemoCampaign } from "./types";

export type CampaignKind = "festival" | "brand_event";

export interface TimelineCampaign extends DemoCampaign {
  kind: CampaignKind;
}

export interface Timeline {
  range: Period;
  days: Day[];
  /** first day of the last week of the range */
  lastWeekStart: Day;
  campaigns: TimelineCampaign[];
  badWeek: Period;
  badWeekPlatforms: PlatformKey[];
  algorithmChangeDay: Day;
}

export const BAD_WEEK_PLATFORMS: readonly PlatformKey[] = [
  "douyin",
  "kuaishou",
  "xiaohongshu",
  "wechat_channels",
  "weibo",
  "bilibili",
];

// Two clean weeks on each side of the bad week, so it stands out against its
// neighbours rather than against a campaign.
const CLEAR_DAYS = 15;

function festivalsInRange(range: Period): TimelineCampaign[] {
  const found: TimelineCampaign[] = [];
  const firstYear = Number(range.start.slice(0, 4));
  const lastYear = Number(range.end.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year += 1) {
    const candidates: TimelineCampaign[] = [
      { key: `618-${year}`, kind: "festival", nameZh: "618年中大促", nameEn: "618 mid-year sale", start: `${year}-05-31`, peak: `${year}-06-18`, end: `${year}-06-20` },
      { key: `double11-${year}`, kind: "festival", nameZh: "双11大促", nameEn: "Double 11", start: `${year}-10-20`, peak: `${year}-11-11`, end: `${year}-11-13` },
    ];
    // The warm-up must be in range and the peak seen, or the spike is not recognisable.
    for (const c of candidates) if (c.start >= addDays(range.start, 7) && c.peak <= range.end) found.push(c);
  }
  return found;
}

function gapBetween(a: Period, b: Period): number {
  if (a.end < b.start) return daysBetween(a.end, b.start);
  if (b.end < a.start) return daysBetween(b.end, a.start);
  return -1;
}

const campaignPeriod = (c: DemoCampaign): Period => ({ start: c.start, end: c.end });

function pickBadWeek(lastWeekStart: Day, range: Period, campaigns: TimelineCampaign[]): Period {
  const weeksBack = [7, 6, 8, 9, 5, 10, 11, 4];
  const candidates = weeksBack
    .map((w) => ({ start: addDays(lastWeekStart, -7 * w), end: addDays(lastWeekStart, -7 * w + 6) }))
    .filter((p) => p.start >= addDays(range.start, CLEAR_DAYS));
  const clear = candidates.find((p) => campaigns.every((c) => gapBetween(p, campaignPeriod(c)) >= CLEAR_DAYS));
  const chosen = clear ?? candidates[0];
  if (!chosen) throw new RangeError("range too short for a bad week");
  return chosen;
}

const BRAND_EVENTS = [
  { key: "brand-super-day", nameZh: "品牌超级日", nameEn: "Brand super day", rampDays: 10 },
  { key: "new-season-launch", nameZh: "新品发布季", nameEn: "New-season launch", rampDays: 12 },
  { key: "members-day", nameZh: "会员日", nameEn: "Members' day", rampDays: 6 },
] as const;

function addBrandEvents(weeks: number, lastWeekStart: Day, range: Period, badWeek: Period, campaigns: TimelineCampaign[]): void {
  const weeksBack = [0.25, 0.55, 0.8].map((f) => Math.round(weeks * f));
  let next = 0;
  for (const w of weeksBack) {
    if (campaigns.length >= 3) break;
    const template = BRAND_EVENTS[next];
    if (!template) break;
    // Peaks on a Friday: launches go live before the weekend.
    const peak = addDays(lastWeekStart, -7 * w + 4);
    const candidate: TimelineCampaign = {
      key: template.key,
      kind: "brand_event",
      nameZh: template.nameZh,
      nameEn: template.nameEn,
      start: addDays(peak, -template.rampDays),
      peak,
      end: addDays(peak, 2),
    };
    const inRange = candidate.start >= addDays(range.start, 7) && candidate.end <= range.end;
    const clear =
      gapBetween(campaignPeriod(candidate), badWeek) >= CLEAR_DAYS &&
      campaigns.every((c) => gapBetween(campaignPeriod(candidate), campaignPeriod(c)) >= 21);
    if (inRange && clear) {
      campaigns.push(candidate);
      next += 1;
    }
  }
}

export function buildTimeline(endDay: Day, weeks: number): Timeline {
  if (isoDayOfWeek(endDay) !== 7) throw new RangeError(`endDay must be a Sunday (last day of an ISO week): ${endDay}`);
  if (!Number.isInteger(weeks) || weeks < 20 || weeks > 104) throw new RangeError(`weeks must be an integer in 20..104: ${weeks}`);
  const range: Period = { start: addDays(endDay, -7 * weeks + 1), end: endDay };
  const lastWeekStart = addDays(endDay, -6);
  const campaigns = festivalsInRange(range);
  const badWeek = pickBadWeek(lastWeekStart, range, campaigns);
  addBrandEvents(weeks, lastWeekStart, range, badWeek, campaigns);
  campaigns.sort((x, y) => (x.peak < y.peak ? -1 : 1));
  return {
    range,
    days: eachDay(range.start, range.end),
    lastWeekStart,
    campaigns,
    badWeek,
    badWeekPlatforms: [...BAD_WEEK_PLATFORMS],
    // A Tuesday about four months back, well away from the bad week.
    algorithmChangeDay: addDays(lastWeekStart, -7 * Math.min(16, weeks - 3) + 1),
  };
}

/**
 * How far into a campaign a day is: 0 outside, rising with the square of the
 * warm-up progress (sales build slowly, then rush) to 1 on the peak day, and
 * falling off over the two days after it.
 */
export function campaignIntensity(campaign: DemoCampaign, day: Day): number {
  if (day < campaign.start || day > campaign.end) return 0;
  if (day <= campaign.peak) {
    const ramp = Math.max(1, daysBetween(campaign.start, campaign.peak));
    return (daysBetween(campaign.start, day) / ramp) ** 2;
  }
  return 0.5 ** daysBetween(campaign.peak, day);
}

export function inPeriod(day: Day, period: Period): boolean {
  return day >= period.start && day <= period.end;
}

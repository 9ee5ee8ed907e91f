// X (Twitter) analytics → account overview → Export data: one row per day,
// newest first, dates like `"Sat, Sep 6, 2025"`.
//   Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts,Profile visits,Create Post,Video views,Media views
// Impressions → impressions; Likes → likes; Bookmarks → saves; Replies →
// comments; New follows → follows; Unfollows → unfollows; Profile visits →
// profileVisits; Video views → views; URL/link clicks (when exported) →
// clicks. Shares: X counts "Shares" (sent by DM, copied link, shared via)
// and "Reposts" separately; both are the "分享" of METRICS.md (passing a
// post on), so shares = Shares + Reposts (unknown if either cell is
// unknown; a missing column adds nothing). Not stored: Engagements (X's own
// total, which also counts clicks and expands — not a base measure),
// Create Post (posts published), Media views (media impressions, not plays).
import type { DailyRecord, PresetNeed } from "../types";
import { parseDay } from "../dates";
import { dateErrorMessage } from "../error-messages";
import {
  accountOf,
  Columns,
  DailyCollector,
  dataRows,
  emptyResult,
  headerLineOf,
  missingColumns,
  note,
  put,
  requireAccount,
  RowReader,
  scoreHeader,
  specHeaders,
  sumOf,
  type BuiltInPreset,
  type HeaderSpec,
} from "./shared";

const C = {
  date: ["Date"],
  impressions: ["Impressions"],
  likes: ["Likes"],
  engagements: ["Engagements"],
  bookmarks: ["Bookmarks"],
  shares: ["Shares"],
  follows: ["New follows"],
  unfollows: ["Unfollows"],
  replies: ["Replies"],
  reposts: ["Reposts"],
  profileVisits: ["Profile visits"],
  createPost: ["Create Post"],
  videoViews: ["Video views"],
  mediaViews: ["Media views"],
  clicks: ["URL Clicks", "Link clicks", "URL clicks"],
};

const SPEC: HeaderSpec = {
  required: [C.date, C.impressions],
  optional: [C.likes, C.engagements, C.bookmarks, C.shares, C.follows, C.unfollows, C.replies, C.reposts, C.profileVisits, C.createPost, C.videoViews, C.mediaViews],
  exclude: [["Post id"], ["Tweet id"], ["Post ID"]],
};

export const xOverviewPreset: BuiltInPreset = {
  key: "x_overview",
  nameEn: "X account overview (daily)",
  nameZh: "X 账号概览（按天）",
  platform: "x",
  kind: "daily",
  headers: specHeaders(SPEC),
  detect: (header) => scoreHeader(header, SPEC),
  needs: (_header, _rows, context): PresetNeed[] => (context.account?.trim() ? [] : ["account"]),
  parse(header, rows, context) {
    const result = emptyResult();
    const cols = new Columns(header.names);
    const headerLine = headerLineOf(header, rows);
    if (missingColumns(cols, SPEC.required, result, headerLine)) return result;
    const i = Object.fromEntries(Object.entries(C).map(([k, aliases]) => [k, cols.find(aliases)])) as Record<keyof typeof C, number>;
    const account = accountOf(context, null);
    const hasAccount = requireAccount(result, headerLine, account);
    if (i.engagements >= 0) note(result, "x_engagements", "Engagements (X's own total) is not stored; interactions are counted from likes, replies, shares, reposts and bookmarks.", "互动总数（X 的汇总口径）不导入；互动按点赞、回复、分享、转发和收藏计算。");
    if (i.reposts >= 0 && i.shares >= 0) note(result, "x_shares", "Shares = Shares + Reposts.", "分享 = Shares + Reposts（转发）。");
    const collector = new DailyCollector(result);
    for (const row of dataRows(rows, result)) {
      const r = new RowReader(row.line, row.cells, cols, result.errors);
      const day = parseDay(r.raw(i.date), { year: context.year, exportDay: context.exportDay, locale: "en-US" });
      if (typeof day !== "string") r.error(i.date, dateErrorMessage(day));
      const m: DailyRecord["measures"] = {};
      put(m, "impressions", r.value(i.impressions, "count", "impressions"));
      put(m, "likes", r.value(i.likes, "count", "likes"));
      put(m, "saves", r.value(i.bookmarks, "count", "saves"));
      put(m, "shares", sumOf([r.value(i.shares, "count", "shares"), r.value(i.reposts, "count", "shares")]));
      put(m, "follows", r.value(i.follows, "count", "follows"));
      put(m, "unfollows", r.value(i.unfollows, "count", "unfollows"));
      put(m, "comments", r.value(i.replies, "count", "comments"));
      put(m, "profileVisits", r.value(i.profileVisits, "count", "profileVisits"));
      put(m, "views", r.value(i.videoViews, "count", "views"));
      put(m, "clicks", r.value(i.clicks, "count", "clicks"));
      if (r.failed || typeof day !== "string" || !hasAccount) continue;
      collector.add({ line: row.line, day, platformKey: "x", account, measures: m }, cols.name(i.date), r.raw(i.date));
    }
    return result;
  },
};

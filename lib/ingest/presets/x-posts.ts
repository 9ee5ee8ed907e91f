// X (Twitter) analytics → content → Export data: one row per post. Also
// reads the legacy Twitter export (every cell quoted, `"-"` for empty,
// `time` as `2020-01-01 12:34 +0000`).
//   Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Replies,Reposts,Profile visits,…,URL Clicks,…
// `Post id` has 19 digits, beyond JavaScript's safe integers: kept as text
// (an id Excel rounded to `1.23E+18` is an error: the real id is lost).
// Impressions; Likes; Replies → comments; Shares + Reposts (Retweets) →
// shares (as in x_overview); Bookmarks → saves; New follows → follows; URL
// clicks → clicks; Video views → views. The account is the handle in the
// post link unless the user chose one.
//
// Posts only, no daily roll-up: the figures are each post's lifetime totals
// as of the export, not the activity of its publish day.
import type { ContentRecord, PresetNeed } from "../types";
import {
  accountOf,
  Columns,
  contentRecord,
  dataRows,
  emptyResult,
  headerLineOf,
  missingColumns,
  note,
  put,
  readPublished,
  RowReader,
  scoreHeader,
  specHeaders,
  sumOf,
  type BuiltInPreset,
  type HeaderSpec,
} from "./shared";

const C = {
  id: ["Post id", "Tweet id", "Post ID"],
  date: ["Date", "time", "Post date"],
  text: ["Post text", "Tweet text", "Text"],
  link: ["Post Link", "Tweet permalink", "Post link"],
  impressions: ["Impressions"],
  likes: ["Likes"],
  engagements: ["Engagements"],
  bookmarks: ["Bookmarks"],
  shares: ["Shares"],
  reposts: ["Reposts", "Retweets"],
  follows: ["New follows", "follows"],
  replies: ["Replies"],
  profileVisits: ["Profile visits", "user profile clicks"],
  clicks: ["URL Clicks", "url clicks", "Link clicks"],
  videoViews: ["Video views"],
};

const SPEC: HeaderSpec = {
  required: [C.id, C.impressions],
  optional: [C.date, C.text, C.link, C.likes, C.engagements, C.bookmarks, C.shares, C.reposts, C.follows, C.replies, C.profileVisits, C.clicks],
  // Meta's content exports also have `Post ID`.
  exclude: [["Page ID"], ["Publish time"]],
};

const HANDLE = /(?:x|twitter)\.com\/([A-Za-z0-9_]{1,15})\/status/i;

export const xPostsPreset: BuiltInPreset = {
  key: "x_posts",
  nameEn: "X posts (per post)",
  nameZh: "X 帖子数据（按帖子）",
  platform: "x",
  kind: "posts",
  headers: specHeaders(SPEC),
  detect: (header) => scoreHeader(header, SPEC),
  needs(header, rows, context) {
    const needs: PresetNeed[] = [];
    const cols = new Columns(header);
    const link = cols.find(C.link);
    if (!context.account?.trim() && !(link >= 0 && rows.some((cells) => HANDLE.test(cells[link] ?? "")))) needs.push("account");
    return needs;
  },
  parse(header, rows, context) {
    const result = emptyResult();
    const cols = new Columns(header.names);
    if (missingColumns(cols, SPEC.required, result, headerLineOf(header, rows))) return result;
    const i = Object.fromEntries(Object.entries(C).map(([k, aliases]) => [k, cols.find(aliases)])) as Record<keyof typeof C, number>;
    note(result, "lifetime_totals", "Figures are each post's lifetime totals: content items are updated, no daily rows are written.", "数据为每条帖子的累计值：只更新作品数据，不写入每日数据。");
    for (const row of dataRows(rows, result)) {
      const r = new RowReader(row.line, row.cells, cols, result.errors);
      const externalId = r.id(i.id);
      if (externalId === null && !r.failed) r.error(i.id, { code: "no_post_id" });
      const account = accountOf(context, HANDLE.exec(r.raw(i.link))?.[1] ?? null);
      if (!account) r.error(i.link, { code: "needs_account" });
      const publishedAt = readPublished(r, i.date, { year: context.year, exportDay: context.exportDay, locale: "en-US" }, context.timeZone);
      const m: ContentRecord["measures"] = {};
      put(m, "impressions", r.value(i.impressions, "count", "impressions"));
      put(m, "likes", r.value(i.likes, "count", "likes"));
      put(m, "comments", r.value(i.replies, "count", "comments"));
      put(m, "shares", sumOf([r.value(i.shares, "count", "shares"), r.value(i.reposts, "count", "shares")]));
      put(m, "saves", r.value(i.bookmarks, "count", "saves"));
      put(m, "follows", r.value(i.follows, "count", "follows"));
      put(m, "clicks", r.value(i.clicks, "count", "clicks"));
      put(m, "views", r.value(i.videoViews, "count", "views"));
      if (r.failed || externalId === null || !account) continue;
      result.posts.push(contentRecord(row.line, "x", account, externalId, r.text(i.text), publishedAt, "post", m));
    }
    return result;
  },
};

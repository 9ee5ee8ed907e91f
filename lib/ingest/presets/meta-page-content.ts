// Meta Business Suite → Insights → Content → Export (Facebook Page): one
// row per post. Columns vary between exports of the same page; header cells
// are partly quoted; descriptions span several lines; `Views` appears twice.
//   "Post ID","Page ID","Page name",Title,Description,"Duration (sec)","Publish time",…,Date,Views,Reach,"Reactions, Comments and Shares",Reactions,Comments,Shares,"Total clicks",Views,…
// externalId = Post ID (text). Publish time `03/18/2025 12:59` is US
// month-first, local wall time (read in the workspace zone).
// Views (the first one) → impressions: in 2024–25 Meta replaced
// "Impressions" with "Views", defined as "the number of times your content
// was played or displayed" — that is METRICS.md's impressions (times shown),
// and it gives CTR and interaction rate their denominator; an older export's
// `Impressions` column is read the same way. The second `Views` column
// (`Views (2)` after locateHeader) is not read: Meta does not say how it
// differs, and in the exports seen it repeats the first. Video plays
// (METRICS.md's views) come from `3-second video views` when present.
// Reach → reach; Reactions (likes and the other reactions) → likes;
// Comments; Shares; Total clicks → clicks. `N/A` and empty cells are
// unknown (null), never 0. Title, else Description → title. Post type →
// format: Reels → short_video, Videos → short/long by Duration (≤ 60 s),
// Live → live, everything else (Photos, Links, Text) → post; Duration only
// for videos. Account = Page name (else Page ID) unless the user chose one.
//
// Posts only, no daily roll-up: the `Date` column says `Lifetime` — the
// figures are each post's lifetime totals; and even a day-scoped export
// lists only the posts, not the page's whole day (reach is not additive).
import type { ContentFormat } from "@/lib/schemas/enums";
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
  type BuiltInPreset,
  type HeaderSpec,
} from "./shared";

const C = {
  id: ["Post ID"],
  pageId: ["Page ID"],
  pageName: ["Page name"],
  title: ["Title"],
  description: ["Description"],
  duration: ["Duration (sec)"],
  published: ["Publish time"],
  postType: ["Post type"],
  date: ["Date"],
  views: ["Views", "Impressions"],
  plays: ["3-second video views", "Video views", "Plays"],
  reach: ["Reach"],
  interactions: ["Reactions, Comments and Shares"],
  reactions: ["Reactions"],
  comments: ["Comments"],
  shares: ["Shares"],
  clicks: ["Total clicks"],
  permalink: ["Permalink"],
};

const SPEC: HeaderSpec = {
  required: [C.id, C.published],
  optional: [C.pageId, C.pageName, C.title, C.description, C.duration, C.postType, C.date, C.views, C.reach, C.interactions, C.reactions, C.comments, C.shares, C.clicks, C.permalink],
};

function formatOf(postType: string | null, duration: number | null | undefined): ContentFormat {
  const t = (postType ?? "").toLowerCase();
  if (/reel/.test(t)) return "short_video";
  if (/live/.test(t)) return "live";
  if (/video/.test(t)) return typeof duration === "number" && duration > 0 && duration <= 60 ? "short_video" : "long_video";
  return "post";
}

export const metaPageContentPreset: BuiltInPreset = {
  key: "meta_page_content",
  nameEn: "Meta Business Suite Facebook Page content (per post)",
  nameZh: "Meta Business Suite Facebook 主页内容（按帖子）",
  platform: "facebook",
  kind: "posts",
  headers: specHeaders(SPEC),
  detect: (header) => scoreHeader(header, SPEC),
  needs(header, rows, context) {
    const needs: PresetNeed[] = [];
    const cols = new Columns(header);
    const name = cols.find(C.pageName);
    const id = cols.find(C.pageId);
    const named = rows.some((cells) => (cells[name] ?? "").trim() !== "" || (cells[id] ?? "").trim() !== "");
    if (!context.account?.trim() && !named) needs.push("account");
    return needs;
  },
  parse(header, rows, context) {
    const result = emptyResult();
    const cols = new Columns(header.names);
    if (missingColumns(cols, SPEC.required, result, headerLineOf(header, rows))) return result;
    const i = Object.fromEntries(Object.entries(C).map(([k, aliases]) => [k, cols.find(aliases)])) as Record<keyof typeof C, number>;
    if (header.names.some((n) => /^views \(\d+\)$/i.test(n))) {
      note(result, "meta_views_twice", "`Views` appears twice: the first column is imported, as impressions (Meta's Views counts times shown).", "“Views”列出现两次：导入第一列，作为曝光（Meta 的 Views 即展示次数）。");
    }
    note(result, "lifetime_totals", "Figures are each post's lifetime totals: content items are updated, no daily rows are written.", "数据为每条帖子的累计值：只更新作品数据，不写入每日数据。");
    for (const row of dataRows(rows, result)) {
      const r = new RowReader(row.line, row.cells, cols, result.errors);
      const externalId = r.id(i.id);
      if (externalId === null && !r.failed) r.error(i.id, { code: "no_post_id" });
      const account = accountOf(context, r.text(i.pageName) ?? r.text(i.pageId));
      if (!account) r.error(i.pageName, { code: "needs_page_account" });
      const publishedAt = readPublished(r, i.published, { locale: "en-US" }, context.timeZone);
      const m: ContentRecord["measures"] = {};
      put(m, "impressions", r.value(i.views, "count", "impressions"));
      put(m, "views", r.value(i.plays, "count", "views"));
      put(m, "reach", r.value(i.reach, "count", "reach"));
      put(m, "likes", r.value(i.reactions, "count", "likes"));
      put(m, "comments", r.value(i.comments, "count", "comments"));
      put(m, "shares", r.value(i.shares, "count", "shares"));
      put(m, "clicks", r.value(i.clicks, "count", "clicks"));
      const duration = r.value(i.duration, "duration", "durationSeconds");
      const format = formatOf(r.text(i.postType), duration);
      if (format === "short_video" || format === "long_video" || format === "live") {
        put(m, "durationSeconds", typeof duration === "number" ? Math.round(duration) : duration);
      }
      if (r.failed || externalId === null || !account) continue;
      result.posts.push(contentRecord(row.line, "facebook", account, externalId, r.text(i.title) ?? r.text(i.description), publishedAt, format, m));
    }
    return result;
  },
};

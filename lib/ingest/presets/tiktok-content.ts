// TikTok Studio → Analytics → Content → Download (`Content.csv`): one row
// per post.
//   "Time","Video title","Video link","Post time","Total likes","Total comments","Total shares","Total views"
// `Time` is the export day (not the post day) and, like `Post time`, has no
// year. The export day is settled first (the user's year, or the context's
// export day), and each post day is then the latest such date not after it.
// externalId = the numeric video id in the link (kept as text); the account
// is the `@handle` in the link unless the user chose one.
//
// Posts only, no daily roll-up: the figures are each post's lifetime totals
// on the export day ("Total likes"), not what happened on the post day, so
// summing them into the publish day would invent daily numbers.
import { partsToDay, resolveYear, type DateContext } from "../dates";
import type { ContentRecord, PresetNeed } from "../types";
import {
  accountOf,
  Columns,
  contentRecord,
  dataRows,
  emptyResult,
  hasYearlessDates,
  headerLineOf,
  missingColumns,
  note,
  partsOf,
  put,
  readPublished,
  RowReader,
  scoreHeader,
  specHeaders,
  yearlessContext,
  yearlessMonthDays,
  yearlessReading,
  type BuiltInPreset,
  type HeaderSpec,
} from "./shared";

const C = {
  time: ["Time", "Hora", "时间"],
  title: ["Video title", "Título del video", "视频标题"],
  link: ["Video link", "Enlace del video", "视频链接"],
  postTime: ["Post time", "Hora de publicación", "发布时间"],
  likes: ["Total likes", "Likes"],
  comments: ["Total comments", "Comments"],
  shares: ["Total shares", "Shares"],
  views: ["Total views", "Video views", "Views"],
};

const SPEC: HeaderSpec = {
  required: [C.link, C.postTime],
  optional: [C.time, C.title, C.likes, C.comments, C.shares, C.views],
};

const VIDEO_ID = /\/(?:video|photo)\/(\d+)/;
const HANDLE = /tiktok\.com\/(@[^/?#\s]+)/i;

/** The export day's month-day from `Time` (all rows share it); null when the column is absent or empty. */
function exportMonthDay(rows: readonly { cells: string[] }[], index: number): { month: number; day: number; year: number | null } | null {
  if (index < 0) return null;
  for (const row of rows) {
    const p = partsOf(row.cells[index] ?? "");
    if (p) return { month: p.month, day: p.day, year: p.year };
  }
  return null;
}

function dateContextFor(context: Parameters<BuiltInPreset["parse"]>[2], rows: readonly { cells: string[] }[], timeIndex: number, postIndex: number): DateContext | null {
  const md = exportMonthDay(rows, timeIndex);
  if (md) {
    const year = md.year ?? (context.year !== undefined ? context.year : context.exportDay ? resolveYear(md.month, md.day, { exportDay: context.exportDay }) : null);
    if (typeof year !== "number") return null;
    const exportDay = partsToDay({ year, month: md.month, day: md.day, hour: 0, minute: 0, second: 0, hasTime: false, offsetMinutes: null });
    return exportDay ? { exportDay } : null;
  }
  const ctx = yearlessContext(context, yearlessMonthDays(rows, postIndex));
  return ctx.exportDay || ctx.year !== undefined ? ctx : null;
}

export const tiktokContentPreset: BuiltInPreset = {
  key: "tiktok_content",
  nameEn: "TikTok Studio Content (per post)",
  nameZh: "TikTok Studio 作品数据（按作品）",
  platform: "tiktok",
  kind: "posts",
  headers: specHeaders(SPEC),
  detect: (header) => scoreHeader(header, SPEC),
  needs(header, rows, context) {
    const needs: PresetNeed[] = [];
    const cols = new Columns(header);
    const yearless = hasYearlessDates(rows, cols.find(C.postTime)) || hasYearlessDates(rows, cols.find(C.time));
    if (yearless && context.year === undefined && !context.exportDay) needs.push("year");
    const linkIndex = cols.find(C.link);
    const handles = linkIndex >= 0 && rows.some((cells) => HANDLE.test(cells[linkIndex] ?? ""));
    if (!context.account?.trim() && !handles) needs.push("account");
    return needs;
  },
  // The year the user gives is the export day's (the Time column), so that column's reading is the one to show.
  yearless: (header, rows, context) => yearlessReading(context, rows, new Columns(header).find(C.time)),
  parse(header, rows, context) {
    const result = emptyResult();
    const cols = new Columns(header.names);
    const headerLine = headerLineOf(header, rows);
    if (missingColumns(cols, SPEC.required, result, headerLine)) return result;
    const i = {
      time: cols.find(C.time),
      title: cols.find(C.title),
      link: cols.find(C.link),
      postTime: cols.find(C.postTime),
      likes: cols.find(C.likes),
      comments: cols.find(C.comments),
      shares: cols.find(C.shares),
      views: cols.find(C.views),
    };
    const data = dataRows(rows, result);
    const dateContext = dateContextFor(context, data, i.time, i.postTime);
    note(result, "lifetime_totals", "Figures are each post's lifetime totals: content items are updated, no daily rows are written.", "数据为每个作品的累计值：只更新作品数据，不写入每日数据。");
    for (const row of data) {
      const r = new RowReader(row.line, row.cells, cols, result.errors);
      const link = r.raw(i.link).trim();
      const externalId = VIDEO_ID.exec(link)?.[1] ?? null;
      if (!externalId) r.error(i.link, { code: "no_video_id_in_link" });
      const account = accountOf(context, HANDLE.exec(link)?.[1] ?? null);
      if (!account) r.error(i.link, { code: "no_handle_in_link" });
      const publishedAt = readPublished(r, i.postTime, dateContext ?? {}, context.timeZone);
      const measures: ContentRecord["measures"] = {};
      put(measures, "likes", r.value(i.likes, "count", "likes"));
      put(measures, "comments", r.value(i.comments, "count", "comments"));
      put(measures, "shares", r.value(i.shares, "count", "shares"));
      put(measures, "views", r.value(i.views, "count", "views"));
      if (r.failed || !externalId || !account) continue;
      const format = /\/photo\//.test(link) ? "image_note" : "short_video";
      result.posts.push(contentRecord(row.line, "tiktok", account, externalId, r.text(i.title), publishedAt, format, measures));
    }
    return result;
  },
};

// TikTok Studio → Analytics → Overview → Download (`Overview.csv`): one row
// per day of the chosen range, every cell quoted.
//   "Date","Video Views","Profile Views","Likes","Comments","Shares"
// Daily figures of the account: Video Views → views, Profile Views →
// profileVisits, Likes, Comments (can be negative: deleted comments; kept),
// Shares. Dates have no year (`April 12`, `8 de marzo` in a Spanish UI): the
// year comes from the user (the year of the file's latest dates) or the
// export day; a Dec→Jan range is placed across the two years. The file does
// not name the account, so the user chooses it.
import { parseDay, type DateContext } from "../dates";
import { dateErrorMessage } from "../error-messages";
import type { DailyRecord, PresetNeed } from "../types";
import {
  accountOf,
  Columns,
  DailyCollector,
  dataRows,
  emptyResult,
  hasYearlessDates,
  headerLineOf,
  missingColumns,
  put,
  requireAccount,
  RowReader,
  scoreHeader,
  specHeaders,
  yearlessContext,
  yearlessMonthDays,
  type BuiltInPreset,
  type HeaderSpec,
} from "./shared";

const C = {
  date: ["Date", "Fecha", "Data", "Datum", "Tanggal", "日期"],
  views: ["Video Views", "Video views", "Visualizaciones de videos", "Visualizações de vídeo", "视频观看次数"],
  profile: ["Profile Views", "Profile views", "Visualizaciones del perfil", "主页访问量"],
  likes: ["Likes", "Me gusta", "Curtidas", "点赞数"],
  comments: ["Comments", "Comentarios", "Comentários", "评论数"],
  shares: ["Shares", "Veces compartido", "Compartilhamentos", "分享次数"],
};

const SPEC: HeaderSpec = {
  required: [C.date, C.views],
  optional: [C.profile, C.likes, C.comments, C.shares],
  exclude: [["Video link"], ["Total views"], ["Impressions"]],
};

export const tiktokOverviewPreset: BuiltInPreset = {
  key: "tiktok_overview",
  nameEn: "TikTok Studio Overview (daily)",
  nameZh: "TikTok Studio 概览（按天）",
  platform: "tiktok",
  kind: "daily",
  headers: specHeaders(SPEC),
  detect: (header) => scoreHeader(header, SPEC),
  needs(header, rows, context) {
    const needs: PresetNeed[] = [];
    const cols = new Columns(header);
    if (context.year === undefined && !context.exportDay && hasYearlessDates(rows, cols.find(C.date))) needs.push("year");
    if (!context.account?.trim()) needs.push("account");
    return needs;
  },
  parse(header, rows, context) {
    const result = emptyResult();
    const cols = new Columns(header.names);
    if (missingColumns(cols, SPEC.required, result, headerLineOf(header, rows))) return result;
    const i = {
      date: cols.find(C.date),
      views: cols.find(C.views),
      profile: cols.find(C.profile),
      likes: cols.find(C.likes),
      comments: cols.find(C.comments),
      shares: cols.find(C.shares),
    };
    const data = dataRows(rows, result);
    const dateContext: DateContext = yearlessContext(context, yearlessMonthDays(data, i.date));
    const account = accountOf(context, null);
    const hasAccount = requireAccount(result, headerLineOf(header, rows), account);
    const collector = new DailyCollector(result);
    for (const row of data) {
      const r = new RowReader(row.line, row.cells, cols, result.errors);
      const day = parseDay(r.raw(i.date), dateContext);
      if (typeof day !== "string") r.error(i.date, dateErrorMessage(day));
      const measures: DailyRecord["measures"] = {};
      put(measures, "views", r.value(i.views, "count", "views"));
      put(measures, "profileVisits", r.value(i.profile, "count", "profileVisits"));
      put(measures, "likes", r.value(i.likes, "count", "likes"));
      put(measures, "comments", r.value(i.comments, "count", "comments"));
      put(measures, "shares", r.value(i.shares, "count", "shares"));
      if (r.failed || typeof day !== "string" || !hasAccount) continue;
      collector.add({ line: row.line, day, platformKey: "tiktok", account, measures }, cols.name(i.date), r.raw(i.date));
    }
    return result;
  },
};

// YouTube Studio → Analytics → Advanced mode → Export → `Table data.csv`
// (content dimension): one row per video, after a `Total` row (skipped, and
// said in `skipped`). The columns depend on the metrics the user picked, so
// every one is optional except the video id and views.
//   Content,Video title,Video publish time,Duration,…,Views,Watch time (hours),Subscribers,…,Impressions,Impressions click-through rate (%)
// Views → views; Watch time (hours) → watchSeconds (exact decimal rounding);
// Subscribers (net, can be negative) → follows, else Subscribers gained;
// Likes, Comments added, Shares; Impressions → impressions; Duration
// (H:MM:SS or seconds) → durationSeconds. YouTube has no link-click count
// here: when the file has no clicks column, clicks = round(impressions ×
// CTR / 100) from `Impressions click-through rate (%)` (YouTube's own
// definition: views that started from an impression), and a note says so.
// Percent columns are plain numbers in points (`5.19` = 5.19%).
//
// externalId = `Content`, the 11-character video id. Ids may start with `-`
// (kept: it is part of the id). A space before an id is not part of it
// (YouTube ids use only A–Z a–z 0–9 _ -): a cell that is a valid id once
// trimmed is trimmed; anything else is kept exactly as given so nothing is
// lost. A blank publish time (private or unlisted-then-deleted videos) is
// null. Format: Shorts-only metrics (`Viewed (vs. swiped away) (%)`) filled,
// or a duration ≤ 60 s → short_video; otherwise long_video.
//
// Posts only, no daily roll-up: the figures are totals over the report's
// date range (often "lifetime"), not per day; the `Total` row is a range
// total too, so nothing here can be placed on a day.
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
  requireAccount,
  RowReader,
  scoreHeader,
  specHeaders,
  type BuiltInPreset,
  type HeaderSpec,
} from "./shared";

const C = {
  content: ["Content", "Video", "Contenido", "内容"],
  title: ["Video title", "Título del video", "视频标题"],
  published: ["Video publish time", "Publish time", "Hora de publicación del video", "视频发布时间"],
  duration: ["Duration", "Duración", "时长"],
  views: ["Views", "Visualizaciones", "观看次数"],
  watchHours: ["Watch time (hours)", "Tiempo de visualización (horas)", "观看时长（小时）"],
  subscribers: ["Subscribers", "Suscriptores", "订阅人数"],
  subscribersGained: ["Subscribers gained", "订阅人数增加"],
  likes: ["Likes", "Me gusta", "顶"],
  comments: ["Comments added", "Comments", "添加的评论"],
  shares: ["Shares", "Veces compartido", "分享次数"],
  impressions: ["Impressions", "Impresiones", "展示次数"],
  ctr: ["Impressions click-through rate (%)", "Porcentaje de clics de las impresiones (%)", "展示点击率 (%)"],
  clicks: ["Clicks"],
  swiped: ["Viewed (vs. swiped away) (%)", "Stayed to watch (%)"],
  feed: ["Shown in feed"],
  avgViewed: ["Average percentage viewed (%)"],
};

const SPEC: HeaderSpec = {
  required: [C.content, C.views],
  optional: [C.title, C.published, C.duration, C.watchHours, C.subscribers, C.subscribersGained, C.impressions, C.ctr, C.swiped, C.feed, C.avgViewed, C.likes],
};

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

function videoId(raw: string): string {
  const unquoted = raw.replace(/^"(.*)"$/s, "$1");
  const trimmed = unquoted.trim();
  return YOUTUBE_ID.test(trimmed) ? trimmed : unquoted;
}

export const youtubeTablePreset: BuiltInPreset = {
  key: "youtube_table",
  nameEn: "YouTube Studio Table data (per video)",
  nameZh: "YouTube Studio 表格数据（按视频）",
  platform: "youtube",
  kind: "posts",
  headers: specHeaders(SPEC),
  detect(header) {
    const score = scoreHeader(header, SPEC);
    // `Content` and `Views` alone are common words: also ask for a YouTube-only column.
    const cols = new Columns(header);
    return [C.watchHours, C.ctr, C.swiped, C.published, C.subscribersGained].some((g) => cols.has(g)) ? score : 0;
  },
  needs: (_header, _rows, context): PresetNeed[] => (context.account?.trim() ? [] : ["account"]),
  parse(header, rows, context) {
    const result = emptyResult();
    const cols = new Columns(header.names);
    const headerLine = headerLineOf(header, rows);
    if (missingColumns(cols, SPEC.required, result, headerLine)) return result;
    const i = Object.fromEntries(Object.entries(C).map(([k, aliases]) => [k, cols.find(aliases)])) as Record<keyof typeof C, number>;
    const account = accountOf(context, null);
    const hasAccount = requireAccount(result, headerLine, account);
    const deriveClicks = i.clicks < 0 && i.impressions >= 0 && i.ctr >= 0;
    if (deriveClicks) {
      note(
        result,
        "youtube_clicks_from_ctr",
        "Clicks = impressions × impressions click-through rate (YouTube gives no click count in this export).",
        "点击数 = 展示次数 × 展示点击率（该导出不含点击数）。",
      );
    }
    note(result, "range_totals", "Figures are totals over the report's date range: content items are updated, no daily rows are written.", "数据为报告所选时间范围内的合计：只更新作品数据，不写入每日数据。");
    for (const row of dataRows(rows, result)) {
      const r = new RowReader(row.line, row.cells, cols, result.errors);
      const externalId = videoId(r.raw(i.content));
      if (externalId.trim() === "") r.error(i.content, { code: "no_video_id" });
      const publishedAt = readPublished(r, i.published, { locale: "en-US" }, context.timeZone);
      const measures: ContentRecord["measures"] = {};
      const views = r.value(i.views, "count", "views");
      put(measures, "views", views);
      put(measures, "watchSeconds", r.value(i.watchHours, "hours", "watchSeconds"));
      const net = r.value(i.subscribers, "count", "follows");
      put(measures, "follows", net !== undefined ? net : r.value(i.subscribersGained, "count", "follows"));
      put(measures, "likes", r.value(i.likes, "count", "likes"));
      put(measures, "comments", r.value(i.comments, "count", "comments"));
      put(measures, "shares", r.value(i.shares, "count", "shares"));
      const impressions = r.value(i.impressions, "count", "impressions");
      put(measures, "impressions", impressions);
      if (deriveClicks) put(measures, "clicks", r.product(impressions, r.value(i.ctr, "ratePoints"), i.ctr));
      else put(measures, "clicks", r.value(i.clicks, "count", "clicks"));
      const duration = r.value(i.duration, "duration", "durationSeconds");
      put(measures, "durationSeconds", duration === undefined || duration === null ? duration : Math.round(duration));
      const swiped = r.text(i.swiped);
      const format = swiped !== null || (typeof duration === "number" && duration <= 60) ? "short_video" : "long_video";
      if (r.failed || !hasAccount) continue;
      result.posts.push(contentRecord(row.line, "youtube", account, externalId, r.text(i.title), publishedAt, format, measures));
    }
    return result;
  },
};

// 小红书创作服务平台 → 数据中心 → 笔记数据 → 导出 (.xlsx; unverified layout:
// matched by names): one row per note.
//   笔记标题,首次发布时间,体裁,曝光,观看量,封面点击率,点赞,评论,收藏,涨粉,分享,人均观看时长
// 曝光 → impressions; 观看量 → views; 点赞 → likes; 评论 → comments; 收藏 →
// saves; 分享 → shares; 涨粉 → follows. clicks = round(曝光 × 封面点击率)
// where both are known (a cover click is what turns an impression into a
// view; a note says it is derived); the rate is `12.5%` or a fraction
// (`0.125`, as a percent-formatted xlsx cell arrives). watchSeconds =
// round(人均观看时长 × 观看量): 人均 is "per viewer", and the export has no
// viewer count, so this treats it as per view — the dwell KPI (watch ÷
// views) then equals the figure the platform shows; a note says so.
// 首次发布时间 like `2024年01月05日12时30分45秒`. 体裁: 视频 → short_video,
// 图文 → image_note.
// externalId: 笔记ID when present, else the publish time (see douyin_works).
//
// Posts only, no daily roll-up: the figures are each note's totals since
// publishing.
import type { ContentRecord, PresetNeed } from "../types";
import { formatFromGenre } from "./douyin-works";
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
  SyntheticIds,
  type BuiltInPreset,
  type HeaderSpec,
} from "./shared";

const C = {
  title: ["笔记标题", "笔记名称"],
  id: ["笔记ID", "笔记id", "note_id"],
  published: ["首次发布时间", "发布时间"],
  genre: ["体裁", "笔记类型"],
  impressions: ["曝光", "曝光量", "曝光数"],
  views: ["观看量", "观看数", "阅读量"],
  coverCtr: ["封面点击率"],
  likes: ["点赞", "点赞数"],
  comments: ["评论", "评论数"],
  saves: ["收藏", "收藏数"],
  follows: ["涨粉", "涨粉数"],
  shares: ["分享", "分享数"],
  avgWatch: ["人均观看时长", "平均观看时长"],
};

const SPEC: HeaderSpec = {
  required: [C.title, C.views],
  optional: [C.published, C.genre, C.impressions, C.coverCtr, C.likes, C.comments, C.saves, C.follows, C.shares, C.avgWatch],
};

export const xiaohongshuNotesPreset: BuiltInPreset = {
  key: "xiaohongshu_notes",
  nameEn: "Xiaohongshu note data (per note)",
  nameZh: "小红书笔记数据（按笔记）",
  platform: "xiaohongshu",
  kind: "posts",
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
    const ids = new SyntheticIds();
    if (i.id < 0) note(result, "synthetic_id", "The export has no note id: notes are identified by their publish time.", "导出文件没有笔记 ID：以发布时间识别笔记。");
    if (i.impressions >= 0 && i.coverCtr >= 0) note(result, "clicks_from_cover_ctr", "Clicks = impressions × cover click rate.", "点击数 = 曝光 × 封面点击率。");
    if (i.avgWatch >= 0) note(result, "watch_from_average", "Watch time = average watch time per viewer × views (the export has no viewer count).", "观看总时长 = 人均观看时长 × 观看量（导出文件没有观看人数）。");
    note(result, "lifetime_totals", "Figures are each note's totals since publishing: content items are updated, no daily rows are written.", "数据为笔记发布以来的累计值：只更新作品数据，不写入每日数据。");
    for (const row of dataRows(rows, result)) {
      const r = new RowReader(row.line, row.cells, cols, result.errors);
      const title = r.text(i.title);
      const publishedAt = readPublished(r, i.published, { year: context.year, exportDay: context.exportDay }, context.timeZone);
      const m: ContentRecord["measures"] = {};
      const impressions = r.value(i.impressions, "count", "impressions");
      const views = r.value(i.views, "count", "views");
      put(m, "impressions", impressions);
      put(m, "views", views);
      put(m, "clicks", r.product(impressions, r.value(i.coverCtr, "rateFraction"), i.coverCtr));
      put(m, "likes", r.value(i.likes, "count", "likes"));
      put(m, "comments", r.value(i.comments, "count", "comments"));
      put(m, "saves", r.value(i.saves, "count", "saves"));
      put(m, "follows", r.value(i.follows, "count", "follows"));
      put(m, "shares", r.value(i.shares, "count", "shares"));
      put(m, "watchSeconds", r.product(views, r.value(i.avgWatch, "duration", "watchSeconds"), i.avgWatch));
      const externalId = i.id >= 0 ? r.id(i.id) : r.failed ? null : ids.next(publishedAt, title);
      if (externalId === null && !r.failed) r.error(i.id >= 0 ? i.id : i.published, { code: i.id >= 0 ? "no_note_id" : "no_published_note" });
      if (r.failed || externalId === null || !hasAccount) continue;
      result.posts.push(contentRecord(row.line, "xiaohongshu", account, externalId, title, publishedAt, formatFromGenre(r.text(i.genre), "image_note"), m));
    }
    return result;
  },
};

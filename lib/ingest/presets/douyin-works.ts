// 抖音创作者中心 → 数据中心 → 作品数据 → 导出 (unverified layout: matched by
// names, tolerant of extra or missing columns and of unit suffixes such as
// `播放量(次)`): one row per work.
//   作品名称,发布时间,体裁,审核状态,播放量,完播率,5s完播率,封面点击率,2s跳出率,平均播放时长,点赞量,分享量,评论量,收藏量,主页访问量,粉丝增量
// 播放量 → views; 点赞量 → likes; 评论量 → comments; 分享量 → shares; 收藏量
// → saves; 粉丝增量 → follows (net, may be negative); watchSeconds =
// round(平均播放时长 × 播放量) (the average is per play: `18秒` or `9.53`).
// Rates (完播率, 封面点击率, 2s跳出率) are not base measures: not stored; the
// export has no impressions, so 封面点击率 cannot become clicks. 主页访问量 is a
// per-account measure (ContentRecord has none): not stored. 体裁: 视频 →
// short_video, 图文 → image_note, 直播 → live, 文章 → article. Numbers may be
// `1.2万`, `12,345`, `--`.
// externalId: an id column (作品ID / 视频ID / item_id) when there is one (an
// id Excel rounded to `1.00449E+11` is an error: the id is lost); the
// export quoted above has none, so the publish time to the second stands in
// (`published:2026-07-18T06:11:20Z`, numbered when repeated) — it does not
// change when a work is edited, unlike its title.
//
// Posts only, no daily roll-up: the export gives each work's cumulative
// figures since publishing, not the activity of one day.
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
  requireAccount,
  RowReader,
  scoreHeader,
  specHeaders,
  SyntheticIds,
  type BuiltInPreset,
  type HeaderSpec,
} from "./shared";

const C = {
  title: ["作品名称", "作品标题", "视频标题"],
  id: ["作品ID", "作品id", "视频ID", "item_id", "作品编号"],
  published: ["发布时间", "发布日期"],
  genre: ["体裁", "作品类型"],
  review: ["审核状态"],
  views: ["播放量", "播放次数"],
  completion: ["完播率"],
  completion5s: ["5s完播率"],
  coverCtr: ["封面点击率"],
  bounce2s: ["2s跳出率"],
  avgPlay: ["平均播放时长", "平均播放时长(秒)"],
  likes: ["点赞量", "点赞数"],
  shares: ["分享量", "分享数"],
  comments: ["评论量", "评论数"],
  saves: ["收藏量", "收藏数"],
  profileVisits: ["主页访问量"],
  follows: ["粉丝增量", "涨粉量", "新增粉丝"],
};

const SPEC: HeaderSpec = {
  required: [C.title, C.views],
  optional: [C.published, C.genre, C.review, C.completion, C.completion5s, C.coverCtr, C.bounce2s, C.avgPlay, C.likes, C.shares, C.comments, C.saves, C.profileVisits, C.follows],
};

export function formatFromGenre(genre: string | null, fallback: ContentFormat): ContentFormat {
  if (genre === null) return fallback;
  if (/图文|图集|笔记|图片/.test(genre)) return "image_note";
  if (/直播/.test(genre)) return "live";
  if (/文章/.test(genre)) return "article";
  if (/长视频|横屏/.test(genre)) return "long_video";
  if (/视频/.test(genre)) return "short_video";
  return fallback;
}

export const douyinWorksPreset: BuiltInPreset = {
  key: "douyin_works",
  nameEn: "Douyin works data (per work)",
  nameZh: "抖音作品数据（按作品）",
  platform: "douyin",
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
    if (i.id < 0) note(result, "synthetic_id", "The export has no work id: works are identified by their publish time.", "导出文件没有作品 ID：以发布时间识别作品。");
    if (i.avgPlay >= 0 && i.views >= 0) note(result, "watch_from_average", "Watch time = average play time × plays.", "播放总时长 = 平均播放时长 × 播放量。");
    note(result, "lifetime_totals", "Figures are each work's totals since publishing: content items are updated, no daily rows are written.", "数据为作品发布以来的累计值：只更新作品数据，不写入每日数据。");
    for (const row of dataRows(rows, result)) {
      const r = new RowReader(row.line, row.cells, cols, result.errors);
      const title = r.text(i.title);
      const publishedAt = readPublished(r, i.published, { year: context.year, exportDay: context.exportDay }, context.timeZone);
      const m: ContentRecord["measures"] = {};
      const views = r.value(i.views, "count", "views");
      put(m, "views", views);
      put(m, "likes", r.value(i.likes, "count", "likes"));
      put(m, "comments", r.value(i.comments, "count", "comments"));
      put(m, "shares", r.value(i.shares, "count", "shares"));
      put(m, "saves", r.value(i.saves, "count", "saves"));
      put(m, "follows", r.value(i.follows, "count", "follows"));
      put(m, "watchSeconds", r.product(views, r.value(i.avgPlay, "duration", "watchSeconds"), i.avgPlay));
      const externalId = i.id >= 0 ? r.id(i.id) : r.failed ? null : ids.next(publishedAt, title);
      if (externalId === null && !r.failed) r.error(i.id >= 0 ? i.id : i.published, { code: i.id >= 0 ? "no_work_id" : "no_published_work" });
      if (r.failed || externalId === null || !hasAccount) continue;
      result.posts.push(contentRecord(row.line, "douyin", account, externalId, title, publishedAt, formatFromGenre(r.text(i.genre), "short_video"), m));
    }
    return result;
  },
};

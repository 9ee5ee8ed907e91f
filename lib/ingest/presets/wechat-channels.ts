// 视频号助手 → 数据中心 → 作品数据 → 导出 (unverified layout: matched by
// names): one row per video.
//   视频描述,视频ID,发布时间,完播率,平均播放时长,播放量,推荐,喜欢,评论量,分享量,关注量,转发聊天和朋友圈,设为铃声,设为状态,设为朋友圈封面
// 视频ID → externalId (text, kept as given); 视频描述 → title; 发布时间
// (`2026/07/24`) → publishedAt; 播放量 → views; 喜欢 (the heart, a like) →
// likes; 评论量 → comments; 分享量 → shares, or 转发聊天和朋友圈 when the file
// has no 分享量 (it is the forwarding part of sharing, not extra to it);
// 关注量 → follows; watchSeconds = round(平均播放时长 × 播放量) (`12秒`).
// Not stored: 推荐 (the thumbs-up that recommends the video to friends'
// feeds — neither a like nor a share in METRICS.md's sense; a note says
// so), 完播率 (a rate), 设为铃声/状态/朋友圈封面 (no base measure).
// Format: short_video (Channels videos).
//
// Posts only, no daily roll-up: cumulative per video since publishing.
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
  title: ["视频描述", "视频标题", "作品描述"],
  id: ["视频ID", "视频id", "作品ID"],
  published: ["发布时间", "发表时间"],
  completion: ["完播率"],
  avgPlay: ["平均播放时长"],
  views: ["播放量", "播放次数"],
  recommend: ["推荐"],
  likes: ["喜欢", "点赞"],
  comments: ["评论量", "评论"],
  shares: ["分享量", "分享"],
  follows: ["关注量", "新增关注"],
  forwards: ["转发聊天和朋友圈"],
  ringtone: ["设为铃声"],
  status: ["设为状态"],
  momentsCover: ["设为朋友圈封面"],
};

const SPEC: HeaderSpec = {
  required: [C.views],
  optional: [C.title, C.id, C.published, C.completion, C.avgPlay, C.recommend, C.likes, C.comments, C.shares, C.follows, C.forwards, C.ringtone, C.status, C.momentsCover],
};

export const wechatChannelsPreset: BuiltInPreset = {
  key: "wechat_channels",
  nameEn: "WeChat Channels video data (per video)",
  nameZh: "微信视频号作品数据（按视频）",
  platform: "wechat_channels",
  kind: "posts",
  headers: specHeaders(SPEC),
  detect(header) {
    const cols = new Columns(header);
    // 播放量 is Douyin's too: ask for a Channels-only column.
    if (![C.title, C.recommend, C.forwards, C.ringtone, C.momentsCover].some((g) => cols.has(g))) return 0;
    return scoreHeader(header, SPEC);
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
    const ids = new SyntheticIds();
    if (i.recommend >= 0) note(result, "channels_recommend", "推荐 (recommend to friends) is not stored: it is neither a like nor a share.", "“推荐”不导入：它既不是点赞也不是分享。");
    if (i.avgPlay >= 0) note(result, "watch_from_average", "Watch time = average play time × plays.", "播放总时长 = 平均播放时长 × 播放量。");
    note(result, "lifetime_totals", "Figures are each video's totals since publishing: content items are updated, no daily rows are written.", "数据为视频发布以来的累计值：只更新作品数据，不写入每日数据。");
    for (const row of dataRows(rows, result)) {
      const r = new RowReader(row.line, row.cells, cols, result.errors);
      const title = r.text(i.title);
      const publishedAt = readPublished(r, i.published, { year: context.year, exportDay: context.exportDay }, context.timeZone);
      const m: ContentRecord["measures"] = {};
      const views = r.value(i.views, "count", "views");
      put(m, "views", views);
      put(m, "likes", r.value(i.likes, "count", "likes"));
      put(m, "comments", r.value(i.comments, "count", "comments"));
      put(m, "shares", i.shares >= 0 ? r.value(i.shares, "count", "shares") : r.value(i.forwards, "count", "shares"));
      put(m, "follows", r.value(i.follows, "count", "follows"));
      put(m, "watchSeconds", r.product(views, r.value(i.avgPlay, "duration", "watchSeconds"), i.avgPlay));
      const externalId = i.id >= 0 ? r.id(i.id) : r.failed ? null : ids.next(publishedAt, title);
      if (externalId === null && !r.failed) r.error(i.id >= 0 ? i.id : i.published, { code: i.id >= 0 ? "no_video_id" : "no_published_video" });
      if (r.failed || externalId === null || !hasAccount) continue;
      result.posts.push(contentRecord(row.line, "wechat_channels", account, externalId, title, publishedAt, "short_video", m));
    }
    return result;
  },
};

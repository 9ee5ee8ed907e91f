// 微信公众平台 → 数据 → 内容分析 → 已通知内容 → 导出 (.xlsx; unverified
// layout: matched by names): one row per article.
//   内容标题,发表时间,总阅读人数,总阅读次数,总分享人数,总分享次数,阅读后关注人数,送达人数,公众号消息阅读次数,送达阅读率,首次分享次数,分享产生阅读次数,首次分享率,每次分享带来阅读次数,阅读完成率,内容url
// 送达人数 → impressions (followers the article was delivered to: the times
// it was put in front of someone; an upper bound of what was seen);
// 总阅读人数 → reach; 总阅读次数 → views (reads); 总分享次数 → shares;
// 阅读后关注人数 → follows. Rates (送达阅读率, 首次分享率, 阅读完成率) and the
// breakdowns (公众号消息阅读次数, 首次分享次数, 分享产生阅读次数) are not base
// measures. 发表时间 `20220329` → publishedAt (local midnight). Format:
// article. externalId: from 内容url — the `/s/<token>` path, or
// `<mid>_<idx>` of `?__biz=…&mid=…&idx=…` (one push holds several
// articles), else the whole URL; without a URL, the publish day and title.
//
// Platform. There is no `wechat_official_account` key. The choice is
// between `wechat_channels` (public domain, kind short_video) and
// `wechat_private` (private domain). We use `wechat_private`, unless the
// user picks a platform for the import (context.platform wins):
//   - "已通知内容" is content *pushed to subscribers* (送达人数 counts
//     followers reached). An owned audience reached again at no cost is
//     what the product (METRICS.md §5, the public → private journeys) and
//     Chinese practice call 私域 (private domain): 公众号 sits there with
//     企业微信, 社群 and 小程序.
//   - Filing articles under Channels would mix article reads into a
//     short-video platform: its views, CTR and interaction rate would be
//     compared with short-video benchmarks they have nothing to do with.
// Its articles can also be found publicly (search, shares), which is why
// a user who counts the account as public reach can choose otherwise.
//
// Posts only, no daily roll-up: the figures are each article's cumulative
// totals since it was published.
import type { PlatformKey } from "@/lib/schemas/enums";
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
  title: ["内容标题", "文章标题", "标题"],
  published: ["发表时间", "发布时间", "群发时间"],
  readers: ["总阅读人数", "阅读人数"],
  reads: ["总阅读次数", "阅读次数"],
  sharers: ["总分享人数", "分享人数"],
  shares: ["总分享次数", "分享次数"],
  follows: ["阅读后关注人数"],
  delivered: ["送达人数"],
  messageReads: ["公众号消息阅读次数"],
  deliveredReadRate: ["送达阅读率"],
  firstShares: ["首次分享次数"],
  shareReads: ["分享产生阅读次数"],
  firstShareRate: ["首次分享率"],
  readsPerShare: ["每次分享带来阅读次数"],
  completion: ["阅读完成率"],
  url: ["内容url", "文章链接", "原文链接"],
};

const SPEC: HeaderSpec = {
  required: [C.title, C.reads],
  optional: [C.published, C.readers, C.sharers, C.shares, C.follows, C.delivered, C.messageReads, C.deliveredReadRate, C.firstShares, C.shareReads, C.firstShareRate, C.readsPerShare, C.completion, C.url],
};

/** A stable article id from its URL: `/s/<token>`, or `<mid>_<idx>` of the long form. */
export function articleIdFromUrl(url: string): string | null {
  const t = url.trim();
  if (t === "") return null;
  const short = /mp\.weixin\.qq\.com\/s\/([A-Za-z0-9_-]+)/.exec(t);
  if (short) return short[1] as string;
  const mid = /[?&]mid=(\d+)/.exec(t)?.[1];
  const idx = /[?&]idx=(\d+)/.exec(t)?.[1];
  if (mid) return `${mid}_${idx ?? "1"}`;
  return t;
}

export const wechatOfficialAccountPreset: BuiltInPreset = {
  key: "wechat_official_account",
  nameEn: "WeChat Official Account notified content (per article)",
  nameZh: "微信公众号已通知内容（按文章）",
  platform: "wechat_private",
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
    const platform: PlatformKey = context.platform ?? "wechat_private";
    const account = accountOf(context, null);
    const hasAccount = requireAccount(result, headerLine, account);
    if (!context.platform) {
      note(result, "oa_platform", "Official Account articles are filed under WeChat private domain (pushed to subscribers); choose another platform if you count them elsewhere.", "公众号文章归入微信私域（推送给关注者）；如按其他平台统计，请另行选择平台。");
    }
    if (i.delivered >= 0) note(result, "oa_delivered", "Impressions = 送达人数 (followers the article was delivered to).", "曝光 = 送达人数。");
    note(result, "lifetime_totals", "Figures are each article's totals since publishing: content items are updated, no daily rows are written.", "数据为文章发表以来的累计值：只更新作品数据，不写入每日数据。");
    const seen = new Map<string, number>();
    for (const row of dataRows(rows, result)) {
      const r = new RowReader(row.line, row.cells, cols, result.errors);
      const title = r.text(i.title);
      const publishedAt = readPublished(r, i.published, { year: context.year, exportDay: context.exportDay }, context.timeZone);
      const m: ContentRecord["measures"] = {};
      put(m, "impressions", r.value(i.delivered, "count", "impressions"));
      put(m, "reach", r.value(i.readers, "count", "reach"));
      put(m, "views", r.value(i.reads, "count", "views"));
      put(m, "shares", r.value(i.shares, "count", "shares"));
      put(m, "follows", r.value(i.follows, "count", "follows"));
      let externalId = articleIdFromUrl(r.raw(i.url));
      if (externalId === null && (publishedAt || title)) {
        const base = `${publishedAt ? publishedAt.toISOString().slice(0, 10) : "undated"}|${title ?? ""}`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        externalId = n === 1 ? base : `${base}#${n}`;
      }
      if (externalId === null && !r.failed) r.error(i.url >= 0 ? i.url : i.title, { code: "no_url_or_title" });
      if (r.failed || externalId === null || !hasAccount) continue;
      result.posts.push(contentRecord(row.line, platform, account, externalId, title, publishedAt, "article", m));
    }
    return result;
  },
};

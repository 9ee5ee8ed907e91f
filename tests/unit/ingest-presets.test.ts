// Generated files for every layout and quirk, through readTable →
// locateHeader → detectPresets → parse.
import { describe, expect, it } from "vitest";
import writeExcelFile from "write-excel-file/node";
import { CANONICAL_HEADER } from "@/lib/ingest/canonical";
import { detectPresets } from "@/lib/ingest/detect-preset";
import { articleIdFromUrl } from "@/lib/ingest/presets/wechat-official-account";
import { MEASURES } from "@/lib/metrics/measures";
import { importBytes, importText, quoted } from "./ingest-support";

const csv = (rows: readonly (readonly string[])[], sep = ",") => rows.map((r) => r.join(sep)).join("\n") + "\n";

describe("canonical", () => {
  const header = CANONICAL_HEADER.join(",");
  it("reads a full row as the whole truth: every measure key, money in minor units", async () => {
    const text = `${header}\n2026-01-05,douyin,brand,1000,800,500,40,30,5,4,3,12,-2,10000,20,3600,123.45,678.9,7,\n`;
    const { result, detected } = await importText(text, { fileName: "canonical.csv" });
    expect(detected[0]).toMatchObject({ score: 1 });
    expect(detected[0]?.preset.key).toBe("canonical");
    expect(result.errors).toEqual([]);
    expect(result.daily).toHaveLength(1);
    const measures = result.daily[0]!.measures;
    expect(Object.keys(measures).sort()).toEqual([...MEASURES].sort());
    expect(measures).toMatchObject({ impressions: 1000, unfollows: -2, spendMinor: 12345, revenueMinor: 67890, costMinor: null });
  });

  it("with only some measure columns, carries only those keys", async () => {
    const { result } = await importText("date,platform,account,views,spend\n2026-01-05,tiktok,a,10,\n", { fileName: "c.csv" });
    expect(result.daily[0]?.measures).toEqual({ views: 10, spendMinor: null });
    expect(result.notes.map((n) => n.code)).toEqual(["canonical_partial"]);
  });

  it("reports bad values, duplicates, short rows and unknown columns with row, column and reason", async () => {
    const text = "date,platform,account,views\n2026-01-05,tiktok,a,10\n2026-01-05,tiktok,a,11\n2026-13-01,tiktok,a,1\n2026-01-06,myspace,a,-1\n2026-01-07,tiktok\n";
    const { result } = await importText(text, { fileName: "c.csv" });
    expect(result.daily).toHaveLength(1);
    // every error carries its code and the Chinese reason too
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 3, column: "date", value: "2026-01-05", reason: "duplicates line 2 (same platform, account and date)", code: "duplicate_row" }),
      expect.objectContaining({ row: 4, column: "date", value: "2026-13-01", reason: "not a date YYYY-MM-DD" }),
      expect.objectContaining({ row: 5, column: "platform", value: "myspace", reason: "unknown platform key" }),
      expect.objectContaining({ row: 5, column: "views", value: "-1", reason: "cannot be negative" }),
      expect.objectContaining({ row: 6, column: "(row)", value: "2026-01-07,tiktok", reason: "has 2 cells, the header has 4", code: "cell_count" }),
    ]);
    const unknown = await importText("date,platform,account,viewz\n2026-01-05,tiktok,a,10\n", { fileName: "c.csv" }, "canonical");
    expect(unknown.result.errors).toEqual([expect.objectContaining({ row: 1, column: "viewz", value: "viewz", reason: "unknown column", code: "unknown_column" })]);
  });
});

describe("tiktok_overview", () => {
  const file = (dates: string[], extra: string[][] = []) =>
    [quoted(["Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares"]), ...dates.map((d, i) => quoted([d, `${1000 + i}`, "1", "2", "3", "4"])), ...extra.map(quoted)].join("\n");

  it("places a Dec→Jan file across the two years, from the export day or the user's year", async () => {
    const dates = ["December 30", "December 31", "January 1", "January 2"];
    const expected = ["2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02"];
    const fromExport = await importText(file(dates), { fileName: "Overview.csv", exportDay: "2026-01-03", account: "a" });
    expect(fromExport.result.daily.map((d) => d.day)).toEqual(expected);
    const fromYear = await importText(file(dates), { fileName: "Overview.csv", year: 2026, account: "a" });
    expect(fromYear.result.daily.map((d) => d.day)).toEqual(expected);
  });

  it("reads Spanish month names with English headers", async () => {
    const { result } = await importText(file(["8 de marzo", "9 de marzo"]), { fileName: "Overview.csv", year: 2025, account: "a" });
    expect(result.daily.map((d) => d.day)).toEqual(["2025-03-08", "2025-03-09"]);
  });

  it("keeps negative comments, reads 1,234 and --, rejects a duplicate day and negative views", async () => {
    const text = file(
      [],
      [
        ["April 12", "1,591", "7", "10", "-2", "0"],
        ["April 13", "--", "1", "5", "0", "0"],
        ["April 13", "5", "1", "5", "0", "0"],
        ["April 14", "-5", "1", "5", "0", "0"],
        ["Total", "100", "1", "1", "1", "1"],
      ],
    );
    const { result } = await importText(text, { fileName: "Overview.csv", exportDay: "2025-04-20", account: "a" });
    expect(result.daily.map((d) => [d.day, d.measures.views, d.measures.comments])).toEqual([
      ["2025-04-12", 1591, -2],
      ["2025-04-13", null, 0],
    ]);
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 4, column: "Date", value: "April 13", reason: "duplicates line 3 (same platform, account and date)", code: "duplicate_row" }),
      expect.objectContaining({ row: 5, column: "Video Views", value: "-5", reason: "cannot be negative", code: "negative" }),
    ]);
    expect(result.skipped).toEqual([expect.objectContaining({ line: 6, reason: expect.stringContaining("Total"), code: "total_row" })]);
  });

  it("says what it needs and errs per row without it", async () => {
    const { result, needs } = await importText(file(["April 12"]), { fileName: "Overview.csv", account: "a" });
    expect(needs).toEqual(["year"]);
    expect(result.errors).toEqual([expect.objectContaining({ row: 2, column: "Date", value: "April 12", reason: expect.stringContaining("no year"), code: "needs_year" })]);
  });
});

describe("tiktok_content", () => {
  it("takes the post year from the export day in `Time` across the turn of the year", async () => {
    const text = [
      quoted(["Time", "Video title", "Video link", "Post time", "Total likes", "Total comments", "Total shares", "Total views"]),
      quoted(["January 3", "", "https://www.tiktok.com/@shop/video/7590117423970258206", "December 30", "1", "2", "3", "1.2万"]),
      quoted(["January 3", "new", "https://www.tiktok.com/@shop/photo/7598683574904130871", "January 2", "1", "-1", "0", "5"]),
      quoted(["January 3", "bad", "https://www.tiktok.com/@shop/", "January 2", "1", "0", "0", "5"]),
    ].join("\r\n");
    const { result } = await importText(text, { fileName: "Content.csv", year: 2026, timeZone: "UTC" });
    expect(result.posts.map((p) => [p.externalId, p.publishedAt?.toISOString().slice(0, 10), p.format, p.measures.views, p.measures.comments])).toEqual([
      ["7590117423970258206", "2025-12-30", "short_video", 12000, 2],
      ["7598683574904130871", "2026-01-02", "image_note", 5, -1],
    ]);
    expect(result.errors).toEqual([expect.objectContaining({ row: 4, column: "Video link", value: "https://www.tiktok.com/@shop/", reason: "no video id in the link", code: "no_video_id_in_link" })]);
  });
});

describe("youtube_table", () => {
  const header = "Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,Subscribers gained,Impressions,Impressions click-through rate (%),Viewed (vs. swiped away) (%)";
  it("reads durations, blank publish dates, negative subscribers, ids with - or a space", async () => {
    const text = [
      header,
      "Total,,,,300,10.5,1,5,2000,5",
      '-abcDEF_123,"Short, with comma","Sep 27, 2024",0:45,100,1.5,-2,1,1000,4.5,60.1',
      " xyzXYZ09876,Long one,,1:02:03,200,9,3,4,1000,5.5,",
      "7 chars!,Odd id,,12:00,0,0,0,0,0,0,",
    ].join("\n");
    const { result, detected } = await importText(text, { fileName: "Table data.csv", account: "ch" });
    expect(detected[0]?.preset.key).toBe("youtube_table");
    expect(result.errors).toEqual([]);
    expect(result.skipped).toEqual([expect.objectContaining({ line: 2, reason: expect.stringContaining("Total"), code: "total_row" })]);
    expect(result.posts.map((p) => [p.externalId, p.format, p.publishedAt, p.measures])).toEqual([
      [
        "-abcDEF_123",
        "short_video",
        new Date("2024-09-26T16:00:00Z"),
        { views: 100, watchSeconds: 5400, follows: -2, impressions: 1000, clicks: 45, durationSeconds: 45 },
      ],
      ["xyzXYZ09876", "long_video", null, { views: 200, watchSeconds: 32400, follows: 3, impressions: 1000, clicks: 55, durationSeconds: 3723 }],
      ["7 chars!", "long_video", null, { views: 0, watchSeconds: 0, follows: 0, impressions: 0, clicks: 0, durationSeconds: 720 }],
    ]);
  });

  it("uses Subscribers gained when there is no net column, and a clicks column over the CTR", async () => {
    const text = "Content,Video title,Views,Subscribers gained,Impressions,Clicks,Impressions click-through rate (%)\nabcdefghijk,t,10,4,100,7,5\n";
    const { result } = await importText(text, { fileName: "Table data.csv", account: "ch" });
    expect(result.posts[0]?.measures).toEqual({ views: 10, follows: 4, impressions: 100, clicks: 7 });
    expect(result.notes.map((n) => n.code)).not.toContain("youtube_clicks_from_ctr");
  });
});

describe("x_overview and x_posts", () => {
  it("x_overview: shares from Shares alone when there is no Reposts column; `-` is unknown", async () => {
    const text = 'Date,Impressions,Likes,Shares,Replies\n"Sat, Sep 6, 2025",100,-,2,1\n';
    const { result, detected } = await importText(text, { fileName: "account_overview.csv", account: "a" });
    expect(detected[0]?.preset.key).toBe("x_overview");
    expect(result.daily[0]?.measures).toEqual({ impressions: 100, likes: null, shares: 2, comments: 1 });
  });

  it("a second header row of descriptions is skipped, data starts after it", async () => {
    const text = [
      "Date,Impressions,Likes,New follows",
      ",Lifetime: The number of times your posts were seen by people,Daily: The number of likes on your posts,Daily: The number of new people following you",
      '"Mon, Sep 1, 2025","3.4亿",44,1',
    ].join("\n");
    const { result, header } = await importText(text, { fileName: "legacy.csv", account: "a" });
    expect(header.secondRow).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.daily).toEqual([{ line: 3, day: "2025-09-01", platformKey: "x", account: "a", measures: { impressions: 340_000_000, likes: 44, follows: 1 } }]);
  });

  it("x_posts: 19-digit ids as text, handle from the link, Excel-rounded ids rejected", async () => {
    const text = [
      "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Replies,Reposts,Profile visits,URL Clicks",
      '1830154978123456789,"Sat, Sep 6, 2025","hello, world",https://x.com/brand/status/1830154978123456789,1200,10,40,2,1,0,3,4,5,6',
      "1.83015E+18,Sep 5 2025,x,https://x.com/brand/status/1,10,1,1,0,0,0,0,0,0,0",
    ].join("\n");
    const { result, detected, needs } = await importText(text, { fileName: "content.csv" });
    expect(detected[0]?.preset.key).toBe("x_posts");
    expect(needs).toEqual([]);
    expect(result.posts).toEqual([
      {
        line: 2,
        platformKey: "x",
        account: "brand",
        externalId: "1830154978123456789",
        title: "hello, world",
        publishedAt: new Date("2025-09-05T16:00:00Z"),
        format: "post",
        origin: "human",
        measures: { impressions: 1200, likes: 10, comments: 3, shares: 5, saves: 2, follows: 0, clicks: 6 },
      },
    ]);
    expect(result.errors).toEqual([expect.objectContaining({ row: 3, column: "Post id", value: "1.83015E+18", reason: expect.stringContaining("rounded by Excel"), code: "id_rounded_by_excel" })]);
  });

  it("x_posts: legacy Twitter export, every cell quoted, `-` for empty, times with an offset", async () => {
    const text = [
      quoted(["Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements", "engagement rate", "retweets", "replies", "likes", "user profile clicks", "url clicks", "follows"]),
      quoted(["1212345678901234567", "https://twitter.com/olduser/status/1212345678901234567", "Happy new year", "2020-01-01 12:34 +0000", "500", "20", "0.04", "3", "-", "9", "1", "-", "-"]),
    ].join("\n");
    const { result, detected } = await importText(text, { fileName: "tweet_activity.csv" });
    expect(detected[0]?.preset.key).toBe("x_posts");
    expect(result.errors).toEqual([]);
    expect(result.posts[0]).toMatchObject({
      account: "olduser",
      externalId: "1212345678901234567",
      publishedAt: new Date("2020-01-01T12:34:00Z"),
      measures: { impressions: 500, likes: 9, comments: null, shares: 3, follows: null, clicks: null },
    });
  });
});

describe("meta_page_content", () => {
  it("N/A is unknown, the first Views counts, Reels are short videos, multi-line text is kept", async () => {
    const text = [
      '"Post ID","Page ID","Page name",Title,Description,"Duration (sec)","Publish time","Post type",Date,Views,Reach,"Reactions, Comments and Shares",Reactions,Comments,Shares,"Total clicks",Views,"3-second video views"',
      '1234567890123456789,99,"My Page","line one\nline two",,30,"12/01/2025 09:05",Reels,Lifetime,5000,N/A,10,7,2,1,,4000,900',
      '222,99,"My Page",,"only a description",0,"12/02/2025 21:00",Photos,Lifetime,N/A,20,1,1,0,0,3,0,0',
    ].join("\n");
    const { result } = await importText(text, { fileName: "content.csv", timeZone: "UTC" });
    expect(result.errors).toEqual([]);
    expect(result.posts.map((p) => [p.externalId, p.title, p.format, p.publishedAt, p.measures])).toEqual([
      [
        "1234567890123456789",
        "line one\nline two",
        "short_video",
        new Date("2025-12-01T09:05:00Z"),
        { impressions: 5000, views: 900, reach: null, likes: 7, comments: 2, shares: 1, clicks: null, durationSeconds: 30 },
      ],
      ["222", "only a description", "post", new Date("2025-12-02T21:00:00Z"), { impressions: null, views: 0, reach: 20, likes: 1, comments: 0, shares: 0, clicks: 3 }],
    ]);
  });
});

describe("kag_ads", () => {
  const header = "ad_id,xyz_campaign_id,fb_campaign_id,age,gender,interest,Impressions,Clicks,Spent,Total_Conversion,Approved_Conversion";
  it("sums per campaign; a campaign with a bad row is not written at all", async () => {
    const text = [header, "1,916,1,30-34,M,15,100,2,1.4299999999999999,2,1", "2,916,1,30-34,F,16,50,1,0.5,1,0", "3,936,2,35-39,M,10,10,1,abc,0,0", "4,936,2,35-39,M,10,10,1,1,0,0"].join("\r\n");
    const { result } = await importText(text, { fileName: "KAG.csv", day: "2017-08-17" });
    expect(result.daily).toEqual([
      { line: 2, day: "2017-08-17", platformKey: "facebook", account: "campaign_916", measures: { spendMinor: 193, impressions: 150, clicks: 3, conversions: 1 } },
    ]);
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 4, column: "Spent", value: "abc", reason: "not an amount of money", code: "not_money" }),
      expect.objectContaining({ row: 4, column: "(total)", value: "campaign_936", reason: expect.stringContaining("rows 4 have errors"), code: "partial_group" }),
    ]);
  });
});

describe("Chinese platforms", () => {
  it("douyin_works: 万, %, 秒, --, dates with slashes, synthetic ids, 图文", async () => {
    const text = csv([
      ["作品名称", "发布时间", "体裁", "审核状态", "播放量", "完播率", "5s完播率", "封面点击率", "2s跳出率", "平均播放时长", "点赞量", "分享量", "评论量", "收藏量", "主页访问量", "粉丝增量"],
      ["春天的第一杯咖啡", "2026-07-18 14:11:20", "视频", "已通过", "1.2万", "12.5%", "30%", "0.0875", "20%", "18秒", '"1,024"', "--", "35", "12", "8", "-3"],
      ["图文合集", "2026/5/1 20:19", "图文", "已通过", "５００", "-", "-", "-", "-", "9.53", "12", "1", "0", "0", "0", "1"],
      ["同一分钟", "2026/5/1 20:19", "视频", "已通过", "10", "-", "-", "-", "-", "1:05", "1", "0", "0", "0", "0", "0"],
    ]);
    const { result, detected, needs } = await importText(text, { fileName: "作品数据.csv" });
    expect(detected[0]?.preset.key).toBe("douyin_works");
    expect(needs).toEqual(["account"]);
    expect(result.errors).toEqual([expect.objectContaining({ row: 1, column: "(account)", value: "", reason: expect.any(String), code: "needs_account" })]);
    const ok = await importText(text, { fileName: "作品数据.csv", account: "咖啡店" });
    expect(ok.result.errors).toEqual([]);
    expect(ok.result.posts.map((p) => [p.externalId, p.format, p.publishedAt, p.measures])).toEqual([
      [
        "published:2026-07-18T06:11:20Z",
        "short_video",
        new Date("2026-07-18T06:11:20Z"),
        { views: 12000, likes: 1024, comments: 35, shares: null, saves: 12, follows: -3, watchSeconds: 216000 },
      ],
      ["published:2026-05-01T12:19:00Z", "image_note", new Date("2026-05-01T12:19:00Z"), { views: 500, likes: 12, comments: 0, shares: 1, saves: 0, follows: 1, watchSeconds: 4765 }],
      ["published:2026-05-01T12:19:00Z#2", "short_video", new Date("2026-05-01T12:19:00Z"), { views: 10, likes: 1, comments: 0, shares: 0, saves: 0, follows: 0, watchSeconds: 650 }],
    ]);
    expect(ok.result.notes.map((n) => n.code)).toEqual(["synthetic_id", "watch_from_average", "lifetime_totals"]);
  });

  it("douyin_works: an id column Excel rounded is an error on that row", async () => {
    const text = "作品ID,作品名称,发布时间,播放量\n1.00449E+11,a,2026-07-18,5\n7391234567890123456,b,2026-07-18,6\n";
    const { result } = await importText(text, { fileName: "works.csv", account: "a" });
    expect(result.posts.map((p) => p.externalId)).toEqual(["7391234567890123456"]);
    expect(result.errors).toEqual([expect.objectContaining({ row: 2, column: "作品ID", value: "1.00449E+11", reason: expect.stringContaining("rounded by Excel"), code: "id_rounded_by_excel" })]);
  });

  it("douyin_works: watch time beyond a safe integer (plays × a huge average) is an error on the average's cell", async () => {
    // 12,000 plays × 750,599,937,895 s ≈ 9.0e15 s > 2^53: found by the fuzz test, which had stored 2^53.
    const text = "作品名称,发布时间,播放量,平均播放时长\na,2026-07-18 14:11:20,12000,750599937895.0826\nb,2026-07-19 09:00:00,10,5\n";
    const { result } = await importText(text, { fileName: "works.csv", account: "a" });
    expect(result.posts.map((p) => p.measures.watchSeconds)).toEqual([50]);
    expect(result.errors).toEqual([expect.objectContaining({ row: 2, column: "平均播放时长", value: "750599937895.0826", code: "number_too_large" })]);
  });

  it("xiaohongshu_notes from .xlsx: CJK date-times, rate cells as fractions or %, clicks from the cover CTR", async () => {
    const bytes = await writeExcelFile([
      ["小红书笔记数据导出"],
      ["笔记标题", "首次发布时间", "体裁", "曝光", "观看量", "封面点击率", "点赞", "评论", "收藏", "涨粉", "分享", "人均观看时长"],
      ["春季穿搭", "2024年01月05日12时30分45秒", "图文", 12345, 2000, { value: 0.125, format: "0.00%" }, 100, 5, 30, 2, 1, "18秒"],
      ["vlog", "2024年01月06日08时00分00秒", "视频", "1.5万", "3,000", "8.5%", 50, 1, 2, 0, 0, 40.5],
      ["bad rate", "2024年01月07日08时00分00秒", "视频", 100, 10, 12.5, 0, 0, 0, 0, 0, 1],
    ]).toBuffer();
    const { result, detected, header } = await importBytes(new Uint8Array(bytes), { fileName: "笔记数据.xlsx", account: "xhs" });
    expect(header.index).toBe(1);
    expect(detected[0]?.preset.key).toBe("xiaohongshu_notes");
    expect(result.posts.map((p) => [p.format, p.publishedAt, p.measures])).toEqual([
      [
        "image_note",
        new Date("2024-01-05T04:30:45Z"),
        { impressions: 12345, views: 2000, clicks: 1543, likes: 100, comments: 5, saves: 30, follows: 2, shares: 1, watchSeconds: 36000 },
      ],
      ["short_video", new Date("2024-01-06T00:00:00Z"), { impressions: 15000, views: 3000, clicks: 1275, likes: 50, comments: 1, saves: 2, follows: 0, shares: 0, watchSeconds: 121500 }],
    ]);
    expect(result.errors).toEqual([expect.objectContaining({ row: 5, column: "封面点击率", value: "12.5", reason: expect.stringContaining("above 100%"), code: "rate_above_100" })]);
  });

  it("wechat_channels: 视频ID as text, 喜欢 → likes, 2026/07/24, 12秒, full-width digits", async () => {
    const text = csv([
      ["视频描述", "视频ID", "发布时间", "完播率", "平均播放时长", "播放量", "推荐", "喜欢", "评论量", "分享量", "关注量", "转发聊天和朋友圈", "设为铃声", "设为状态", "设为朋友圈封面"],
      ["理财小课堂", "export/UzFfAgtgekIEAQAAAAAAb4MmXUwN0wAAAAstQy6ubaLX4KHWvLEZgBPE", "2026/07/24", "20%", "12秒", "３４５６", "30", "25", "4", "10", "6", "8", "0", "0", "0"],
    ]);
    const { result, detected } = await importText(text, { fileName: "视频号.csv", account: "安信" });
    expect(detected[0]?.preset.key).toBe("wechat_channels");
    expect(result.errors).toEqual([]);
    expect(result.posts[0]).toEqual({
      line: 2,
      platformKey: "wechat_channels",
      account: "安信",
      externalId: "export/UzFfAgtgekIEAQAAAAAAb4MmXUwN0wAAAAstQy6ubaLX4KHWvLEZgBPE",
      title: "理财小课堂",
      publishedAt: new Date("2026-07-23T16:00:00Z"),
      format: "short_video",
      origin: "human",
      measures: { views: 3456, likes: 25, comments: 4, shares: 10, follows: 6, watchSeconds: 41472 },
    });
  });

  it("wechat_official_account: 20220329 dates, ids from the URL, private domain unless the user picks", async () => {
    const text = csv([
      ["内容标题", "发表时间", "总阅读人数", "总阅读次数", "总分享人数", "总分享次数", "阅读后关注人数", "送达人数", "公众号消息阅读次数", "送达阅读率", "首次分享次数", "分享产生阅读次数", "首次分享率", "每次分享带来阅读次数", "阅读完成率", "内容url"],
      ["年终总结", "20220329", "800", "1000", "20", "25", "3", "5000", "600", "0.12", "10", "100", "0.0125", "4", "0.6", "http://mp.weixin.qq.com/s?__biz=MzA3&mid=2650001234&idx=2&sn=abc"],
      ["无链接", "20220330", "1", "1", "0", "0", "0", "10", "1", "0.1", "0", "0", "0", "0", "1", ""],
    ]);
    const { result, detected } = await importText(text, { fileName: "已通知内容.csv", account: "公众号", timeZone: "Asia/Shanghai" });
    expect(detected[0]?.preset.key).toBe("wechat_official_account");
    expect(result.errors).toEqual([]);
    expect(result.posts.map((p) => [p.platformKey, p.externalId, p.format, p.publishedAt, p.measures])).toEqual([
      ["wechat_private", "2650001234_2", "article", new Date("2022-03-28T16:00:00Z"), { impressions: 5000, reach: 800, views: 1000, shares: 25, follows: 3 }],
      ["wechat_private", "2022-03-29|无链接", "article", new Date("2022-03-29T16:00:00Z"), { impressions: 10, reach: 1, views: 1, shares: 0, follows: 0 }],
    ]);
    const picked = await importText(text, { fileName: "x.csv", account: "公众号", platform: "wechat_channels" });
    expect(picked.result.posts[0]?.platformKey).toBe("wechat_channels");
    expect(articleIdFromUrl("https://mp.weixin.qq.com/s/AbC-d_9")).toBe("AbC-d_9");
  });
});

describe("detection is tolerant of extra, missing and reordered columns", () => {
  const layouts: [string, string[]][] = [
    ["canonical", [...CANONICAL_HEADER]],
    ["tiktok_overview", ["Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares"]],
    ["tiktok_content", ["Time", "Video title", "Video link", "Post time", "Total likes", "Total comments", "Total shares", "Total views"]],
    ["youtube_table", ["Content", "Video title", "Video publish time", "Duration", "Views", "Watch time (hours)", "Subscribers", "Impressions", "Impressions click-through rate (%)"]],
    ["x_overview", ["Date", "Impressions", "Likes", "Engagements", "Bookmarks", "Shares", "New follows", "Unfollows", "Replies", "Reposts", "Profile visits", "Create Post", "Video views", "Media views"]],
    ["x_posts", ["Post id", "Date", "Post text", "Post Link", "Impressions", "Likes", "Engagements", "Bookmarks", "Shares", "New follows", "Replies", "Reposts", "Profile visits"]],
    ["meta_page_content", ["Post ID", "Page ID", "Page name", "Title", "Publish time", "Views", "Reach", "Reactions", "Comments", "Shares", "Total clicks"]],
    ["kag_ads", ["ad_id", "xyz_campaign_id", "fb_campaign_id", "age", "gender", "interest", "Impressions", "Clicks", "Spent", "Total_Conversion", "Approved_Conversion"]],
    ["douyin_works", ["作品名称", "发布时间", "体裁", "审核状态", "播放量", "完播率", "5s完播率", "封面点击率", "2s跳出率", "平均播放时长", "点赞量", "分享量", "评论量", "收藏量", "主页访问量", "粉丝增量"]],
    ["xiaohongshu_notes", ["笔记标题", "首次发布时间", "体裁", "曝光", "观看量", "封面点击率", "点赞", "评论", "收藏", "涨粉", "分享", "人均观看时长"]],
    ["wechat_channels", ["视频描述", "视频ID", "发布时间", "完播率", "平均播放时长", "播放量", "推荐", "喜欢", "评论量", "分享量", "关注量", "转发聊天和朋友圈", "设为铃声", "设为状态", "设为朋友圈封面"]],
    ["wechat_official_account", ["内容标题", "发表时间", "总阅读人数", "总阅读次数", "总分享人数", "总分享次数", "阅读后关注人数", "送达人数", "公众号消息阅读次数", "送达阅读率", "内容url"]],
  ];

  it.each(layouts)("%s", (key, header) => {
    const exact = detectPresets(header);
    expect(exact[0]?.preset.key).toBe(key);
    expect(exact[0]?.score).toBeGreaterThan(0.6);
    expect(exact[1]?.score ?? 0).toBeLessThan(exact[0]!.score);
    // reversed, the last two columns dropped, two unknown ones added
    const changed = header.slice(0, -2).reverse().concat(["Something else", "另一列"]);
    const ranked = detectPresets(changed);
    expect(ranked[0]?.preset.key).toBe(key);
    expect(ranked[0]?.score).toBeGreaterThan(0.3);
    expect(ranked.every((r) => r.score > 0)).toBe(true);
  });

  it("finds nothing in an unrelated header", () => {
    expect(detectPresets(["foo", "bar"])).toEqual([]);
    expect(detectPresets([])).toEqual([]);
  });

  it("reads Chinese headers with unit suffixes", () => {
    expect(detectPresets(["作品名称", "发布时间", "播放量(次)", "点赞量（次）", "平均播放时长(秒)"])[0]?.preset.key).toBe("douyin_works");
  });
});

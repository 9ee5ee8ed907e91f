// Every real export in ../shared/realdata imports with the right preset,
// without errors, and with the values the file holds.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ContentRecord } from "@/lib/ingest/types";
import { importBytes } from "./ingest-support";

const REALDATA = path.resolve(process.cwd(), "../shared/realdata");
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(REALDATA, name)));
const byId = (posts: ContentRecord[], id: string) => posts.find((p) => p.externalId === id);

// Outside CI a checkout without ../shared skips these; CI always has it, so there they must run.
describe.skipIf(!fs.existsSync(REALDATA) && !process.env.CI)("real exports", () => {
  it("every file is detected as its own layout, with a clear winner", async () => {
    const expected: Record<string, string> = {
      "tiktok_overview_en.csv": "tiktok_overview",
      "tiktok_content.csv": "tiktok_content",
      "youtube_table_data_shorts.csv": "youtube_table",
      "x_account_overview_analytics.csv": "x_overview",
      "meta_fb_page_content_export.csv": "meta_page_content",
      "kag_conversion_data_campaign1178_subset.csv": "kag_ads",
    };
    expect(fs.readdirSync(REALDATA).sort()).toEqual(Object.keys(expected).sort());
    for (const [file, key] of Object.entries(expected)) {
      const { detected } = await importBytes(read(file), { fileName: file });
      expect(detected[0]?.preset.key, file).toBe(key);
      expect(detected[0]?.score, file).toBeGreaterThan(0.9);
      if (detected[1]) expect(detected[1].score, file).toBeLessThan(detected[0]!.score);
    }
  });

  it("TikTok Overview: year-less days from the export day, every measure", async () => {
    const file = "tiktok_overview_en.csv";
    const bare = await importBytes(read(file), { fileName: file });
    expect(bare.needs).toEqual(["year", "account"]);
    expect(bare.result.daily).toEqual([]);
    expect(bare.result.errors.some((e) => e.column === "(account)")).toBe(true);

    const { result, table } = await importBytes(read(file), { fileName: file, exportDay: "2025-04-19", account: "brand" });
    expect(table.encoding).toBe("utf-8");
    expect(result.errors).toEqual([]);
    expect(result.daily.map((d) => d.day)).toEqual(["2025-04-12", "2025-04-13", "2025-04-14", "2025-04-15", "2025-04-16", "2025-04-17", "2025-04-18"]);
    expect(result.daily[0]).toEqual({
      line: 2,
      day: "2025-04-12",
      platformKey: "tiktok",
      account: "brand",
      measures: { views: 1591, profileVisits: 7, likes: 10, comments: 1, shares: 0 },
    });
    expect(result.daily[6]?.measures).toEqual({ views: 1484, profileVisits: 13, likes: 22, comments: 1, shares: 0 });
    // the year the user gives is the year of the file's dates
    const withYear = await importBytes(read(file), { fileName: file, year: 2024, account: "brand" });
    expect(withYear.result.daily[0]?.day).toBe("2024-04-12");
  });

  it("TikTok Content: 19-digit video ids kept as text, the export day (`Time`) settles the post years", async () => {
    const file = "tiktok_content.csv";
    const bare = await importBytes(read(file), { fileName: file });
    expect(bare.needs).toEqual(["year"]); // the account is the @handle in the links

    const { result } = await importBytes(read(file), { fileName: file, year: 2026, timeZone: "UTC" });
    expect(result.errors).toEqual([]);
    expect(result.daily).toEqual([]); // lifetime totals: no daily roll-up
    expect(result.posts).toHaveLength(13);
    const first = result.posts[0]!;
    expect(first.externalId).toBe("7527623000473079054");
    expect(Number(first.externalId)).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    expect(first).toMatchObject({
      platformKey: "tiktok",
      account: "@haileytupy2.0",
      title: "@Unbrush #unbrush #unbrushplus #unbrushhairbrush",
      format: "short_video",
      origin: "human",
      measures: { likes: 533, comments: 32, shares: 16, views: 191265 },
    });
    // Time = February 28 2026: July 16 is in 2025, January 23 in 2026 (Dec→Jan inside one file)
    expect(first.publishedAt).toEqual(new Date("2025-07-16T00:00:00Z"));
    expect(byId(result.posts, "7590117423970258206")?.publishedAt).toEqual(new Date("2025-12-31T00:00:00Z"));
    expect(byId(result.posts, "7598683574904130871")?.publishedAt).toEqual(new Date("2026-01-23T00:00:00Z"));
    expect(byId(result.posts, "7602008805399940407")?.publishedAt).toEqual(new Date("2026-02-01T00:00:00Z"));
    expect(byId(result.posts, "7531345990947851551")?.title).toBeNull(); // empty title
    // the export day from the context works the same way
    const ctx = await importBytes(read(file), { fileName: file, exportDay: "2026-03-02", timeZone: "UTC" });
    expect(ctx.result.posts.map((p) => p.publishedAt)).toEqual(result.posts.map((p) => p.publishedAt));
  });

  it("YouTube Table data: Total row skipped, hours → seconds, CTR → clicks, ids with - and _ kept", async () => {
    const file = "youtube_table_data_shorts.csv";
    const { result, needs } = await importBytes(read(file), { fileName: file, account: "channel" });
    expect(needs).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.daily).toEqual([]);
    expect(result.skipped).toEqual([expect.objectContaining({ line: 2, reason: expect.stringContaining("Total"), code: "total_row" })]);
    expect(result.posts).toHaveLength(102);
    expect(result.notes.map((n) => n.code)).toContain("youtube_clicks_from_ctr");
    expect(byId(result.posts, "M1fTBQ96BRM")).toEqual({
      line: 3,
      platformKey: "youtube",
      account: "channel",
      externalId: "M1fTBQ96BRM",
      title: "just a normal guy. #selfimprovement  #motivation",
      publishedAt: new Date("2023-12-14T16:00:00Z"), // Dec 15, 2023 in Asia/Shanghai
      format: "short_video",
      origin: "human",
      // 19.3082 h = 69509.52 s; 618 × 4.53% = 27.9954
      measures: { views: 4835, watchSeconds: 69510, follows: 3, likes: 134, impressions: 618, clicks: 28 },
    });
    expect(byId(result.posts, "-GhQQTIylYY")?.measures.views).toBe(203);
    expect(byId(result.posts, "_YOWnhGBjGE")?.measures.likes).toBe(145);
    // an old video without Shorts metrics is a long video
    expect(byId(result.posts, "n1jO45BBHqc")?.format).toBe("long_video");
    // every row is read: the sums match the file's (the skipped Total row also counts videos no longer listed)
    const sum = (k: keyof ContentRecord["measures"]) => result.posts.reduce((a, p) => a + (p.measures[k] ?? 0), 0);
    expect(sum("likes")).toBe(3562); // = Total
    expect(sum("views")).toBe(97001); // Total: 97004
    expect(sum("impressions")).toBe(17946); // Total: 17949
    expect(sum("follows")).toBe(214); // Total: 222
  });

  it("X account overview: newest first, shares = Shares + Reposts, every day once", async () => {
    const file = "x_account_overview_analytics.csv";
    const { result } = await importBytes(read(file), { fileName: file, account: "@brand" });
    expect(result.errors).toEqual([]);
    expect(result.daily).toHaveLength(365);
    expect(new Set(result.daily.map((d) => d.day)).size).toBe(365);
    expect(result.daily[0]?.day).toBe("2025-09-06");
    expect(result.daily.at(-1)?.day).toBe("2024-09-07");
    const aug30 = result.daily.find((d) => d.day === "2025-08-30");
    expect(aug30).toEqual({
      line: 9,
      day: "2025-08-30",
      platformKey: "x",
      account: "@brand",
      measures: { impressions: 35444, likes: 224, saves: 58, shares: 12, follows: 30, unfollows: 2, comments: 28, profileVisits: 145, views: 0 },
    });
  });

  it("Meta Page content: duplicate Views, multi-line text, US dates, posts only", async () => {
    const file = "meta_fb_page_content_export.csv";
    const { result, header, needs } = await importBytes(read(file), { fileName: file });
    expect(needs).toEqual([]); // the page name is in the file
    expect(header.names.filter((n) => n.startsWith("Views"))).toEqual(["Views", "Views (2)"]);
    expect(result.errors).toEqual([]);
    expect(result.daily).toEqual([]);
    expect(result.posts).toHaveLength(48);
    expect(result.notes.map((n) => n.code)).toContain("meta_views_twice");
    const post = byId(result.posts, "960221266197866");
    expect(post).toMatchObject({
      line: 2,
      platformKey: "facebook",
      account: "Oigetit Fake News Filter - South Africa",
      publishedAt: new Date("2025-03-18T04:59:00Z"), // 03/18/2025 12:59 in Asia/Shanghai
      format: "post",
      measures: { impressions: 0, views: 0, reach: 37, likes: 2, comments: 0, shares: 0, clicks: 2 },
    });
    expect(post?.title).toContain("\n\nBester, through his attorney");
    // `Caption type` is N/A in every row: not a measure, and no reason to reject a row
    expect(result.posts.every((p) => /^\d{15}$/.test(p.externalId))).toBe(true);
  });

  it("KAG ads: asks for the day, sums per campaign, spend float noise to exact cents", async () => {
    const file = "kag_conversion_data_campaign1178_subset.csv";
    const bare = await importBytes(read(file), { fileName: file });
    expect(bare.needs).toEqual(["day"]);
    expect(bare.result.daily).toEqual([]);
    expect(bare.result.errors).toEqual([expect.objectContaining({ row: 1, column: "(day)", value: "", reason: expect.stringContaining("no date column"), code: "needs_day" })]);

    const { result, table } = await importBytes(read(file), { fileName: file, day: "2017-08-17" });
    expect(table.records).toHaveLength(626); // CRLF lines
    expect(result.errors).toEqual([]);
    expect(result.daily).toEqual([
      {
        line: 2,
        day: "2017-08-17",
        platformKey: "facebook",
        account: "campaign_1178",
        // Σ round(Spent, 2): 254.049996 → 254.05, 86.33000112 → 86.33, …
        measures: { impressions: 204823716, clicks: 36068, spendMinor: 5566215, conversions: 872 },
      },
    ]);
    const named = await importBytes(read(file), { fileName: file, day: "2017-08-17", account: "fb-ads" });
    expect(named.result.daily[0]?.account).toBe("fb-ads");
  });
});

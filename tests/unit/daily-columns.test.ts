// Packed daily records (daily-columns.ts) and rollup rows summed in pieces
// and merged (RollupBuffer.merge), each checked against the plain route.
import { describe, expect, it } from "vitest";
import { STREAM_CHUNK_ROWS } from "@/lib/ingest/canonical-stream";
import { AccountList, columnsOf, recordAt } from "@/lib/ingest/daily-columns";
import type { DailyRecord } from "@/lib/ingest/types";
import { DAILY_CHUNK } from "@/lib/ingest/write-daily-metrics";
import { MEASURES, type MeasureRow } from "@/lib/metrics/measures";
import { RollupBuffer, type RollupDelta } from "@/lib/metrics/rollup-delta";

const full = (clicks: number | null, impressions: number | null): DailyRecord["measures"] =>
  Object.fromEntries(MEASURES.map((m) => [m, m === "clicks" ? clicks : m === "impressions" ? impressions : 5]));

const records: DailyRecord[] = [
  { line: 2, day: "2026-01-01", platformKey: "douyin", account: "a", measures: full(3, 100) },
  { line: 3, day: "2026-01-01", platformKey: "douyin", account: "b", measures: { clicks: 2.5, impressions: null } },
  { line: 4, day: "2026-01-02", platformKey: "douyin", account: "a", measures: full(null, -4) },
  { line: 5, day: "2026-01-02", platformKey: "wechat_channels", account: "a", measures: { clicks: 7, impressions: 0 } },
];

describe("daily columns", () => {
  it("pack records by the measure keys they carry and give them back as they were (fractions rounded)", () => {
    const accounts = new AccountList();
    const groups = columnsOf(records, accounts);
    expect(groups.map((g) => [g.measures.length, g.size])).toEqual([
      [MEASURES.length, 2],
      [2, 2],
    ]);
    const back = groups.flatMap((g) => Array.from({ length: g.size }, (_, i) => recordAt(g, i)));
    const expected = [records[0], records[2], { ...records[1], measures: { impressions: null, clicks: 3 } }, records[3]];
    expect(back).toEqual(expected);
    // One place per (platform, handle), in the order first named.
    expect(accounts.refs).toEqual([
      { platformKey: "douyin", handle: "a" },
      { platformKey: "douyin", handle: "b" },
      { platformKey: "wechat_channels", handle: "a" },
    ]);
  });

  it("refuse a value that is not a finite number", () => {
    expect(() => columnsOf([{ ...records[1]!, measures: { clicks: Number.POSITIVE_INFINITY } }])).toThrow(/finite/);
  });

  it("come from the reader in chunks the writer takes whole", () => {
    expect(STREAM_CHUNK_ROWS).toBe(DAILY_CHUNK);
  });
});

describe("RollupBuffer.merge", () => {
  const rows: [string, string, string, MeasureRow][] = [
    ["2026-01-01", "douyin", "beauty", { impressions: 100, clicks: 3, reach: null, follows: 2, unfollows: null }],
    ["2026-01-01", "douyin", "other", { impressions: null, clicks: 4, followers: 10 }],
    ["2026-01-01", "douyin", "beauty", { impressions: 50, clicks: null, likes: 6, comments: -1 }],
    ["2026-01-02", "xiaohongshu", "beauty", { impressions: 0, clicks: 0, saves: 1 }],
  ];
  const sorted = (deltas: RollupDelta[]) => [...deltas].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  it("adds rows summed in other buffers as if they had been added here", () => {
    const direct = new RollupBuffer();
    for (const [day, platform, industry, m] of rows) direct.add(day, platform, industry, m);
    const merged = new RollupBuffer();
    for (const piece of [rows.slice(0, 1), rows.slice(1, 3), rows.slice(3)]) {
      const part = new RollupBuffer();
      for (const [day, platform, industry, m] of piece) part.add(day, platform, industry, m);
      merged.merge(part.take());
    }
    expect(merged.size).toBe(direct.size);
    expect(sorted(merged.take())).toEqual(sorted(direct.take()));
  });
});

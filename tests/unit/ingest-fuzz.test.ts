// Properties: any bytes either read as a table or fail with
// UnreadableFileError; presets never throw on any table (mutated real
// exports included) and every error names a row, a column and a reason.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isImportErrorCode } from "@/lib/i18n/messages/import-errors";
import { parseCsv } from "@/lib/ingest/csv";
import { ALL_KNOWN_HEADERS, detectPresets } from "@/lib/ingest/detect-preset";
import { locateHeader } from "@/lib/ingest/header";
import { BUILT_IN_PRESETS } from "@/lib/ingest/presets";
import { readTable, UnreadableFileError } from "@/lib/ingest/read-table";
import type { ImportContext, PresetResult, RawTable } from "@/lib/ingest/types";
import { MEASURES } from "@/lib/metrics/measures";
import { isDay } from "@/lib/metrics/periods";
import { PLATFORM_KEYS } from "@/lib/schemas/enums";

const REALDATA = path.resolve(process.cwd(), "../shared/realdata");
const REAL = fs.existsSync(REALDATA) ? fs.readdirSync(REALDATA).map((f) => fs.readFileSync(path.join(REALDATA, f), "utf8")) : [];
const GENERATED = [
  "作品名称,发布时间,体裁,播放量,平均播放时长,点赞量,粉丝增量\n春天,2026/5/1 20:19,视频,1.2万,18秒,12,-3\n图文,2026-07-18 14:11:20,图文,--,9.53,1,0\n",
  "笔记标题,首次发布时间,体裁,曝光,观看量,封面点击率,点赞,人均观看时长\n穿搭,2024年01月05日12时30分45秒,图文,12345,2000,12.5%,100,18\n",
  "视频描述,视频ID,发布时间,完播率,平均播放时长,播放量,推荐,喜欢\n课,export/abc,2026/07/24,20%,12秒,３４５６,3,4\n",
  "内容标题,发表时间,总阅读人数,总阅读次数,送达人数,内容url\n总结,20220329,800,1000,5000,http://mp.weixin.qq.com/s?mid=1&idx=2\n",
  "Post id,Date,Post text,Post Link,Impressions,Likes,Replies,Reposts\n1830154978123456789,\"Sat, Sep 6, 2025\",hi,https://x.com/a/status/1,10,1,0,0\n",
  "date,platform,account,impressions,spend\n2026-01-05,douyin,a,10,1.50\n2026-01-06,douyin,a,11,\n",
];
const SOURCES = [...REAL, ...GENERATED];

const CONTEXTS: ImportContext[] = [
  { fileName: "f.csv", timeZone: "Asia/Shanghai", currency: "CNY" },
  { fileName: "f.csv", timeZone: "Europe/Berlin", currency: "JPY", year: 2025, account: "acct", day: "2025-03-30", exportDay: "2025-04-19", platform: "wechat_channels" },
  { fileName: "f.csv", timeZone: "Not/AZone", currency: "KWD", exportDay: "2026-01-03" },
];

const PLATFORMS = new Set<string>(PLATFORM_KEYS);
const MEASURE_KEYS = new Set<string>(MEASURES);

function checkResult(result: PresetResult): void {
  for (const e of result.errors) {
    expect(Number.isInteger(e.row) && e.row >= 1, JSON.stringify(e)).toBe(true);
    expect(typeof e.column === "string" && e.column.length > 0, JSON.stringify(e)).toBe(true);
    expect(typeof e.reason === "string" && e.reason.length > 0, JSON.stringify(e)).toBe(true);
    // every reason comes from a code of the catalogue, with its Chinese text
    expect(isImportErrorCode(e.code) && /[\u3400-\u9fff]/.test(e.reasonZh), JSON.stringify(e)).toBe(true);
    expect(typeof e.value).toBe("string");
  }
  for (const s of result.skipped) {
    expect(Number.isInteger(s.line) && s.reason.length > 0).toBe(true);
    expect("code" in s && isImportErrorCode(s.code), JSON.stringify(s)).toBe(true);
  }
  for (const d of result.daily) {
    expect(isDay(d.day), d.day).toBe(true);
    expect(PLATFORMS.has(d.platformKey)).toBe(true);
    expect(d.account.trim().length).toBeGreaterThan(0);
    for (const [k, v] of Object.entries(d.measures)) {
      expect(MEASURE_KEYS.has(k), k).toBe(true);
      expect(v === null || Number.isSafeInteger(v), `${k}=${v}`).toBe(true);
    }
  }
  for (const p of result.posts) {
    expect(typeof p.externalId === "string" && p.externalId.length > 0).toBe(true);
    expect(PLATFORMS.has(p.platformKey)).toBe(true);
    expect(p.publishedAt === null || !Number.isNaN(p.publishedAt.getTime())).toBe(true);
    for (const [k, v] of Object.entries(p.measures)) expect(v === null || Number.isSafeInteger(v), `${k}=${v}`).toBe(true);
  }
}

/** Every built-in preset on the table, whatever its layout: none may throw. */
function runPresets(table: RawTable): void {
  const header = locateHeader(table.records, ALL_KNOWN_HEADERS);
  if (!header) return;
  expect(header.index).toBeGreaterThanOrEqual(0);
  expect(new Set(header.names).size).toBe(header.names.length);
  const ranked = detectPresets(header.names);
  for (const r of ranked) expect(r.score > 0 && r.score <= 1).toBe(true);
  const rows = table.records.slice(header.index + 1 + (header.secondRow ? 1 : 0));
  for (const preset of BUILT_IN_PRESETS) {
    for (const context of CONTEXTS) {
      const needs = preset.needs(header.names, rows.map((r) => r.cells), context);
      expect(Array.isArray(needs)).toBe(true);
      checkResult(preset.parse(header, rows, context));
    }
  }
}

async function readOrReject(bytes: Uint8Array, name: string): Promise<RawTable | null> {
  try {
    const table = await readTable(bytes, name);
    let last = 0;
    for (const r of table.records) {
      expect(r.line).toBeGreaterThan(last);
      last = r.line;
      expect(r.cells.every((c) => typeof c === "string")).toBe(true);
    }
    return table;
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableFileError);
    expect((e as UnreadableFileError).messageZh.length).toBeGreaterThan(0);
    return null;
  }
}

const quoteCell = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

const TOKENS = ["", "--", "-", "N/A", "-1", "-0", "1e309", "1.2万", "３.４亿", "１２", "Total", "合计", "12.5%", "150%", "99999999999999999999", "2026-02-30", "February 29", "1.00449E+11", '"', "\r\n", "0:99", "18秒", "¥1,234.567", "sep=;"];

type Mutation =
  | { op: "drop" | "dup"; row: number; cell: number }
  | { op: "swap"; row: number; a: number; b: number }
  | { op: "set"; row: number; cell: number; value: string }
  | { op: "dropRow" | "dupRow"; row: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom("drop" as const, "dup" as const), row: fc.nat(), cell: fc.nat() }),
  fc.record({ op: fc.constant("swap" as const), row: fc.nat(), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant("set" as const), row: fc.nat(), cell: fc.nat(), value: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 }), fc.double().map(String)) }),
  fc.record({ op: fc.constantFrom("dropRow" as const, "dupRow" as const), row: fc.nat() }),
);

function mutate(text: string, mutations: Mutation[]): string {
  const rows = parseCsv(text).map((r) => [...r.cells]);
  for (const m of mutations) {
    if (rows.length === 0) break;
    const r = m.row % rows.length;
    const cells = rows[r] as string[];
    switch (m.op) {
      case "drop":
        cells.splice(m.cell % Math.max(1, cells.length), 1);
        break;
      case "dup": {
        const i = m.cell % Math.max(1, cells.length);
        cells.splice(i, 0, cells[i] ?? "");
        break;
      }
      case "swap": {
        if (cells.length < 2) break;
        const a = m.a % cells.length;
        const b = m.b % cells.length;
        [cells[a], cells[b]] = [cells[b] as string, cells[a] as string];
        break;
      }
      case "set":
        cells[m.cell % Math.max(1, cells.length)] = m.value;
        break;
      case "dropRow":
        rows.splice(r, 1);
        break;
      case "dupRow":
        rows.splice(r, 0, [...cells]);
        break;
    }
  }
  return rows.map((cells) => cells.map(quoteCell).join(",")).join("\n");
}

describe.skipIf(SOURCES.length === 0)("fuzz", () => {
  it("readTable: random bytes are a table or an UnreadableFileError, nothing else", async () => {
    const prefixes = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0x73, 0x65, 0x70, 0x3d]];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 600 }), fc.constantFrom("a.csv", "a.xlsx", "a.xls", "a"), async (prefix, body, name) => {
        const table = await readOrReject(new Uint8Array([...prefix, ...body]), name);
        if (table) runPresets(table);
      }),
      { numRuns: 300 },
    );
  });

  it("readTable: random text (any separator, quotes, line breaks) never throws but UnreadableFileError", async () => {
    const alphabet = fc.constantFrom(",", ";", "\t", '"', "\n", "\r", "a", "1", "万", " ", "-", "%", "N/A");
    await fc.assert(
      fc.asyncProperty(fc.array(alphabet, { maxLength: 300 }), async (chars) => {
        const table = await readOrReject(new TextEncoder().encode(chars.join("")), "a.csv");
        if (table) runPresets(table);
      }),
      { numRuns: 300 },
    );
  });

  it("presets: structural mutations of valid files (drop, duplicate, reorder, odd values) give row errors, not exceptions", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SOURCES), fc.array(mutation, { minLength: 1, maxLength: 8 }), async (source, mutations) => {
        const table = await readOrReject(new TextEncoder().encode(mutate(source, mutations)), "m.csv");
        if (table) runPresets(table);
      }),
      { numRuns: 120 },
    );
  });

  it("presets: injected quotes, deleted ranges and truncation of valid files", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SOURCES),
        fc.nat(),
        fc.nat(),
        fc.nat({ max: 400 }),
        fc.constantFrom("quote", "delete", "truncate"),
        async (source, at, at2, len, op) => {
          const i = at % (source.length + 1);
          const text =
            op === "quote"
              ? `${source.slice(0, i)}"${source.slice(i, (at2 % (source.length + 1)) || undefined)}"${source.slice((at2 % (source.length + 1)) || source.length)}`
              : op === "delete"
                ? source.slice(0, i) + source.slice(i + len)
                : source.slice(0, i);
          const bytes = new TextEncoder().encode(text);
          const table = await readOrReject(op === "truncate" ? bytes.subarray(0, Math.min(bytes.length, i)) : bytes, "m.csv");
          if (table) runPresets(table);
        },
      ),
      { numRuns: 120 },
    );
  });
});

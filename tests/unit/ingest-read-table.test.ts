import { describe, expect, it } from "vitest";
import writeExcelFile from "write-excel-file/node";
import { decodeText } from "@/lib/ingest/decode";
import { ALL_KNOWN_HEADERS } from "@/lib/ingest/detect-preset";
import { locateHeader, normaliseHeader, uniqueHeaderNames } from "@/lib/ingest/header";
import { dateToText, numberToPlainText, readTable, sniffSeparator, UnreadableFileError } from "@/lib/ingest/read-table";

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);
function utf16(s: string, endian: "le" | "be", bom = true): Uint8Array {
  const out: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (endian === "le") out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

// GBK bytes of a few header words, written by hand (Node cannot encode GBK).
const GBK: Record<string, number[]> = {
  作品名称: [0xd7, 0xf7, 0xc6, 0xb7, 0xc3, 0xfb, 0xb3, 0xc6],
  发布时间: [0xb7, 0xa2, 0xb2, 0xbc, 0xca, 0xb1, 0xbc, 0xe4],
  体裁: [0xcc, 0xe5, 0xb2, 0xc3],
  播放量: [0xb2, 0xa5, 0xb7, 0xc5, 0xc1, 0xbf],
  点赞量: [0xb5, 0xe3, 0xd4, 0xde, 0xc1, 0xbf],
  评论量: [0xc6, 0xc0, 0xc2, 0xdb, 0xc1, 0xbf],
  视频: [0xca, 0xd3, 0xc6, 0xb5],
  测试: [0xb2, 0xe2, 0xca, 0xd4],
  万: [0xcd, 0xf2],
};
/** Text to GBK bytes: ASCII as is, the words above from the table. */
function gbk(text: string): Uint8Array {
  const out: number[] = [];
  let rest = text;
  outer: while (rest.length) {
    for (const [word, bytes] of Object.entries(GBK)) {
      if (rest.startsWith(word)) {
        out.push(...bytes);
        rest = rest.slice(word.length);
        continue outer;
      }
    }
    const c = rest.charCodeAt(0);
    if (c > 0x7f) throw new Error(`no GBK bytes for ${rest[0]}`);
    out.push(c);
    rest = rest.slice(1);
  }
  return new Uint8Array(out);
}

const cells = (t: { records: { cells: string[] }[] }) => t.records.map((r) => r.cells);

describe("decodeText", () => {
  const text = "Date,播放量\n2026-01-01,1\n";
  it("detects UTF-8 with and without a BOM", () => {
    expect(decodeText(utf8(text))).toEqual({ text, encoding: "utf-8" });
    expect(decodeText(withBom(text))).toEqual({ text, encoding: "utf-8-bom" });
  });
  it("detects UTF-16 by its BOM, and without one by its NUL bytes", () => {
    expect(decodeText(utf16(text, "le"))).toEqual({ text, encoding: "utf-16le" });
    expect(decodeText(utf16(text, "be"))).toEqual({ text, encoding: "utf-16be" });
    expect(decodeText(utf16(text, "le", false))).toEqual({ text, encoding: "utf-16le" });
    expect(decodeText(utf16(text, "be", false))).toEqual({ text, encoding: "utf-16be" });
  });
  it("falls back to GB18030 for GBK bytes (the byte table is right)", () => {
    for (const [word, bytes] of Object.entries(GBK)) expect(new TextDecoder("gb18030").decode(new Uint8Array(bytes))).toBe(word);
    expect(decodeText(gbk("作品名称,播放量\n测试,1.2万\n"))).toEqual({ text: "作品名称,播放量\n测试,1.2万\n", encoding: "gb18030" });
  });
  it("keeps a UTF-8 file with one stray byte as UTF-8 instead of garbling it as GB18030", () => {
    const good = utf8("作品名称,发布时间,体裁,播放量,点赞量\n测试,2026-01-01,视频,1,2\n");
    const bytes = new Uint8Array([...good.subarray(0, 13), 0xff, ...good.subarray(13)]); // after "作品名称,"
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text).toContain("\ufffd");
    expect(decoded.text).toContain("点赞量");
  });
});

describe("readTable: text files", () => {
  const rows = [
    ["Date", "Video Views", "Profile Views"],
    ["April 12", "1,591", "7"],
    ["April 13", "1154", "1"],
  ];
  it.each([
    [",", "comma"],
    [";", "semicolon"],
    ["\t", "tab"],
  ])("sniffs the %j separator", async (sep) => {
    const text = rows.map((r) => r.map((c) => (c.includes(sep) || c.includes(",") ? `"${c}"` : c)).join(sep)).join("\n");
    const table = await readTable(utf8(text), "x.csv");
    expect(table.separator).toBe(sep);
    expect(cells(table)).toEqual(rows);
  });

  it("keeps 1-based line numbers with CRLF, blank lines and multi-line quoted cells", async () => {
    const text = 'a,b\r\n"multi\r\nline",2\r\n\r\nx,3\r\n';
    const table = await readTable(utf8(text), "x.csv");
    expect(table.records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["multi\r\nline", "2"] },
      { line: 5, cells: ["x", "3"] },
    ]);
  });

  it("obeys a sep= first line, drops it and keeps the file's line numbers", async () => {
    const table = await readTable(utf8("sep=;\nDate;Views\n2026-01-01;1,5\n"), "x.csv");
    expect(table.separator).toBe(";");
    expect(table.records).toEqual([
      { line: 2, cells: ["Date", "Views"] },
      { line: 3, cells: ["2026-01-01", "1,5"] },
    ]);
  });

  it("reads a Meta per-metric export: UTF-16LE with BOM, sep=, a title line", async () => {
    const text = 'sep=,\r\n"Facebook Page reach"\r\n"Date","Primary"\r\n"2025-03-01T08:00:00","120"\r\n';
    const table = await readTable(utf16(text, "le"), "Reach.csv");
    expect(table.encoding).toBe("utf-16le");
    expect(table.separator).toBe(",");
    expect(table.records.map((r) => r.line)).toEqual([2, 3, 4]);
    const header = locateHeader(table.records, ALL_KNOWN_HEADERS);
    expect(header?.index).toBe(1);
    expect(header?.names).toEqual(["Date", "Primary"]);
  });

  it("reads GBK (Excel on Chinese Windows) CSV", async () => {
    const table = await readTable(gbk("作品名称,发布时间,体裁,播放量,点赞量,评论量\r\n测试,2026/5/1 20:19,视频,1.2万,18,3\r\n"), "works.csv");
    expect(table.encoding).toBe("gb18030");
    expect(cells(table)).toEqual([
      ["作品名称", "发布时间", "体裁", "播放量", "点赞量", "评论量"],
      ["测试", "2026/5/1 20:19", "视频", "1.2万", "18", "3"],
    ]);
  });

  it("reads a file without a trailing newline and with a BOM", async () => {
    const table = await readTable(withBom('"Date","Likes"\n"April 12","10"'), "x.csv");
    expect(table.encoding).toBe("utf-8-bom");
    expect(cells(table)).toEqual([
      ["Date", "Likes"],
      ["April 12", "10"],
    ]);
  });

  it("reads a renamed CSV even when it is called .xlsx", async () => {
    const table = await readTable(utf8("a,b\n1,2\n"), "data.xlsx");
    expect(cells(table)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
});

describe("readTable: rejects what is not a table, in English and Chinese", () => {
  async function rejection(bytes: Uint8Array, name: string): Promise<UnreadableFileError> {
    try {
      await readTable(bytes, name);
    } catch (e) {
      expect(e).toBeInstanceOf(UnreadableFileError);
      return e as UnreadableFileError;
    }
    throw new Error("expected a rejection");
  }
  it("old .xls (BIFF in an OLE2 container)", async () => {
    const e = await rejection(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), "report.xls");
    expect(e.reason).toBe("xls");
    expect(e.message).toContain("save as .xlsx or .csv");
    expect(e.messageZh).toContain("另存为 .xlsx 或 .csv");
  });
  it("binary junk", async () => {
    const junk = new Uint8Array(256).map((_, i) => (i * 37 + 11) % 256);
    expect((await rejection(junk, "photo.csv")).reason).toBe("binary");
  });
  it("a damaged .xlsx", async () => {
    expect((await rejection(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "a.xlsx")).reason).toBe("xlsx");
  });
  it("an empty file", async () => {
    expect((await rejection(new Uint8Array(), "a.csv")).reason).toBe("empty");
    expect((await rejection(utf8("\n\r\n"), "a.csv")).reason).toBe("empty");
  });
  it("an HTML page saved as .xls", async () => {
    expect((await rejection(utf8("<html><table><tr><td>1</td></tr></table></html>"), "a.xls")).reason).toBe("html");
  });
});

describe("readTable: .xlsx", () => {
  it("reads a generated workbook: first non-empty sheet, numbers as plain text, dates as days", async () => {
    const bytes = await writeExcelFile([
      {
        sheet: "Empty",
        data: [[null]],
      },
      {
        sheet: "笔记数据",
        data: [
          ["笔记标题", "首次发布时间", "体裁", "曝光", "观看量", "封面点击率", "笔记ID", "上传日期"],
          [
            "春季穿搭",
            { value: new Date(Date.UTC(2024, 0, 5, 12, 30, 45)), format: "yyyy-mm-dd hh:mm:ss" },
            "图文",
            12345,
            { value: 0.30000000000000004, format: "0.00" },
            { value: 0.125, format: "0.00%" },
            "0012345678901234567",
            { value: new Date(Date.UTC(2024, 0, 6)), format: "yyyy-mm-dd" },
          ],
          ["视频笔记", null, "视频", 1e21, 1e-7, -5, true, null],
        ],
      },
    ]).toBuffer();
    const table = await readTable(new Uint8Array(bytes), "notes.bin");
    expect(table.encoding).toBe("xlsx");
    expect(table.separator).toBeNull();
    expect(table.sheet).toBe("笔记数据");
    expect(table.records[0]).toEqual({ line: 1, cells: ["笔记标题", "首次发布时间", "体裁", "曝光", "观看量", "封面点击率", "笔记ID", "上传日期"] });
    expect(table.records[1]).toEqual({ line: 2, cells: ["春季穿搭", "2024-01-05 12:30:45", "图文", "12345", "0.3", "0.125", "0012345678901234567", "2024-01-06"] });
    expect(table.records[2]?.cells).toEqual(["视频笔记", "", "视频", "1000000000000000000000", "0.0000001", "-5", "TRUE", ""]);
  });

  it("formats numbers and dates like Excel shows them", () => {
    expect(numberToPlainText(12345)).toBe("12345");
    expect(numberToPlainText(1.4299999999999999)).toBe("1.43");
    expect(numberToPlainText(1.23e-9)).toBe("0.00000000123");
    expect(numberToPlainText(-2.5e21)).toBe("-2500000000000000000000");
    expect(numberToPlainText(1234567890123456789)).toBe("1234567890123460000");
    expect(dateToText(new Date(Date.UTC(2024, 0, 5, 12, 30, 44, 999)))).toBe("2024-01-05 12:30:45");
    expect(dateToText(new Date(Date.UTC(2024, 0, 5)))).toBe("2024-01-05");
  });
});

describe("sniffSeparator", () => {
  it("prefers the separator with consistent column counts, respecting quotes", () => {
    expect(sniffSeparator('a;b;c\n"x,y";2;3\n"p,q,r";5;6\n')).toBe(";");
    expect(sniffSeparator('a,b\n"x;y;z",2\n')).toBe(",");
    expect(sniffSeparator("a\tb\tc\n1,5\t2\t3\n")).toBe("\t");
    expect(sniffSeparator("single\ncolumn\n")).toBe(",");
  });
});

describe("locateHeader", () => {
  const rec = (rows: string[][]) => rows.map((cells, i) => ({ line: i + 1, cells }));

  it("skips a title line and a date-range preamble", () => {
    const records = rec([
      ["Facebook Insights export"],
      ["Date range: 2025-03-01 – 2025-03-07", ""],
      ["Date", "Impressions", "Likes", "Reach"],
      ["2025-03-01", "10", "1", "5"],
    ]);
    expect(locateHeader(records, ALL_KNOWN_HEADERS)).toEqual({ index: 2, names: ["Date", "Impressions", "Likes", "Reach"], secondRow: false });
  });

  it("makes duplicate names unique, like Meta's two Views columns", () => {
    const header = locateHeader(rec([["Post ID", "Views", "Reach", "Views", "views", ""]]), ALL_KNOWN_HEADERS);
    expect(header?.names).toEqual(["Post ID", "Views", "Reach", "Views (2)", "views (3)", "(column 6)"]);
    expect(uniqueHeaderNames(["A", "A (2)", "A"])).toEqual(["A", "A (2)", "A (3)"]);
  });

  it("spots a second header row of descriptions (legacy Facebook Insights)", () => {
    const names = ["Date", "Lifetime Total Likes", "Daily New Likes", "Impressions"];
    const descriptions = [
      "",
      "Lifetime: The total number of people who have liked your Page. (Unique Users)",
      "Daily: The number of new people who have liked your Page (Unique Users)",
      "Daily: The number of impressions seen of any content associated with your Page. (Total Count)",
    ];
    const data = ["2012-01-01", "1200", "3", "4500"];
    expect(locateHeader(rec([names, descriptions, data]), ALL_KNOWN_HEADERS)).toMatchObject({ index: 0, secondRow: true });
    expect(locateHeader(rec([names, data]), ALL_KNOWN_HEADERS)).toMatchObject({ index: 0, secondRow: false });
  });

  it("matches names after normalising: case, spaces, quotes, full-width", () => {
    expect(normaliseHeader('  "Video  Views" ')).toBe("video views");
    expect(normaliseHeader("播放量（次）")).toBe("播放量(次)");
    expect(normaliseHeader("ＶＩＥＷＳ")).toBe("views");
    expect(locateHeader(rec([["x"], ["  DATE ", "VIDEO VIEWS"], ["April 1", "3"]]), ALL_KNOWN_HEADERS)?.index).toBe(1);
  });

  it("falls back to the first row of text cells when no name is known; null when there is nothing", () => {
    expect(locateHeader(rec([["Quarterly report"], ["foo", "bar"], ["1", "2"]]), ALL_KNOWN_HEADERS)).toEqual({ index: 1, names: ["foo", "bar"], secondRow: false });
    expect(locateHeader(rec([["1", "2"], ["3", "4"]]), ALL_KNOWN_HEADERS)).toBeNull();
    expect(locateHeader([], ALL_KNOWN_HEADERS)).toBeNull();
  });
});

// The pure parts of the import pipeline: the streaming CSV reader against
// the whole-text one, duplicate detection by day number, the canonical
// validator's date check against isDay, JSON rows for POST /api/v1/metrics,
// custom column mappings and the two-language error messages.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateCanonicalRecord } from "@/lib/ingest/canonical";
import { canonicalChunkReader } from "@/lib/ingest/canonical-chunks";
import { canonicalPreset } from "@/lib/ingest/presets";
import { parseCsv } from "@/lib/ingest/csv";
import { decimalToMinor } from "@/lib/ingest/decimal";
import { CsvStreamParser, parseCsvPieces } from "@/lib/ingest/csv-stream";
import { dayNumber, DayLineIndex } from "@/lib/ingest/duplicates";
import { importLang, localizeRowError, rowError } from "@/lib/ingest/error-messages";
import { mappedPreset } from "@/lib/ingest/mapped-preset";
import { validateMetricRow } from "@/lib/ingest/metric-rows";
import { isDay } from "@/lib/metrics/periods";
import { CustomMapping } from "@/lib/schemas/api/imports";

/** Splits `text` at the given cut points. */
function split(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let at = 0;
  for (const p of points) {
    out.push(text.slice(at, p));
    at = p;
  }
  out.push(text.slice(at));
  return out;
}

describe("CsvStreamParser", () => {
  const csvChars = fc.constantFrom("a", "b", "1", ",", ";", '"', "\n", "\r", " ", "é", "中", "\uFEFF");

  it("gives exactly parseCsv's records and lines, however the text is cut", () => {
    fc.assert(
      fc.property(fc.array(csvChars, { maxLength: 80 }), fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom(",", ";"), (chars, cuts, sep) => {
        const text = chars.join("");
        expect(parseCsvPieces(split(text, cuts), sep)).toEqual(parseCsv(text, sep));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads quoted fields with separators, quotes and line breaks across pieces", () => {
    const text = '\uFEFFa,b\r\n"x,1","say ""hi""\r\nthere",3\r\n\r\nlast,"',
      expected = parseCsv(text);
    expect(expected.map((r) => r.line)).toEqual([1, 2, 5]);
    for (let cut = 0; cut <= text.length; cut++) expect(parseCsvPieces([text.slice(0, cut), text.slice(cut)])).toEqual(expected);
  });

  it("keeps a CR that ends one piece and the LF that starts the next as one line break", () => {
    const parser = new CsvStreamParser();
    expect(parser.push("a,b\r")).toEqual([{ line: 1, cells: ["a", "b"] }]);
    expect(parser.push("\nc,d\n")).toEqual([{ line: 2, cells: ["c", "d"] }]);
    expect(parser.end()).toEqual([]);
  });
});

describe("duplicate days", () => {
  it("dayNumber counts days from 1970-01-01, also for years before 100 (which isDay rejects anyway)", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2026-11-26")).toBe(Date.UTC(2026, 10, 26) / 86_400_000);
    expect(dayNumber("0001-01-01")).toBe(-719_162);
  });

  it("DayLineIndex reports the first line of a repeated (account, day), like a Map would", () => {
    const day = fc.integer({ min: -2_000, max: 200_000 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("a", "b", "c"), day), { maxLength: 200 }), (entries) => {
        const index = new DayLineIndex();
        const naive = new Map<string, number>();
        entries.forEach(([account, d], i) => {
          const line = i + 2;
          const key = `${account}|${d}`;
          const expected = naive.get(key) ?? 0;
          if (!naive.has(key)) naive.set(key, line);
          expect(index.check("douyin", account, d, line)).toBe(expected);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("validateCanonicalRecord", () => {
  const record = (date: string) => ({ date, platform: "douyin", account: "a" });

  it("accepts exactly the dates isDay accepts", () => {
    const digits = (n: number) => fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((d) => d.join(""));
    const dateLike = fc.oneof(
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.tuple(fc.integer({ min: 1899, max: 2101 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
        ([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(dateLike, (date) => {
        expect(Array.isArray(validateCanonicalRecord(record(date), 2, 2))).toBe(!isDay(date.trim()));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads amounts exactly as decimalToMinor does, for currencies with 0, 2 and 3 decimals", () => {
    const amount = fc.oneof(
      fc.tuple(fc.constantFrom("", "-"), fc.stringMatching(/^\d{1,18}$/), fc.constantFrom("", "."), fc.stringMatching(/^\d{0,5}$/)).map((p) => p.join("")),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(amount, fc.constantFrom(0, 2, 3), (text, digits) => {
        const r = validateCanonicalRecord({ ...record("2026-01-01"), spend: text }, 2, digits);
        const expected = text.trim() === "" ? null : decimalToMinor(text.trim(), digits);
        const valid = expected === null ? text.trim() === "" : Number.isSafeInteger(expected) && expected >= 0;
        expect(Array.isArray(r)).toBe(!valid);
        if (!Array.isArray(r)) expect(r.measures.spendMinor).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it("reads whole numbers and amounts exactly and names every bad cell with a code", () => {
    const ok = validateCanonicalRecord({ ...record("2024-02-29"), impressions: "9007199254740991", comments: "-3", spend: "12.5", revenue: "0.07" }, 2, 2);
    expect(Array.isArray(ok) ? ok : ok.measures).toMatchObject({ impressions: 9007199254740991, comments: -3, spendMinor: 1250, revenueMinor: 7, reach: null });
    const bad = validateCanonicalRecord({ ...record("2023-02-29"), impressions: "9007199254740992", clicks: "1e3", views: "-1", spend: "1.005" }, 7, 2);
    expect(Array.isArray(bad) && bad.map((e) => [e.row, e.column, e.code])).toEqual([
      [7, "date", "invalid_date"],
      [7, "impressions", "not_integer"],
      [7, "views", "negative"],
      [7, "clicks", "not_integer"],
      [7, "spend", "not_amount"],
    ]);
  });
});

describe("POST /api/v1/metrics rows", () => {
  it("takes numbers or numeric text, money in major units; an absent key leaves the measure out", () => {
    const r = validateMetricRow({ date: "2026-06-01", platform: "x", account: "brand", impressions: 100, clicks: "7", spend: 1.5, saves: null, cost: "" }, 0, 2);
    expect(r).toEqual({ line: 0, day: "2026-06-01", platformKey: "x", account: "brand", measures: { impressions: 100, clicks: 7, saves: null, spendMinor: 150, costMinor: null } });
  });

  it("names the index, column and value of each bad cell", () => {
    const r = validateMetricRow({ date: 20260601, platform: "x", account: "brand", likes: "1,000", shares: [1], extra: 1 }, 4, 2);
    expect(Array.isArray(r) && r.map((e) => [e.row, e.column, e.value, e.code])).toEqual([
      [4, "date", "20260601", "not_text"],
      [4, "shares", "[1]", "wrong_type"],
      [4, "extra", "1", "unknown_column"],
      [4, "likes", "1,000", "not_integer"],
    ]);
  });
});

describe("custom mappings", () => {
  const mapping = CustomMapping.parse({ dateColumn: "Day", platform: "linkedin", accountColumn: "Page", columns: { "Impressions (total)": "impressions", Spend: "spend", "Watch (h)": "watch_hours" } });
  const preset = mappedPreset({ key: "custom:li", nameEn: "LinkedIn", nameZh: "LinkedIn", mapping, headers: ["Day", "Page", "Impressions (total)", "Spend", "Watch (h)", "Notes"] });
  const header = { index: 0, names: ["Day", "Page", "Impressions (total)", "Spend", "Watch (h)", "Notes"], secondRow: false };
  const context = { fileName: "li.csv", timeZone: "Asia/Shanghai", currency: "CNY" };

  it("detects its own header and nothing without its columns", () => {
    expect(preset.detect(header.names)).toBe(1);
    expect(preset.detect(["Day", "Page", "Spend"])).toBe(0);
  });

  it("reads rows with the shared value parsers; a repeated day and a bad cell are row errors", () => {
    const rows = [
      { line: 2, cells: ["2026-04-01", "acme", "1,200", "$10.5", "1.5", "x"] },
      { line: 3, cells: ["2026-04-02", "acme", "--", "3", "0", ""] },
      { line: 4, cells: ["2026-04-02", "acme", "5", "1", "0", ""] },
      { line: 5, cells: ["2026-04-03", "acme", "many", "1", "0", ""] },
      { line: 6, cells: ["Total", "", "99", "", "", ""] },
    ];
    const result = preset.parse(header, rows, context);
    expect(result.daily).toEqual([
      { line: 2, day: "2026-04-01", platformKey: "linkedin", account: "acme", measures: { impressions: 1200, spendMinor: 1050, watchSeconds: 5400 } },
      { line: 3, day: "2026-04-02", platformKey: "linkedin", account: "acme", measures: { impressions: null, spendMinor: 300, watchSeconds: 0 } },
    ]);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [4, "Day"],
      [5, "Impressions (total)"],
    ]);
    expect(result.skipped).toEqual([expect.objectContaining({ line: 6 })]);
  });

  it("asks for the day, platform and account a mapping does not give", () => {
    const bare = mappedPreset({ key: "m", nameEn: "m", nameZh: "m", mapping: CustomMapping.parse({ columns: { Views: "views" } }) });
    expect(bare.needs(["Views"], [["1"]], context)).toEqual(["day", "platform", "account"]);
    expect(bare.needs(["Views"], [["1"]], { ...context, day: "2026-01-01", platform: "x", account: "a" })).toEqual([]);
  });
});

describe("error messages", () => {
  it("a row error carries its code and both languages; the language comes from ?lang or Accept-Language", () => {
    expect(rowError(3, "clicks", "x", "not_integer")).toEqual({ row: 3, column: "clicks", value: "x", reason: "not a whole number", reasonZh: "不是整数", code: "not_integer" });
    expect(localizeRowError(rowError(2, "Likes", "5%", "percent_for_count"), "zh-CN").message).toBe("这里应为数量，不是百分比");
    expect(importLang("en", "zh-CN")).toBe("en");
    expect(importLang(undefined, "en-GB,en;q=0.8")).toBe("en");
    expect(importLang(undefined, "zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(importLang(undefined, null)).toBe("zh-CN");
  });
});

describe("canonicalChunkReader", () => {
  const COLUMNS = ["date", "platform", "account", "impressions", "reach", "views", "clicks", "likes", "comments", "shares", "saves", "follows", "unfollows", "followers", "profile_visits", "watch_seconds", "spend", "revenue", "conversions", "cost"];
  const cellFor = (column: string): fc.Arbitrary<string> =>
    column === "date"
      ? fc.constantFrom("2026-01-01", "2026-01-02", "2026-02-30", " 2026-01-03 ", "Total", "", "合计")
      : column === "platform"
        ? fc.constantFrom("douyin", "weibo", "tiktk", "")
        : column === "account"
          ? fc.constantFrom("a", "b", " a ", "")
          : fc.constantFrom("", "0", "12", "-3", "1.5", "12.50", "x", " 7 ", "9007199254740993");

  const case_ = fc
    .tuple(
      fc.subarray(COLUMNS.slice(3)),
      fc.boolean(),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom("ok", "short", "long-empty", "long", "empty")), { maxLength: 25 }),
    )
    .chain(([measures, unnamed, shapes]) => {
      const names = ["date", "platform", "account", ...measures, ...(unnamed ? ["(column 99)"] : [])];
      const rows = shapes.map(([seed, shape]) =>
        fc.tuple(...names.map((n) => (n.startsWith("(") ? fc.constantFrom("", "z") : cellFor(n)))).map((cells) => {
          if (shape === "short") return cells.slice(0, seed % Math.max(1, cells.length));
          if (shape === "long-empty") return [...cells, "", " "];
          if (shape === "long") return [...cells, "extra"];
          if (shape === "empty") return cells.map(() => " ");
          return cells;
        }),
      );
      return fc.tuple(fc.constant(names), rows.length ? fc.tuple(...rows) : fc.constant([] as string[][]));
    });

  it("reads chunks exactly as the canonical preset does (duplicates aside, which the pipeline checks file-wide)", () => {
    fc.assert(
      fc.property(case_, ([names, cellRows]) => {
        const header = { index: 0, names, secondRow: false };
        const rows = cellRows.map((cells, i) => ({ line: i + 2, cells }));
        const expected = canonicalPreset.parse(header, rows, { fileName: "f.csv", timeZone: "Asia/Shanghai", currency: "CNY" });
        const got = canonicalChunkReader(header, { currency: "CNY" })(rows);
        // The pipeline's file-wide duplicate check, applied here to the chunk.
        const seen = new DayLineIndex();
        const daily = got.daily.filter((r) => {
          const earlier = seen.check(r.platformKey, r.account, r.day, r.line);
          if (earlier) got.errors.push(rowError(r.line, "date", r.day, "duplicate_row", { line: earlier }));
          return !earlier;
        });
        const plain = (errors: { row: number; column: string; value: string; reason: string }[]) =>
          errors.map(({ row, column, value, reason }) => ({ row, column, value, reason })).sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
        expect(daily).toEqual(expected.daily);
        expect(plain(got.errors)).toEqual(plain(expected.errors));
        expect(got.skipped).toEqual(expected.skipped);
        expect(got.notes).toEqual(expected.notes);
      }),
      { numRuns: 400 },
    );
  });
});

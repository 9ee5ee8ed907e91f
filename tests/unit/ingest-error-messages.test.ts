// Import errors are codes: every code has its text in both languages, a row
// error from a preset carries its code (and params) and reads in either
// language, and no English reason is written anywhere without a code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importErrors, importErrorText, type ImportErrorCode, type ImportMessage } from "@/lib/i18n/messages/import-errors";
import { parseDateTime, parseDay } from "@/lib/ingest/dates";
import { dateErrorMessage, localizeRowError, rowError } from "@/lib/ingest/error-messages";
import { quoted, importText } from "./ingest-support";

const CJK = /[\u3400-\u9fff]/;
/** Values for every placeholder any code has. */
const PARAMS = {
  digits: 2,
  value: "1.00449E+11",
  max: 200,
  zone: "Mars/Olympus",
  account: "campaign_1",
  day: "2026-01-05",
  year: 2027,
  lines: "4, 5",
  line: 7,
  cells: 3,
  header: 20,
  label: "Total",
  message: "The file cannot be read.",
  messageZh: "无法读取该文件。",
  detail: "SQLITE_BUSY",
  limitMb: 256,
  row: 3,
  column: "C",
};

describe("the import-error catalogue", () => {
  it("gives every code a text in English and in Chinese, with every placeholder filled", () => {
    const codes = Object.keys(importErrors) as ImportErrorCode[];
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes) {
      const message = { code, params: PARAMS } as unknown as ImportMessage;
      const en = importErrorText(message, "en");
      const zh = importErrorText(message, "zh-CN");
      expect(en.length, code).toBeGreaterThan(0);
      expect(en, code).not.toMatch(CJK);
      expect(zh, code).toMatch(CJK);
      expect(`${en} ${zh}`, code).not.toMatch(/undefined|NaN|\[object/);
      expect(zh, code).not.toBe(en);
    }
  });

  it("fails the type check when an entry lacks its Chinese text", () => {
    // @ts-expect-error — "zh-CN" is required
    const missing: (typeof importErrors)["not_number"] = { en: () => "not a number" };
    expect(missing).toBeDefined();
  });

  it("says the currency's decimals in the money reason", () => {
    expect(importErrorText({ code: "not_amount", params: { digits: 2 } }, "en")).toBe("not an amount with at most 2 decimals");
    expect(importErrorText({ code: "not_amount", params: { digits: 0 } }, "en")).toBe("not a whole amount (the currency has no decimals)");
    expect(importErrorText({ code: "not_amount", params: { digits: 0 } }, "zh-CN")).toBe("不是整数金额（该币种没有小数）");
  });
});

describe("row errors from presets", () => {
  const both = (e: Parameters<typeof localizeRowError>[0]) => [localizeRowError(e, "en").message, localizeRowError(e, "zh-CN").message];

  it("a negative impressions count: code negative, in both languages", async () => {
    const text = 'Date,Impressions,Likes\n"Sat, Sep 6, 2025",-5,1\n';
    const { result, preset } = await importText(text, { fileName: "account_overview.csv", account: "a" });
    expect(preset.key).toBe("x_overview");
    const [e] = result.errors;
    expect(result.errors).toHaveLength(1);
    expect(e).toEqual({ row: 2, column: "Impressions", value: "-5", code: "negative", reason: "cannot be negative", reasonZh: "不能为负数" });
    expect(both(e!)).toEqual(["cannot be negative", "不能为负数"]);
  });

  it("a date without a year: code needs_year", async () => {
    const text = [quoted(["Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares"]), quoted(["April 12", "1", "1", "1", "1", "1"])].join("\n");
    const { result } = await importText(text, { fileName: "Overview.csv", account: "a" });
    expect(result.errors).toEqual([expect.objectContaining({ row: 2, column: "Date", value: "April 12", code: "needs_year" })]);
    expect(both(result.errors[0]!)).toEqual(["the date has no year: give the year of the export (or the export day)", "日期没有年份：请提供导出年份（或导出日期）"]);
  });

  it("an id Excel rounded: code id_rounded_by_excel with the rounded text as a param", async () => {
    const text = "作品ID,作品名称,发布时间,播放量\n1.00449E+11,a,2026-07-18,5\n";
    const { result } = await importText(text, { fileName: "works.csv", account: "a" });
    const [e] = result.errors;
    expect(e).toMatchObject({ row: 2, column: "作品ID", value: "1.00449E+11", code: "id_rounded_by_excel", params: { value: "1.00449E+11" } });
    const [en, zh] = both(e!);
    expect(en).toBe("id rounded by Excel (1.00449E+11): the full id is lost; export again and do not save the file from Excel");
    expect(zh).toBe("ID 被 Excel 四舍五入（1.00449E+11）：完整 ID 已丢失；请重新导出，且不要用 Excel 保存该文件");
  });

  it("an account the file does not name, and a Total row skipped: codes with both texts", async () => {
    const text = 'Date,Impressions,Likes\n"Sat, Sep 6, 2025",5,1\nTotal,5,1\n';
    const { result } = await importText(text, { fileName: "account_overview.csv" });
    expect(result.errors).toEqual([expect.objectContaining({ column: "(account)", code: "needs_account", reasonZh: "文件没有写明账号：请选择一个账号" })]);
    expect(result.skipped).toEqual([{ line: 3, code: "total_row", reason: 'a "Total" row (the export\'s sum of the other rows)', reasonZh: "“Total”行（导出文件对其他行的合计）" }]);
  });

  it("a stored error of an older import without Chinese shows its English rather than nothing", () => {
    expect(localizeRowError({ row: 2, column: "x", value: "", reason: "old reason" }, "zh-CN")).toEqual({ row: 2, column: "x", value: "", reason: "old reason", reasonZh: "old reason", message: "old reason" });
    expect(localizeRowError(rowError(2, "date", "x", "duplicate_row", { line: 1 }), "en")).toEqual({
      row: 2,
      column: "date",
      value: "x",
      code: "duplicate_row",
      reason: "duplicates line 1 (same platform, account and date)",
      reasonZh: "与第 1 行重复（平台、账号和日期相同）",
      message: "duplicates line 1 (same platform, account and date)",
    });
  });
});

describe("date errors as codes", () => {
  const codeOf = (r: ReturnType<typeof parseDay> | ReturnType<typeof parseDateTime>) => (r !== null && typeof r === "object" && !(r instanceof Date) ? dateErrorMessage(r) : null);

  it("maps every error dates.ts gives to its code", () => {
    expect(codeOf(parseDay("yesterday-ish"))).toEqual({ code: "not_date" });
    expect(codeOf(parseDay(""))).toEqual({ code: "no_date" });
    expect(codeOf(parseDay("Feb 29", { year: 2025 }))).toEqual({ code: "not_date_in_year" });
    expect(codeOf(parseDay("1850-01-01"))).toEqual({ code: "year_out_of_range" });
    expect(codeOf(parseDateTime("2026-01-01 25:00", {}, "UTC"))).toEqual({ code: "not_time_of_day" });
    expect(codeOf(parseDateTime("2026-01-01 10:00", {}, "Mars/Olympus"))).toEqual({ code: "unknown_time_zone", params: { zone: "Mars/Olympus" } });
    expect(codeOf(parseDay("April 12"))).toEqual({ code: "needs_year" });
  });
});

describe("no English reason without a code", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
    });
  const sources = [...files("lib/ingest"), ...files("app/api/v1/imports"), ...files("app/api/v1/metrics"), "lib/services/imports.ts"].map((p) => ({ p, text: readFileSync(p, "utf8") }));

  it("builds no reason, value error or skipped row from English text", () => {
    const patterns = [
      /reason:\s*[`"']/, // a RowError or skipped row written as text
      /\{\s*error:\s*[`"']/, // a value error as text
      /\.error\([^()]*,\s*[`"']/, // RowReader.error(index, "text")
      /translateReason|TRANSLATIONS/,
    ];
    // dates.ts keeps its short English phrases; dateErrorMessage turns them into codes at the presets (below).
    const hits = sources.flatMap(({ p, text }) => patterns.filter((re) => re.test(text) && !(p.endsWith("dates.ts") && re === patterns[1])).map((re) => `${p}: ${re}`));
    expect(hits).toEqual([]);
  });

  it("has a code for every error phrase dates.ts returns", () => {
    const text = readFileSync("lib/ingest/dates.ts", "utf8");
    const phrases = [...text.matchAll(/\{ error: ([`"])(.*?)\1 \}/g)].map((m) => (m[2] as string).replace("${timeZone}", "Asia/Nowhere"));
    expect(phrases.length).toBeGreaterThan(4);
    for (const phrase of phrases) {
      // "not_date" is also what an unknown phrase falls back to: only "not a date" may get it.
      const { code } = dateErrorMessage({ error: phrase });
      expect(code === "not_date", phrase).toBe(phrase === "not a date");
    }
  });
});

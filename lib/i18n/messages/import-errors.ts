// Every reason the importer gives for a rejected cell, row or file, in both
// languages, keyed by a stable code. Parsers and presets return a code with
// its params ({ code: "id_rounded_by_excel", params: { value } }); the text is
// picked here in the reader's language. An entry without its Chinese text
// fails the type check.
import type { Locale } from "../locale";

export type ImportErrorParamValue = string | number;
type NoParams = Record<never, never>;

/** One code's text in both languages. Method syntax so entries with different params share one table type. */
interface Entry<P> {
  en(params: P): string;
  "zh-CN"(params: P): string;
}

function entry<P extends Record<string, ImportErrorParamValue> = NoParams>(texts: Entry<P>): Entry<P> {
  return texts;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const importErrors = {
  // ---- cells: numbers, money, durations, ids ----
  not_number: entry({ en: () => "not a number", "zh-CN": () => "不是数字" }),
  not_integer: entry({ en: () => "not a whole number", "zh-CN": () => "不是整数" }),
  number_too_large: entry({ en: () => "number too large", "zh-CN": () => "数字太大" }),
  negative: entry({ en: () => "cannot be negative", "zh-CN": () => "不能为负数" }),
  percent_for_count: entry({ en: () => "a percentage where a count is expected", "zh-CN": () => "这里应为数量，不是百分比" }),
  percent_for_amount: entry({ en: () => "a percentage where an amount is expected", "zh-CN": () => "这里应为金额，不是百分比" }),
  rate_above_100: entry({ en: () => "a rate above 100% (write 12.5% or 0.125)", "zh-CN": () => "比率超过 100%（请写成 12.5% 或 0.125）" }),
  not_hours: entry({ en: () => "not a number of hours", "zh-CN": () => "不是小时数" }),
  not_duration: entry({ en: () => "not a duration", "zh-CN": () => "不是时长" }),
  not_money: entry({ en: () => "not an amount of money", "zh-CN": () => "不是金额" }),
  amount_too_large: entry({ en: () => "amount too large", "zh-CN": () => "金额太大" }),
  /** canonical money cells: major units with at most the currency's decimals */
  not_amount: entry<{ digits: number }>({
    en: (p) => (p.digits === 0 ? "not a whole amount (the currency has no decimals)" : `not an amount with at most ${p.digits} ${plural(p.digits, "decimal", "decimals")}`),
    "zh-CN": (p) => (p.digits === 0 ? "不是整数金额（该币种没有小数）" : `不是最多 ${p.digits} 位小数的金额`),
  }),
  id_decimal: entry({ en: () => "not an id (a decimal number)", "zh-CN": () => "不是 ID（是小数）" }),
  id_rounded_by_excel: entry<{ value: string }>({
    en: (p) => `id rounded by Excel (${p.value}): the full id is lost; export again and do not save the file from Excel`,
    "zh-CN": (p) => `ID 被 Excel 四舍五入（${p.value}）：完整 ID 已丢失；请重新导出，且不要用 Excel 保存该文件`,
  }),
  wrong_type: entry({ en: () => "expected a number or a numeric text", "zh-CN": () => "应为数字或数字文本" }),
  not_text: entry({ en: () => "expected text", "zh-CN": () => "应为文本" }),
  missing: entry({ en: () => "missing", "zh-CN": () => "缺少值" }),
  too_long: entry<{ max: number }>({ en: (p) => `longer than ${p.max} characters`, "zh-CN": (p) => `超过 ${p.max} 个字符` }),
  unknown_platform: entry({ en: () => "unknown platform key", "zh-CN": () => "未知的平台标识" }),

  // ---- dates ----
  invalid_date: entry({ en: () => "not a date YYYY-MM-DD", "zh-CN": () => "不是 YYYY-MM-DD 格式的日期" }),
  not_date: entry({ en: () => "not a date", "zh-CN": () => "不是日期" }),
  no_date: entry({ en: () => "no date", "zh-CN": () => "没有日期" }),
  not_date_in_year: entry({ en: () => "not a date in that year", "zh-CN": () => "该年份中没有这个日期" }),
  year_out_of_range: entry({ en: () => "year out of range", "zh-CN": () => "年份超出范围" }),
  not_time_of_day: entry({ en: () => "not a time of day", "zh-CN": () => "不是有效的时间" }),
  feb_29_not_in_year: entry<{ year: number }>({
    en: (p) => `29 February does not exist in ${p.year}: the year given (or read from the export day) does not fit this row`,
    "zh-CN": (p) => `${p.year} 年没有 2 月 29 日：所给（或由导出日期推出）的年份与这一行不符`,
  }),
  unknown_time_zone: entry<{ zone: string }>({ en: (p) => `unknown time zone ${p.zone}`, "zh-CN": (p) => `未知的时区 ${p.zone}` }),
  needs_year: entry({
    en: () => "the date has no year: give the year of the export (or the export day)",
    "zh-CN": () => "日期没有年份：请提供导出年份（或导出日期）",
  }),
  needs_day: entry({
    en: () => "the file has no date column: choose the day these figures belong to",
    "zh-CN": () => "文件没有日期列：请选择这些数据所属的日期",
  }),

  // ---- rows: what identifies a post or an account ----
  needs_account: entry({ en: () => "the file does not name the account: choose one", "zh-CN": () => "文件没有写明账号：请选择一个账号" }),
  needs_page_account: entry({ en: () => "the file does not name the page: choose the account", "zh-CN": () => "文件没有写明主页：请选择账号" }),
  no_campaign_id: entry({ en: () => "no campaign id: choose the account", "zh-CN": () => "没有广告系列 ID：请选择账号" }),
  no_handle_in_link: entry({ en: () => "no @handle in the link: choose the account", "zh-CN": () => "链接中没有 @账号：请选择账号" }),
  no_post_id: entry({ en: () => "no post id", "zh-CN": () => "没有帖子 ID" }),
  no_video_id: entry({ en: () => "no video id", "zh-CN": () => "没有视频 ID" }),
  no_video_id_in_link: entry({ en: () => "no video id in the link", "zh-CN": () => "链接中没有视频 ID" }),
  no_work_id: entry({ en: () => "no work id", "zh-CN": () => "没有作品 ID" }),
  no_note_id: entry({ en: () => "no note id", "zh-CN": () => "没有笔记 ID" }),
  no_published_work: entry({ en: () => "no publish time to identify the work", "zh-CN": () => "没有发布时间，无法识别该作品" }),
  no_published_video: entry({ en: () => "no publish time to identify the video", "zh-CN": () => "没有发布时间，无法识别该视频" }),
  no_published_note: entry({ en: () => "no publish time to identify the note", "zh-CN": () => "没有发布时间，无法识别该笔记" }),
  no_url_or_title: entry({ en: () => "no URL or title to identify the article", "zh-CN": () => "没有链接或标题，无法识别该文章" }),
  partial_group: entry<{ account: string; day: string; lines: string }>({
    en: (p) => `${p.account} on ${p.day} is not imported: rows ${p.lines} have errors and a partial sum would be wrong`,
    "zh-CN": (p) => `${p.account} 在 ${p.day} 的数据未导入：第 ${p.lines} 行有错误，只汇总部分行会得出错误的合计`,
  }),
  duplicate_row: entry<{ line: number }>({
    en: (p) => `duplicates line ${p.line} (same platform, account and date)`,
    "zh-CN": (p) => `与第 ${p.line} 行重复（平台、账号和日期相同）`,
  }),
  duplicate_api_row: entry<{ line: number }>({
    en: (p) => `duplicates row ${p.line} (same platform, account and date)`,
    "zh-CN": (p) => `与第 ${p.line} 条重复（平台、账号和日期相同）`,
  }),
  cell_count: entry<{ cells: number; header: number }>({
    en: (p) => `has ${p.cells} cells, the header has ${p.header}`,
    "zh-CN": (p) => `该行有 ${p.cells} 个单元格，表头有 ${p.header} 个`,
  }),
  invalid_utf8: entry({
    en: () => "contains bytes that are not UTF-8 text (the file changes encoding part-way): save it again as UTF-8",
    "zh-CN": () => "包含不是 UTF-8 文本的字节（文件中途改变了编码）：请重新保存为 UTF-8",
  }),

  // ---- rows left out on purpose (the preview's "skipped") ----
  empty_row: entry({ en: () => "empty row", "zh-CN": () => "空行" }),
  total_row: entry<{ label: string }>({
    en: (p) => `a "${p.label}" row (the export's sum of the other rows)`,
    "zh-CN": (p) => `“${p.label}”行（导出文件对其他行的合计）`,
  }),

  // ---- the file and its header ----
  empty_file: entry({ en: () => "the file is empty", "zh-CN": () => "文件是空的" }),
  unknown_column: entry({ en: () => "unknown column", "zh-CN": () => "未知的列" }),
  required_column_missing: entry({ en: () => "required column missing", "zh-CN": () => "缺少必需的列" }),
  no_header: entry({
    en: () => "no header row found: the file's first rows name no column the importer knows",
    "zh-CN": () => "找不到表头：文件开头几行没有导入器认识的列名",
  }),
  unknown_layout: entry({
    en: () => "no preset knows this header: choose a preset or map the columns",
    "zh-CN": () => "没有预设能识别该表头：请选择预设或映射各列",
  }),
  /** an .xlsx whose XML unpacks to more than the reader takes (lib/ingest/xlsx-guard.ts) */
  xlsx_too_large: entry<{ limitMb: number }>({
    en: (p) =>
      `this .xlsx file unpacks to more than ${p.limitMb} MB, more than a spreadsheet export holds (or it was built to exhaust the server): split it, or save it as .csv and import that`,
    "zh-CN": (p) => `该 .xlsx 文件解压后超过 ${p.limitMb} MB，远超表格导出文件应有的大小（或是为耗尽服务器资源而构造的文件）：请拆分，或另存为 .csv 后导入`,
  }),
  cell_too_long: entry<{ row: number; column: string; max: number }>({
    en: (p) => `the cell in row ${p.row}, column ${p.column} is longer than ${p.max} characters, more than a cell in Excel can hold: shorten it, or export the file again`,
    "zh-CN": (p) => `第 ${p.row} 行 ${p.column} 列的单元格超过 ${p.max} 个字符（Excel 单元格的上限）：请缩短该内容，或重新导出文件`,
  }),
  /** the file reader's own bilingual sentence (lib/ingest/read-table.ts) */
  unreadable: entry<{ message: string; messageZh: string }>({ en: (p) => p.message, "zh-CN": (p) => p.messageZh }),
  write_failed: entry<{ detail: string }>({
    en: (p) => `the import failed while writing and was rolled back, nothing was saved (${p.detail})`,
    "zh-CN": (p) => `写入时出错，导入已回滚，未保存任何数据（${p.detail}）`,
  }),
};

export type ImportErrorCode = keyof typeof importErrors;
export type ImportErrorParams<C extends ImportErrorCode> = Parameters<(typeof importErrors)[C]["en"]>[0];

/** A code and, when its text needs them, its params: what parsers and presets return instead of text. */
export type ImportMessage = {
  [C in ImportErrorCode]: NoParams extends ImportErrorParams<C> ? { code: C; params?: undefined } : { code: C; params: ImportErrorParams<C> };
}[ImportErrorCode];

export function isImportErrorCode(code: unknown): code is ImportErrorCode {
  return typeof code === "string" && Object.hasOwn(importErrors, code);
}

/** The message's text in `locale`. */
export function importErrorText(message: ImportMessage, locale: Locale): string {
  const e: Entry<Record<string, ImportErrorParamValue>> = importErrors[message.code];
  return e[locale](message.params ?? {});
}

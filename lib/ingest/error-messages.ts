// The importer's row errors in both languages. A RowError keeps `reason` in
// English (tests, logs and existing callers read it); `reasonZh` is the same
// sentence in Chinese. Errors built here carry a `code`; reasons written
// elsewhere in English (the presets, the value parsers) are translated by
// matching their wording, so every error reads well in both languages.
import type { RowError } from "./canonical";

export type ImportLang = "en" | "zh-CN";

type Params = Record<string, string | number>;
interface Message {
  en: (p: Params) => string;
  zh: (p: Params) => string;
}

/** Reason codes of the errors the importer itself raises. */
export const ROW_ERROR_MESSAGES = {
  invalid_date: { en: () => "not a date YYYY-MM-DD", zh: () => "不是 YYYY-MM-DD 格式的日期" },
  unknown_platform: { en: () => "unknown platform key", zh: () => "未知的平台标识" },
  missing: { en: () => "missing", zh: () => "缺少值" },
  too_long: { en: (p) => `longer than ${p.max} characters`, zh: (p) => `超过 ${p.max} 个字符` },
  not_amount: { en: () => "not an amount with at most 2 decimals", zh: () => "不是最多两位小数的金额" },
  not_integer: { en: () => "not a whole number", zh: () => "不是整数" },
  negative: { en: () => "cannot be negative", zh: () => "不能为负数" },
  empty_file: { en: () => "the file is empty", zh: () => "文件是空的" },
  unknown_column: { en: () => "unknown column", zh: () => "未知的列" },
  required_column_missing: { en: () => "required column missing", zh: () => "缺少必需的列" },
  cell_count: {
    en: (p) => `has ${p.cells} cells, the header has ${p.header}`,
    zh: (p) => `该行有 ${p.cells} 个单元格，表头有 ${p.header} 个`,
  },
  duplicate_row: {
    en: (p) => `duplicates line ${p.line} (same platform, account and date)`,
    zh: (p) => `与第 ${p.line} 行重复（平台、账号和日期相同）`,
  },
  duplicate_api_row: {
    en: (p) => `duplicates row ${p.line} (same platform, account and date)`,
    zh: (p) => `与第 ${p.line} 条重复（平台、账号和日期相同）`,
  },
  invalid_utf8: {
    en: () => "contains bytes that are not UTF-8 text (the file changes encoding part-way): save it again as UTF-8",
    zh: () => "包含不是 UTF-8 文本的字节（文件中途改变了编码）：请重新保存为 UTF-8",
  },
  wrong_type: { en: () => "expected a number or a numeric text", zh: () => "应为数字或数字文本" },
  not_text: { en: () => "expected text", zh: () => "应为文本" },
  unreadable: { en: (p) => String(p.message), zh: (p) => String(p.messageZh ?? p.message) },
  no_header: {
    en: () => "no header row found: the file's first rows name no column the importer knows",
    zh: () => "找不到表头：文件开头几行没有导入器认识的列名",
  },
  unknown_layout: {
    en: () => "no preset knows this header: choose a preset or map the columns",
    zh: () => "没有预设能识别该表头：请选择预设或映射各列",
  },
  write_failed: {
    en: (p) => `the import failed while writing and was rolled back, nothing was saved (${p.detail})`,
    zh: (p) => `写入时出错，导入已回滚，未保存任何数据（${p.detail}）`,
  },
} satisfies Record<string, Message>;

export type RowErrorCode = keyof typeof ROW_ERROR_MESSAGES;

/** A RowError with its code and both languages. */
export function rowError(row: number, column: string, value: string, code: RowErrorCode, params: Params = {}): RowError {
  const m: Message = ROW_ERROR_MESSAGES[code];
  return { row, column, value, reason: m.en(params), reasonZh: m.zh(params), code };
}

// English wording of reasons raised outside this module → Chinese.
const TRANSLATIONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^duplicates line (\d+) \(same platform, account and date\)$/, (m) => `与第 ${m[1]} 行重复（平台、账号和日期相同）`],
  [/^has (\d+) cells, the header has (\d+)$/, (m) => `该行有 ${m[1]} 个单元格，表头有 ${m[2]} 个`],
  [/^required column missing$/, () => "缺少必需的列"],
  [/^unknown column$/, () => "未知的列"],
  [/^cannot be negative$/, () => "不能为负数"],
  [/^not a whole number$/, () => "不是整数"],
  [/^not a number$/, () => "不是数字"],
  [/^number too large$/, () => "数字太大"],
  [/^not a date$/, () => "不是日期"],
  [/^no date$/, () => "没有日期"],
  [/^not a date in that year$/, () => "该年份中没有这个日期"],
  [/^year out of range$/, () => "年份超出范围"],
  [/^not a time of day$/, () => "不是有效的时间"],
  [/^not a duration$/, () => "不是时长"],
  [/^not a number of hours$/, () => "不是小时数"],
  [/^not an amount of money$/, () => "不是金额"],
  [/^amount too large$/, () => "金额太大"],
  [/^a percentage where a count is expected$/, () => "这里应为数量，不是百分比"],
  [/^a percentage where an amount is expected$/, () => "这里应为金额，不是百分比"],
  [/^not an id \(a decimal number\)$/, () => "不是 ID（是小数）"],
  [/^id rounded by Excel \((.*)\): the full id is lost; export again and do not save the file from Excel$/s, (m) => `ID 被 Excel 四舍五入（${m[1]}）：完整 ID 已丢失；请重新导出，且不要用 Excel 保存该文件`],
  [/^unknown time zone (.*)$/, (m) => `未知的时区 ${m[1]}`],
  [/^the date has no year: give the year of the export \(or the export day\)$/, () => "日期没有年份：请提供导出年份（或导出日期）"],
  [/^the file does not name the account: choose one$/, () => "文件没有写明账号：请选择一个账号"],
  [/^the file is empty$/, () => "文件是空的"],
  [/^empty row$/, () => "空行"],
  [/^a "(.*)" row \(the export's sum of the other rows\)$/s, (m) => `“${m[1]}”行（导出文件对其他行的合计）`],
  [/^missing$/, () => "缺少值"],
  [/^unknown platform key$/, () => "未知的平台标识"],
  [/^not a date YYYY-MM-DD$/, () => "不是 YYYY-MM-DD 格式的日期"],
  [/^not an amount with at most 2 decimals$/, () => "不是最多两位小数的金额"],
  [/^longer than (\d+) characters$/, (m) => `超过 ${m[1]} 个字符`],
];

/** Chinese for an English reason; the English itself when the wording is unknown. */
export function translateReason(reason: string): string {
  for (const [re, zh] of TRANSLATIONS) {
    const m = re.exec(reason);
    if (m) return zh(m);
  }
  return reason;
}

/** A row error as the API and CLI show it: both languages, and `message` in the one asked for. */
export interface LocalizedRowError extends RowError {
  reasonZh: string;
  message: string;
}

export function localizeRowError(error: RowError, lang: ImportLang): LocalizedRowError {
  const reasonZh = error.reasonZh ?? translateReason(error.reason);
  return { ...error, reasonZh, message: lang === "zh-CN" ? reasonZh : error.reason };
}

/** `?lang=zh-CN|en` first, then Accept-Language (English when it asks for English first), else Chinese: the API's one rule. */
export { requestLocale as importLang } from "@/lib/i18n/request-locale";

/** A sentence the preview shows (a note, the roll-up), in both languages. */
export interface LocalText {
  code: string;
  en: string;
  zh: string;
}

// Row errors and skipped rows as the importer hands them on: a code with its
// params (lib/i18n/messages/import-errors.ts holds the text of every code in
// both languages), plus `reason` (English) and `reasonZh` made from that code,
// which the API, the CLI and stored import batches have always carried.
// What a message repeats from the file (the cell, the column name, a label
// in its text) is clipped to MAX_ECHO_CHARS: a 100 MB cell is not copied
// into every answer and stored batch that mentions it.
import { clipEcho } from "@/lib/echo";
import { importErrorText, type ImportErrorCode, type ImportErrorParams, type ImportMessage } from "@/lib/i18n/messages/import-errors";
import type { Locale } from "@/lib/i18n/locale";
import type { RowError } from "./canonical";

export type { ImportErrorCode, ImportMessage };
export type ImportLang = Locale;

/** `params` for codes whose text has placeholders, nothing for the others. */
type ParamsArg<C extends ImportErrorCode> = Record<never, never> extends ImportErrorParams<C> ? [] : [ImportErrorParams<C>];

/** The message as a plain object (code, params when there are any). */
export function importMessage<C extends ImportErrorCode>(code: C, ...params: ParamsArg<C>): ImportMessage {
  return (params[0] === undefined ? { code } : { code, params: params[0] }) as ImportMessage;
}

/** The message with the text its params take from the file clipped (`unreadable` carries our own sentences, kept whole). */
function clipParams(message: ImportMessage): ImportMessage {
  if (!message.params || message.code === "unreadable") return message;
  const params = Object.fromEntries(Object.entries(message.params).map(([k, v]) => [k, typeof v === "string" ? clipEcho(v) : v]));
  return { ...message, params } as ImportMessage;
}

/** A RowError for a message: its code and params, and the reason in both languages; the column and value clipped. */
export function rowErrorOf(row: number, column: string, value: string, message: ImportMessage): RowError {
  const m = clipParams(message);
  const error: RowError = { row, column: clipEcho(column), value: clipEcho(value), reason: importErrorText(m, "en"), reasonZh: importErrorText(m, "zh-CN"), code: m.code };
  if (m.params) error.params = { ...m.params };
  return error;
}

/** A RowError with its code and both languages. */
export function rowError<C extends ImportErrorCode>(row: number, column: string, value: string, code: C, ...params: ParamsArg<C>): RowError {
  return rowErrorOf(row, column, value, importMessage(code, ...params));
}

/** A row left out on purpose (an empty row, a `Total` row), with why in both languages. */
export interface SkippedRow {
  line: number;
  reason: string;
  reasonZh: string;
  code: ImportErrorCode;
}

export function skippedRow(line: number, message: ImportMessage): SkippedRow {
  const m = clipParams(message);
  return { line, reason: importErrorText(m, "en"), reasonZh: importErrorText(m, "zh-CN"), code: m.code };
}

/** A skipped row as the API shows it. */
export function localizeSkipped(s: { line: number; reason: string; reasonZh?: string }): { line: number; reason: string; reasonZh: string } {
  return { line: s.line, reason: s.reason, reasonZh: s.reasonZh ?? s.reason };
}

/** A row error as the API and CLI show it: both languages, and `message` in the one asked for. */
export interface LocalizedRowError {
  row: number;
  column: string;
  value: string;
  reason: string;
  reasonZh: string;
  code?: string;
  message: string;
}

/**
 * The error in `lang`. Its texts were made from its code when it was raised;
 * an error stored by an older import may lack the Chinese (it shows in
 * English), or hold a whole giant cell (shown clipped).
 */
export function localizeRowError(error: Pick<RowError, "row" | "column" | "value" | "reason"> & { reasonZh?: string; code?: string }, lang: ImportLang): LocalizedRowError {
  const { row, reason, code } = error;
  const column = clipEcho(error.column);
  const value = clipEcho(error.value);
  const reasonZh = error.reasonZh ?? reason;
  return { row, column, value, reason, reasonZh, ...(code === undefined ? {} : { code }), message: lang === "zh-CN" ? reasonZh : reason };
}

/** `?lang=zh-CN|en` first, then Accept-Language (English when it asks for English first), else Chinese: the API's one rule. */
export { requestLocale as importLang } from "@/lib/i18n/request-locale";

/** A sentence the preview shows (a note, the roll-up), in both languages. */
export interface LocalText {
  code: string;
  en: string;
  zh: string;
}

const DATE_ERRORS: Record<string, "not_date" | "no_date" | "not_date_in_year" | "year_out_of_range" | "not_time_of_day"> = {
  "not a date": "not_date",
  "no date": "no_date",
  "not a date in that year": "not_date_in_year",
  "year out of range": "year_out_of_range",
  "not a time of day": "not_time_of_day",
};

/**
 * What a date that cannot be read (lib/ingest/dates.ts: `{ error }` with a
 * short English phrase, or `{ needsYear }`) means, as a message code.
 */
export function dateErrorMessage(result: { error: string } | { needsYear: true }): ImportMessage {
  if ("needsYear" in result) return { code: "needs_year" };
  const zone = /^unknown time zone (.+)$/s.exec(result.error);
  if (zone) return { code: "unknown_time_zone", params: { zone: zone[1] as string } };
  return { code: DATE_ERRORS[result.error] ?? "not_date" };
}

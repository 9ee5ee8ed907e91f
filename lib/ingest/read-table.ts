// Any export file → its cells (RawTable). `.xlsx` is recognised by its
// bytes (a ZIP: `PK\x03\x04`), not only by its name; everything else is text
// in a detected encoding, split with the separator a `sep=` first line names
// or, failing that, the one of `,` `;` tab that gives the most consistent
// column count. Old binary `.xls`, other binary files and empty files are
// rejected with a message in English and Chinese, and so is an .xlsx that
// unpacks to more than a workbook should (xlsx-guard.ts) or holds a cell
// longer than Excel allows.
import { importErrorText, type ImportMessage } from "@/lib/i18n/messages/import-errors";
import type { RawTable } from "./types";
import { parseCsv, type CsvRecord } from "./csv";
import { decodeText } from "./decode";
import { readXlsxOffThread, type NumericCellText, type XlsxSheet } from "./read-xlsx-off-thread";
import { guardXlsx, MAX_XLSX_UNPACKED_BYTES, XlsxTooLargeError } from "./xlsx-guard";

export type UnreadableReason = "empty" | "xls" | "xlsx" | "binary" | "html" | "xlsx_too_large" | "cell_too_long";

/** The file cannot be read as a table; `message` says why and what to do, in English and Chinese. */
export class UnreadableFileError extends Error {
  readonly reason: UnreadableReason;
  readonly messageEn: string;
  readonly messageZh: string;
  /** the import error the file is rejected with: its code and params (lib/i18n/messages/import-errors.ts) */
  readonly importMessage: ImportMessage;
  constructor(reason: UnreadableReason, importMessage: ImportMessage) {
    const messageEn = importErrorText(importMessage, "en");
    const messageZh = importErrorText(importMessage, "zh-CN");
    super(`${messageEn} / ${messageZh}`);
    this.name = "UnreadableFileError";
    this.reason = reason;
    this.messageEn = messageEn;
    this.messageZh = messageZh;
    this.importMessage = importMessage;
  }
}

const MESSAGES: Record<Exclude<UnreadableReason, "xlsx_too_large" | "cell_too_long">, [string, string]> = {
  empty: ["The file is empty.", "文件是空的。"],
  xls: [
    "This is an old Excel .xls file (or a password-protected workbook), which cannot be read: open it in Excel and save as .xlsx or .csv, then import that file.",
    "这是旧版 Excel .xls 文件（或带密码的工作簿），无法读取：请在 Excel 中打开并另存为 .xlsx 或 .csv 后再导入。",
  ],
  xlsx: [
    "This .xlsx file is damaged or not a spreadsheet: open it in Excel and save it again as .xlsx or .csv.",
    "该 .xlsx 文件已损坏或不是表格：请在 Excel 中打开并重新另存为 .xlsx 或 .csv。",
  ],
  binary: [
    "This is not a table (CSV, TSV or .xlsx): it looks like a binary file. Export the data again as .csv or .xlsx.",
    "这不是表格文件（CSV、TSV 或 .xlsx），看起来是二进制文件。请重新导出为 .csv 或 .xlsx。",
  ],
  html: [
    "This file is a web page saved with a spreadsheet name: open it in Excel and save as .xlsx or .csv.",
    "该文件是以表格文件名保存的网页：请在 Excel 中打开并另存为 .xlsx 或 .csv。",
  ],
};

function unreadable(reason: keyof typeof MESSAGES): UnreadableFileError {
  const [message, messageZh] = MESSAGES[reason];
  return new UnreadableFileError(reason, { code: "unreadable", params: { message, messageZh } });
}

/** Excel's own limit on the text of one cell: no export opened in Excel has a longer one. */
export const MAX_CELL_CHARS = 32_767;

/** A column as a spreadsheet names it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: .xls (BIFF8), and encrypted .xlsx */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** BIFF2–BIFF5 worksheets saved without the OLE2 container */
const BIFF = [
  [0x09, 0x00, 0x04, 0x00],
  [0x09, 0x02, 0x06, 0x00],
  [0x09, 0x04, 0x06, 0x00],
  [0x09, 0x08, 0x08, 0x00],
  [0x09, 0x08, 0x10, 0x00],
];

// ---- cells of a spreadsheet as text -----------------------------------------

/** A number as plain decimal text, at Excel's 15 significant digits (drops float noise), no exponent. */
export function numberToPlainText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const short = String(value);
  const digits = short.replace(/^-/, "").replace(/e.*$/i, "").replace(".", "").replace(/^0+/, "");
  const text = digits.length > 15 ? String(Number(value.toPrecision(15))) : short;
  const m = /^(-?)(\d+)(?:\.(\d+))?e([-+]\d+)$/i.exec(text);
  if (!m) return text;
  const [, sign, int = "", frac = "", expText] = m;
  const exp = Number(expText);
  const all = `${int}${frac}`;
  const point = int.length + exp;
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${all}`.replace(/0+$/, "");
  if (point >= all.length) return `${sign}${all}${"0".repeat(point - all.length)}`;
  return `${sign}${all.slice(0, point)}.${all.slice(point)}`;
}

/** A date cell: `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS` when it has a time (Excel dates carry no zone: read as UTC). */
export function dateToText(date: Date): string {
  const ms = Math.round(date.getTime() / 1000) * 1000;
  if (!Number.isFinite(ms)) return "";
  const iso = new Date(ms).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? day : `${day} ${time}`;
}

/** A numeric cell: the text stored in the sheet, told apart from a text cell such as `007`. */
function isNumericCell(value: unknown): value is NumericCellText {
  return typeof value === "object" && value !== null && typeof (value as NumericCellText).numeric === "string";
}

function cellToText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (isNumericCell(value)) {
    const n = Number(value.numeric);
    return Number.isFinite(n) ? numberToPlainText(n) : value.numeric;
  }
  if (typeof value === "number") return numberToPlainText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateToText(value);
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<RawTable> {
  let sheets: XlsxSheet[];
  try {
    // read-excel-file only ever sees the parts checked and unpacked within the limit, and reads them off the request thread.
    sheets = await readXlsxOffThread(await guardXlsx(bytes));
  } catch (error) {
    if (error instanceof XlsxTooLargeError) {
      throw new UnreadableFileError("xlsx_too_large", { code: "xlsx_too_large", params: { limitMb: Math.round(MAX_XLSX_UNPACKED_BYTES / 1024 / 1024) } });
    }
    throw unreadable("xlsx");
  }
  for (const { sheet, data } of sheets) {
    const records: RawTable["records"] = [];
    data.forEach((row, i) => {
      const cells = (Array.isArray(row) ? row : []).map(cellToText);
      const long = cells.findIndex((c) => c.length > MAX_CELL_CHARS);
      if (long >= 0) throw new UnreadableFileError("cell_too_long", { code: "cell_too_long", params: { row: i + 1, column: columnLetters(long), max: MAX_CELL_CHARS } });
      if (cells.some((c) => c.trim() !== "")) records.push({ line: i + 1, cells });
    });
    if (records.length) return { records, encoding: "xlsx", separator: null, sheet };
  }
  throw unreadable("empty");
}

// ---- text -----------------------------------------------------------------

const CANDIDATES = [",", ";", "\t"] as const;
const SNIFF_CHARS = 65_536;
const SNIFF_RECORDS = 20;

/** The separator giving the most records with the same (> 1) number of cells among the first ones. */
export function sniffSeparator(text: string): string {
  const sample = text.slice(0, SNIFF_CHARS);
  let best: string = ",";
  let bestScore = -1;
  for (const sep of CANDIDATES) {
    const counts = parseCsv(sample, sep)
      .slice(0, SNIFF_RECORDS)
      .map((r) => r.cells.length);
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 1) freq.set(c, (freq.get(c) ?? 0) + 1);
    let score = 0;
    for (const [width, n] of freq) {
      // Consistency first; a wider consistent split breaks ties.
      const s = n * 1000 + Math.min(width, 999);
      if (s > score) score = s;
    }
    if (score > bestScore) {
      bestScore = score;
      best = sep;
    }
  }
  return best;
}

/** Control characters other than tab/CR/LF, NUL and U+FFFD, counted to tell text from binary. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SNIFF_CHARS);
  if (sample.includes("\u0000")) return true;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad > Math.max(2, sample.length * 0.01);
}

function readText(bytes: Uint8Array, fileName: string): RawTable {
  const { text: decoded, encoding } = decodeText(bytes);
  let text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  // A file named .xlsx that is text after all (a renamed CSV) is read as text.
  if (looksBinary(text)) throw unreadable(/\.(xlsx|xlsm)$/i.test(fileName) ? "xlsx" : "binary");
  if (/^\s*<(!doctype html|html|table)\b/i.test(text.slice(0, 1000))) throw unreadable("html");
  let separator: string | null = null;
  let lineOffset = 0;
  const sep = /^"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  if (sep) {
    separator = sep[1] as string;
    text = text.slice(sep[0].length);
    lineOffset = 1;
  }
  separator ??= sniffSeparator(text);
  const records = parseCsv(text, separator).map((r: CsvRecord) => ({ line: r.line + lineOffset, cells: r.cells }));
  if (!records.some((r) => r.cells.some((c) => c.trim() !== ""))) throw unreadable("empty");
  return { records, encoding, separator };
}

/** Reads an export file into records of text cells with their line (row) numbers in the file. */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<RawTable> {
  if (bytes.length === 0) throw unreadable("empty");
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  if (startsWith(bytes, OLE2) || BIFF.some((m) => startsWith(bytes, m))) throw unreadable("xls");
  return readText(bytes, fileName);
}

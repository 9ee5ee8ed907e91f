// CSV for `?format=csv`: UTF-8 with a byte-order mark so that Excel opens
// Chinese text correctly, CRLF line ends, RFC 4180 quoting. Every CSV the app
// writes (these answers, the canonical export, the comparison table's
// download) makes its cells with csvCell, so none can carry a formula.
import { guardFormula } from "@/lib/spreadsheet-formula";

export type CsvCell = string | number | boolean | null | undefined;

/**
 * One cell as CSV text. Text is guarded against formulas (lib/spreadsheet-formula.ts);
 * numbers and booleans are written as they are, so `-3` stays a number.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? guardFormula(value) : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export function csvResponse(fileName: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): Response {
  return new Response(toCsv(header, rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
    },
  });
}

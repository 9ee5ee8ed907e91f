// The canonical CSV of PRODUCT.md (the template on /data and the lossless
// export): one row per account per day. Rows are validated exactly as
// parseCanonicalCsv does (validateCanonicalRecord). When every measure
// column is there, each record carries every measure key, so the importer
// treats the row as the whole truth for its account and day (an empty cell
// sets the measure to unknown); a file with only some measure columns
// carries only those keys and leaves the other measures as they are.
import { MEASURES, type Measure } from "@/lib/metrics/measures";
import { currencyDigits } from "@/lib/reference/currencies";
import { CANONICAL_HEADER, CANONICAL_MEASURE_COLUMNS, validateCanonicalRecord, type CanonicalMeasureColumn } from "../canonical";
import { rowError } from "../error-messages";
import { normaliseHeader } from "../header";
import { DailyCollector, dataRows, emptyResult, headerLineOf, note, scoreHeader, type BuiltInPreset, type HeaderSpec } from "./shared";

const MEASURE_COLUMNS = Object.keys(CANONICAL_MEASURE_COLUMNS) as CanonicalMeasureColumn[];

const SPEC: HeaderSpec = {
  required: [["date"], ["platform"], ["account"]],
  optional: MEASURE_COLUMNS.map((c) => [c]),
};

/** the score of a header with the three key columns, whatever its measures (≥ MIN_DETECT_SCORE) */
const CANONICAL_KEYS_SCORE = 0.5;

const isAutoName = (name: string) => /^\(column \d+\)$/.test(name);

export const canonicalPreset: BuiltInPreset = {
  key: "canonical",
  nameEn: "Canonical CSV (one row per account per day)",
  nameZh: "标准 CSV（每个账号每天一行）",
  platform: null,
  kind: "daily",
  headers: CANONICAL_HEADER,
  // date, platform and account are this layout's signature (no platform export
  // has all three); a file may carry any subset of the measure columns, so
  // their share alone would rank a partial canonical file below the minimum.
  detect: (header) => {
    const score = scoreHeader(header, SPEC);
    return score > 0 ? Math.max(score, CANONICAL_KEYS_SCORE) : 0;
  },
  needs: () => [],
  parse(header, rows, context) {
    const result = emptyResult();
    const headerLine = headerLineOf(header, rows);
    const names = header.names.map((n) => (isAutoName(n) ? "" : normaliseHeader(n)));
    for (const [i, name] of names.entries()) {
      if (name !== "" && !CANONICAL_HEADER.includes(name)) result.errors.push(rowError(headerLine, header.names[i] as string, header.names[i] as string, "unknown_column"));
    }
    for (const column of ["date", "platform", "account"]) {
      if (!names.includes(column)) result.errors.push(rowError(headerLine, column, "", "required_column_missing"));
    }
    if (result.errors.length) return result;

    const present = MEASURE_COLUMNS.filter((c) => names.includes(c)).map((c) => CANONICAL_MEASURE_COLUMNS[c] as Measure);
    const whole = present.length === MEASURES.length;
    if (!whole) {
      note(
        result,
        "canonical_partial",
        "Only the measure columns in the file are imported; other measures keep their stored values.",
        "只导入文件中包含的指标列，其他指标保留原有数值。",
      );
    }
    const digits = currencyDigits(context.currency);
    const collector = new DailyCollector(result);
    for (const row of dataRows(rows, result)) {
      // A short row would blank the measures it lost; extra cells would be data without a column.
      if (row.cells.length < names.length || row.cells.slice(names.length).some((c) => c.trim() !== "")) {
        result.errors.push(rowError(row.line, "(row)", row.cells.join(","), "cell_count", { cells: row.cells.length, header: names.length }));
        continue;
      }
      const record: Record<string, string> = {};
      names.forEach((name, i) => {
        if (name !== "") record[name] = row.cells[i] ?? "";
      });
      const validated = validateCanonicalRecord(record, row.line, digits, "file");
      if (Array.isArray(validated)) {
        result.errors.push(...validated);
        continue;
      }
      const measures = whole ? validated.measures : Object.fromEntries(present.map((m) => [m, validated.measures[m] ?? null]));
      collector.add({ line: row.line, day: validated.day, platformKey: validated.platformKey, account: validated.account, measures }, "date", validated.day);
    }
    return result;
  },
};

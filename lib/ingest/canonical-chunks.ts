// The canonical preset's row reading (presets/canonical.ts), specialised for
// the streaming path where it runs a million times: column positions worked
// out once, no per-row closures or temporary maps. For a clean canonical
// header it returns what canonicalPreset.parse returns for the same rows —
// the same records, errors, skipped rows and notes — except that a second
// row for the same account and day is left to the caller, which checks that
// across the whole file (DayLineIndex). A unit test holds the two to the
// same output on random chunks.
import { MEASURES, type Measure } from "@/lib/metrics/measures";
import { currencyDigits } from "@/lib/reference/currencies";
import { CANONICAL_MEASURE_COLUMNS, validateCanonicalRecord, type CanonicalMeasureColumn } from "./canonical";
import { rowError } from "./error-messages";
import { normaliseHeader } from "./header";
import { dataRows, emptyResult, note, type BuiltInPresetResult } from "./presets/shared";
import type { ImportContext, LocatedHeader } from "./types";

const isAutoName = (name: string) => /^\(column \d+\)$/.test(name);

export type ChunkReader = (rows: readonly { line: number; cells: string[] }[]) => BuiltInPresetResult;

/** A reader for rows under `header`, whose names must all be canonical columns (or unnamed); money in the context's currency. */
export function canonicalChunkReader(header: LocatedHeader, context: Pick<ImportContext, "currency">): ChunkReader {
  const digits = currencyDigits(context.currency);
  const names = header.names.map((n) => (isAutoName(n) ? "" : normaliseHeader(n)));
  const width = names.length;
  const named = names.flatMap((name, i) => (name === "" ? [] : [{ name, i }]));
  const present = (Object.keys(CANONICAL_MEASURE_COLUMNS) as CanonicalMeasureColumn[]).filter((c) => names.includes(c)).map((c) => CANONICAL_MEASURE_COLUMNS[c] as Measure);
  const whole = present.length === MEASURES.length;

  return (rows) => {
    const result = emptyResult();
    if (!whole) {
      note(
        result,
        "canonical_partial",
        "Only the measure columns in the file are imported; other measures keep their stored values.",
        "只导入文件中包含的指标列，其他指标保留原有数值。",
      );
    }
    for (const row of rows) {
      const cells = row.cells;
      // A first cell that starts with a digit is neither empty nor a Total row; anything else is dataRows' call.
      const first = cells[0]?.charCodeAt(0) ?? -1;
      if (!(first >= 48 && first <= 57) && dataRows([row], result).length === 0) continue;
      // A short row would blank the measures it lost; extra cells would be data without a column.
      let extra = false;
      for (let k = width; k < cells.length; k++) {
        if ((cells[k] as string).trim() !== "") {
          extra = true;
          break;
        }
      }
      if (cells.length < width || extra) {
        result.errors.push(rowError(row.line, "(row)", cells.join(","), "cell_count", { cells: cells.length, header: width }));
        continue;
      }
      const record: Record<string, string> = {};
      for (let k = 0; k < named.length; k++) {
        const c = named[k] as { name: string; i: number };
        record[c.name] = cells[c.i] ?? "";
      }
      const validated = validateCanonicalRecord(record, row.line, digits, "file");
      if (Array.isArray(validated)) {
        for (const e of validated) result.errors.push(e);
        continue;
      }
      let measures: Partial<Record<Measure, number | null>> = validated.measures;
      if (!whole) {
        measures = {};
        for (const m of present) measures[m] = validated.measures[m] ?? null;
      }
      result.daily.push({ line: row.line, day: validated.day, platformKey: validated.platformKey, account: validated.account, measures });
    }
    return result;
  };
}

// A preset made from a column mapping the user drew on /data for a layout no
// built-in preset knows: one row per day (or every row on the upload's day),
// one platform, an account column or a fixed account, and header → measure.
// Cells are read with the built-in presets' helpers (values.ts, dates.ts via
// presets/shared.ts), so the same texts parse and fail the same way.
import { MONEY_MEASURES, type Measure } from "@/lib/metrics/measures";
import type { Day } from "@/lib/metrics/periods";
import type { CustomMapping } from "@/lib/schemas/api/imports";
import { CANONICAL_MEASURE_COLUMNS } from "./canonical";
import { rowError } from "./error-messages";
import { normaliseHeader } from "./header";
import {
  Columns,
  DailyCollector,
  dataRows,
  emptyResult,
  hasYearlessDates,
  headerLineOf,
  moneyCell,
  note,
  readRowDay,
  RowReader,
  yearlessReading,
  type BuiltInPreset,
  type CellKind,
} from "./presets/shared";
import type { ImportContext, PresetNeed } from "./types";

/** The measure a mapped column feeds, and how its cells are read (money in the import's currency). */
export function mappedMeasure(name: string, context: ImportContext): { measure: Measure; kind: CellKind } {
  if (name === "watch_hours") return { measure: "watchSeconds", kind: "hours" };
  const measure = (name in CANONICAL_MEASURE_COLUMNS ? CANONICAL_MEASURE_COLUMNS[name as keyof typeof CANONICAL_MEASURE_COLUMNS] : name) as Measure;
  return { measure, kind: (MONEY_MEASURES as readonly Measure[]).includes(measure) ? moneyCell(context) : "count" };
}

export interface MappedPresetDefinition {
  key: string;
  nameEn: string;
  nameZh: string;
  mapping: CustomMapping;
  /** the header the mapping was drawn on; detection scores against it */
  headers?: readonly string[];
}

/** The header names a mapping reads. */
export function mappingColumns(mapping: CustomMapping): string[] {
  return [mapping.dateColumn, mapping.accountColumn, ...Object.keys(mapping.columns)].filter((c): c is string => !!c);
}

export function mappedPreset(def: MappedPresetDefinition): BuiltInPreset {
  const { mapping } = def;
  const required = mappingColumns(mapping);
  const known = [...new Set([...required, ...(def.headers ?? [])])];
  return {
    key: def.key,
    nameEn: def.nameEn,
    nameZh: def.nameZh,
    platform: mapping.platform ?? null,
    kind: "daily",
    headers: known,
    detect(header) {
      const cols = new Columns(header);
      if (!required.every((c) => cols.has([c]))) return 0;
      const present = known.filter((c) => cols.has([c])).length;
      // The columns a mapping reads are all there; the rest of its header makes it more certain.
      const extra = new Set(header.map(normaliseHeader)).size - present;
      return Math.round((present / (known.length + Math.max(0, extra))) * 1000) / 1000;
    },
    needs(header, rows, context) {
      const needs: PresetNeed[] = [];
      const cols = new Columns(header);
      if (!mapping.dateColumn) {
        if (!context.day) needs.push("day");
      } else if (context.year === undefined && !context.exportDay && hasYearlessDates(rows, cols.find([mapping.dateColumn]))) {
        needs.push("year");
      }
      if (!mapping.platform && !context.platform) needs.push("platform");
      if (!mapping.accountColumn && !mapping.account && !context.account?.trim()) needs.push("account");
      return needs;
    },
    yearless: (header, rows, context) => (mapping.dateColumn ? yearlessReading(context, rows, new Columns(header).find([mapping.dateColumn])) : null),
    parse(header, rows, context) {
      const result = emptyResult();
      const cols = new Columns(header.names);
      const headerLine = headerLineOf(header, rows);
      for (const c of required) {
        if (!cols.has([c])) result.errors.push(rowError(headerLine, c, "", "required_column_missing"));
      }
      const platformKey = mapping.platform ?? context.platform;
      if (result.errors.length || !platformKey) return result;
      const dateIndex = mapping.dateColumn ? cols.find([mapping.dateColumn]) : -1;
      const accountIndex = mapping.accountColumn ? cols.find([mapping.accountColumn]) : -1;
      const measureColumns = Object.entries(mapping.columns).map(([name, m]) => ({ index: cols.find([name]), ...mappedMeasure(m, context) }));
      const data = dataRows(rows, result);
      const reading = yearlessReading(context, data, dateIndex);
      const collector = new DailyCollector(result);
      if (mapping.percentAs) {
        note(result, "mapping_percent", "Percentage columns are not stored (base measures are counts and amounts).", "百分比列不会保存（基础指标为数量和金额）。");
      }
      for (const row of data) {
        const r = new RowReader(row.line, row.cells, cols, result.errors);
        let day: Day | null = context.day ?? null;
        if (dateIndex >= 0) {
          day = readRowDay(r, dateIndex, reading, result.errors);
        }
        const account = (accountIndex >= 0 ? r.text(accountIndex) : null) ?? mapping.account ?? context.account?.trim() ?? null;
        if (accountIndex >= 0 && !account) r.error(accountIndex, { code: "missing" });
        const measures: Partial<Record<Measure, number | null>> = {};
        for (const c of measureColumns) {
          const value = r.value(c.index, c.kind, c.measure);
          if (value !== undefined) measures[c.measure] = c.kind === "hours" && value !== null ? Math.round(value) : value;
        }
        if (r.failed || !day || !account) continue;
        collector.add({ line: row.line, day, platformKey, account: account.slice(0, 200), measures }, mapping.dateColumn ?? "(day)", day);
      }
      return result;
    },
  };
}

// Shared by the ingest tests: a file's bytes through the parsing half of the
// importer (readTable → locateHeader → detectPresets → parse).
import { ALL_KNOWN_HEADERS, detectPresets } from "@/lib/ingest/detect-preset";
import { locateHeader } from "@/lib/ingest/header";
import type { BuiltInPresetResult } from "@/lib/ingest/presets";
import { presetByKey } from "@/lib/ingest/presets";
import { readTable } from "@/lib/ingest/read-table";
import type { ImportContext, LocatedHeader, Preset, PresetNeed, RawTable } from "@/lib/ingest/types";

export interface Imported {
  table: RawTable;
  header: LocatedHeader;
  detected: { preset: Preset; score: number }[];
  preset: Preset;
  needs: PresetNeed[];
  result: BuiltInPresetResult;
}

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** Reads and parses a file with the detected preset (or the one named). */
export async function importBytes(bytes: Uint8Array, context: Partial<ImportContext> & { fileName: string }, presetKey?: string): Promise<Imported> {
  const ctx: ImportContext = { timeZone: "Asia/Shanghai", currency: "CNY", ...context };
  const table = await readTable(bytes, ctx.fileName);
  const header = locateHeader(table.records, ALL_KNOWN_HEADERS);
  if (!header) throw new Error("no header found");
  const detected = detectPresets(header.names);
  const preset = presetKey ? presetByKey(presetKey) : detected[0]?.preset;
  if (!preset) throw new Error(`no preset for ${header.names.join(",")}`);
  const rows = table.records.slice(header.index + 1 + (header.secondRow ? 1 : 0));
  const needs = preset.needs(header.names, rows.map((r) => r.cells), ctx);
  const result = preset.parse(header, rows, ctx) as BuiltInPresetResult;
  return { table, header, detected, preset, needs, result };
}

export function importText(text: string, context: Partial<ImportContext> & { fileName: string }, presetKey?: string): Promise<Imported> {
  return importBytes(utf8(text), context, presetKey);
}

/** A CSV line with every cell quoted. */
export const quoted = (cells: readonly string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(",");

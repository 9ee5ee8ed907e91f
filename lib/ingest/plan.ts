// Planning: which way through the pipeline a file takes. The canonical CSV
// in UTF-8 with a clean header streams; every other file is read whole;
// a file that cannot be read, whose layout is unknown or that needs more
// input stops here with the reason.
import { createHash } from "node:crypto";
import { open, readFile, stat } from "node:fs/promises";
import { now } from "@/lib/clock";
import { dayInZone } from "@/lib/metrics/periods";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { CANONICAL_HEADER } from "./canonical";
import { chooseOverride, CUSTOM_PREFIX, infoOf, rank, savedPresets, type Chosen } from "./choose-preset";
import { exportDayFromFileName, type YearlessReading } from "./dates";
import { ALL_KNOWN_HEADERS, MIN_DETECT_SCORE } from "./detect-preset";
import { rowErrorOf } from "./error-messages";
import type { ImportInput, ImportPreview, LayoutDetection, PresetInfo } from "./import-types";
import { locateHeader, normaliseHeader } from "./header";
import { canonicalPreset } from "./presets";
import { readTable, UnreadableFileError } from "./read-table";
import type { ImportContext, LocatedHeader, Preset, PresetNeed, RawTable, RowError } from "./types";
import type { Queryable } from "./write-daily-metrics";

const SNIFF_BYTES = 64 * 1024;

export interface PlanBase {
  fileName: string;
  size: number;
  format: ImportPreview["format"];
  header: LocatedHeader | null;
  headerLine: number | null;
  candidates: (PresetInfo & { score: number })[];
  chosen: Chosen | null;
  detection: LayoutDetection | null;
  /** how the file's dates without a year are read (null when they all have one) */
  dates: YearlessReading | null;
  context: ImportContext;
}

export type Plan =
  | (PlanBase & { kind: "unreadable"; hash: string; error: RowError })
  | (PlanBase & { kind: "unknown_layout"; hash: string })
  | (PlanBase & { kind: "needs"; hash: string; needs: PresetNeed[] })
  | (PlanBase & { kind: "stream"; header: LocatedHeader; headerLine: number; separator: string; chosen: Chosen })
  | (PlanBase & { kind: "table"; hash: string; header: LocatedHeader; chosen: Chosen; rows: RawTable["records"] });

async function headBytes(input: ImportInput): Promise<Uint8Array> {
  if (input.bytes) return input.bytes.subarray(0, SNIFF_BYTES);
  const handle = await open(input.path as string, "r");
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const isAutoName = (name: string) => /^\(column \d+\)$/.test(name);

/** A header the canonical preset reads without a header error (every name canonical, the three keys there). */
function cleanCanonicalHeader(header: LocatedHeader): boolean {
  if (header.secondRow) return false;
  const names = header.names.filter((n) => !isAutoName(n)).map(normaliseHeader);
  return names.every((n) => CANONICAL_HEADER.includes(n)) && ["date", "platform", "account"].every((k) => names.includes(k));
}

function contextFor(workspace: Workspace, input: ImportInput): ImportContext {
  const o = input.options ?? {};
  return {
    fileName: input.fileName,
    timeZone: workspace.timeZone,
    currency: workspace.currency,
    exportDay: o.exportDay ?? exportDayFromFileName(input.fileName) ?? undefined,
    year: o.year,
    platform: o.platform,
    account: o.account,
    day: o.day,
    today: dayInZone(input.now ?? now(), workspace.timeZone),
  };
}

function knownHeaders(saved: readonly Preset[], override: Chosen | null): ReadonlySet<string> {
  const extra = saved.flatMap((p) => ("headers" in p && Array.isArray(p.headers) ? (p.headers as string[]) : []));
  if (override?.via === "mapping" && "headers" in override.preset) extra.push(...(override.preset.headers as string[]));
  if (extra.length === 0) return ALL_KNOWN_HEADERS;
  return new Set([...ALL_KNOWN_HEADERS, ...extra.map(normaliseHeader)]);
}

function locate(table: RawTable, known: ReadonlySet<string>): { header: LocatedHeader | null; headerLine: number | null } {
  const header = locateHeader(table.records, known);
  return { header, headerLine: header ? (table.records[header.index]?.line ?? null) : null };
}

export /** The best-scoring preset and whether it reaches the minimum. */
function detectionOf(ranked: readonly { preset: Preset; score: number }[]): LayoutDetection {
  const top = ranked[0];
  return { minScore: MIN_DETECT_SCORE, best: top ? { ...infoOf(top.preset), score: top.score } : null, accepted: top !== undefined && top.score >= MIN_DETECT_SCORE };
}

type StreamPlan = Extract<Plan, { kind: "stream" }>;

/**
 * The streaming plan when the file is the canonical CSV in UTF-8 with a
 * clean header — decided from its first 64 kB, read as the whole file
 * would be — else null.
 */
async function streamPlanFor(input: ImportInput, base: Omit<PlanBase, "format" | "header" | "headerLine" | "chosen" | "detection">, known: ReadonlySet<string>, saved: readonly Preset[], override: Chosen | null): Promise<StreamPlan | null> {
  if (override && override.preset.key !== canonicalPreset.key) return null;
  const head = await headBytes(input);
  // Whole lines only (a cut multi-byte character would look like another encoding).
  const cut = base.size > head.length ? head.lastIndexOf(0x0a) + 1 : head.length;
  if (cut === 0) return null;
  let sniffed: RawTable;
  try {
    sniffed = await readTable(head.subarray(0, cut), input.fileName);
  } catch {
    return null;
  }
  if ((sniffed.encoding !== "utf-8" && sniffed.encoding !== "utf-8-bom") || !sniffed.separator) return null;
  const { header, headerLine } = locate(sniffed, known);
  if (!header || headerLine === null) return null;
  const ranked = rank(header, saved);
  const detection = override ? null : detectionOf(ranked);
  const chosen = override ?? (ranked[0] && detection?.accepted ? { preset: ranked[0].preset, score: ranked[0].score, via: "detected" as const } : null);
  if (chosen?.preset.key !== canonicalPreset.key || !cleanCanonicalHeader(header)) return null;
  return {
    ...base,
    kind: "stream",
    format: { encoding: sniffed.encoding, separator: sniffed.separator, sheet: null },
    header,
    headerLine,
    separator: sniffed.separator,
    candidates: ranked.slice(0, 5).map((r) => ({ ...infoOf(r.preset), score: r.score })),
    chosen,
    detection,
  };
}

export async function plan(db: Queryable, workspace: Workspace, input: ImportInput): Promise<Plan> {
  if (!input.bytes === !input.path) throw new Error("give exactly one of the file's bytes and its path");
  const size = input.bytes ? input.bytes.length : (await stat(input.path as string)).size;
  const saved = await savedPresets(db, workspace.id);
  const override = chooseOverride(input.options ?? {}, saved);
  const known = knownHeaders(saved, override);
  const base = { fileName: input.fileName, size, context: contextFor(workspace, input), candidates: [] as PlanBase["candidates"], detection: null, dates: null };
  const stream = await streamPlanFor(input, base, known, saved, override);
  if (stream) return stream;

  const bytes = input.bytes ?? new Uint8Array(await readFile(input.path as string));
  const hash = sha256(bytes);
  let table: RawTable;
  try {
    table = await readTable(bytes, input.fileName);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return {
      ...base,
      kind: "unreadable",
      hash,
      format: { encoding: null, separator: null, sheet: null },
      header: null,
      headerLine: null,
      chosen: null,
      error: rowErrorOf(0, "(file)", "", error.importMessage),
    };
  }
  const format = { encoding: table.encoding, separator: table.separator, sheet: table.sheet ?? null };
  const { header, headerLine } = locate(table, known);
  if (!header) return { ...base, kind: "unknown_layout", hash, format, header: null, headerLine: null, chosen: null };
  const ranked = rank(header, saved);
  const candidates = ranked.slice(0, 5).map((r) => ({ ...infoOf(r.preset), score: r.score }));
  const top = ranked[0];
  const detection = override ? null : detectionOf(ranked);
  const chosen: Chosen | null =
    override ?? (top && detection?.accepted ? { preset: top.preset, score: top.score, via: top.preset.key.startsWith(CUSTOM_PREFIX) ? "saved" : "detected" } : null);
  if (!chosen) return { ...base, kind: "unknown_layout", hash, format, header, headerLine, candidates, chosen: null, detection };
  const rows = table.records.slice(header.index + 1 + (header.secondRow ? 1 : 0));
  const dates = chosen.preset.yearless?.(header.names, rows, base.context) ?? null;
  const needs = chosen.preset.needs(
    header.names,
    rows.map((r) => r.cells),
    base.context,
  );
  if (needs.length) return { ...base, kind: "needs", hash, format, header, headerLine, candidates, chosen, detection, dates, needs };
  return { ...base, kind: "table", hash, format, header, headerLine: headerLine as number, candidates, chosen, detection, dates, rows };
}

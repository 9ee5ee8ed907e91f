// Canonical rows pushed as JSON (POST /api/v1/metrics): each row is turned
// into the canonical record form (column → text) and checked by
// validateCanonicalRecord, exactly like a CSV row. Keys a row does not have
// leave those measures alone; a null or "" is unknown, as an empty cell.
// A batch with any invalid row writes nothing; otherwise all rows go in one
// transaction recorded as an ImportBatch with source "api".
import { refreshAccountSpans } from "@/lib/db/rollups";
import { now as clockNow } from "@/lib/clock";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Measure } from "@/lib/metrics/measures";
import { RollupBuffer } from "@/lib/metrics/rollup-delta";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { currencyDigits } from "@/lib/reference/currencies";
import { CANONICAL_HEADER, CANONICAL_MEASURE_COLUMNS, validateCanonicalRecord, type CanonicalMeasureColumn, type RowError } from "./canonical";
import { DayLineIndex } from "./duplicates";
import { rowError } from "./error-messages";
import type { DailyRecord } from "./types";
import { AccountBook, applyDailyChunk, DAILY_CHUNK, flushRollups, IMPORT_TRANSACTION, type Queryable } from "./write-daily-metrics";

const TEXT_COLUMNS = new Set(["date", "platform", "account"]);
const KNOWN = new Set(CANONICAL_HEADER);

/** One JSON row (index = its position in the request) to a record, or its errors; money has `digits` decimals (currencyDigits). */
export function validateMetricRow(row: Readonly<Record<string, unknown>>, index: number, digits: number): DailyRecord | RowError[] {
  const errors: RowError[] = [];
  const record: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    const shown = typeof value === "string" ? value : JSON.stringify(value) ?? "";
    if (!KNOWN.has(key)) {
      errors.push(rowError(index, key, shown, "unknown_column"));
      continue;
    }
    if (value === null || value === undefined) record[key] = "";
    else if (typeof value === "string") record[key] = value;
    else if (typeof value === "number" && Number.isFinite(value) && !TEXT_COLUMNS.has(key)) record[key] = String(value);
    else errors.push(rowError(index, key, shown, TEXT_COLUMNS.has(key) ? "not_text" : "wrong_type"));
  }
  const result = validateCanonicalRecord(record, index, digits, "json");
  if (Array.isArray(result)) {
    // A cell already reported as the wrong type is not reported twice.
    const reported = new Set(errors.map((e) => e.column));
    return [...errors, ...result.filter((e) => !reported.has(e.column))];
  }
  if (errors.length) return errors;
  const measures: Partial<Record<Measure, number | null>> = {};
  for (const [column, measure] of Object.entries(CANONICAL_MEASURE_COLUMNS) as [CanonicalMeasureColumn, Measure][]) {
    if (column in row) measures[measure] = result.measures[measure];
  }
  return { line: index, day: result.day, platformKey: result.platformKey, account: result.account, measures };
}

export type MetricRowsResult =
  | { ok: true; batchId: number | null; dryRun: boolean; inserted: number; updated: number; unchanged: number }
  | { ok: false; errors: RowError[] };

/** Validates every row; writes them all in one transaction (or, with dryRun, only counts), or nothing. */
export async function importMetricRows(
  db: Db,
  workspace: Workspace,
  input: { rows: readonly Readonly<Record<string, unknown>>[]; dryRun?: boolean; createdBy?: string | null },
): Promise<MetricRowsResult> {
  const records: DailyRecord[] = [];
  const errors: RowError[] = [];
  const seen = new DayLineIndex();
  const digits = currencyDigits(workspace.currency);
  input.rows.forEach((row, index) => {
    const result = validateMetricRow(row, index, digits);
    if (Array.isArray(result)) {
      errors.push(...result);
      return;
    }
    // DayLineIndex keeps lines ≥ 1; indexes start at 0.
    const earlier = seen.check(result.platformKey, result.account, result.day, index + 1);
    if (earlier !== 0) errors.push(rowError(index, "date", result.day, "duplicate_api_row", { line: earlier - 1 }));
    else records.push(result);
  });
  if (errors.length) return { ok: false, errors };

  const apply = async (q: Queryable, batchId: number | null, write: boolean) => {
    const book = await AccountBook.load(q, workspace.id, workspace.currency);
    const totals = { inserted: 0, updated: 0, unchanged: 0 };
    const now = clockNow();
    const rollups = new RollupBuffer();
    for (let i = 0; i < records.length; i += DAILY_CHUNK) {
      const c = await applyDailyChunk(q, { workspaceId: workspace.id, book, records: records.slice(i, i + DAILY_CHUNK), write, rollups, batchId, now });
      totals.inserted += c.inserted;
      totals.updated += c.updated;
      totals.unchanged += c.unchanged;
    }
    if (write) await flushRollups(q, workspace.id, rollups);
    return totals;
  };
  if (input.dryRun) return { ok: true, batchId: null, dryRun: true, ...(await apply(db, null, false)) };

  const days = records.map((r) => r.day).sort();
  return db.$transaction(async (tx) => {
    const batch = await tx.importBatch.create({
      data: {
        workspaceId: workspace.id,
        fileName: "POST /api/v1/metrics",
        contentHash: createHash("sha256").update(JSON.stringify(input.rows)).digest("hex"),
        preset: "canonical",
        kind: "api",
        source: "api",
        status: "committed",
        createdBy: input.createdBy ?? null,
      },
      select: { id: true },
    });
    const totals = await apply(tx, batch.id, true);
    // The rows are in the rollups (applyDailyChunk, flushRollups).
    await refreshAccountSpans(tx, workspace.id);
    await tx.importBatch.update({
      where: { id: batch.id },
      data: {
        rowsTotal: records.length,
        rowsInserted: totals.inserted,
        rowsUpdated: totals.updated,
        rowsUnchanged: totals.unchanged,
        firstDay: days[0] ?? null,
        lastDay: days.at(-1) ?? null,
        committedAt: clockNow(),
      },
    });
    return { ok: true as const, batchId: batch.id, dryRun: false, ...totals };
  }, IMPORT_TRANSACTION);
}

// The commit: one transaction recorded as an ImportBatch. Rejected rows
// without skipRejected roll it back and record a failed batch outside it.
import { now } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { refreshAccountSpans } from "@/lib/db/rollups";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { rowError, type LocalText } from "./error-messages";
import { ImportWriteError, type CommitInput, type ImportFailureCode, type ImportPreview, type ImportResult } from "./import-types";
import { plan, type Plan } from "./plan";
import { canonicalPreset } from "./presets";
import { previewOf, previousImportOf } from "./preview";
import { run, type RunOutcome } from "./run";
import type { Tally } from "./tally";
import { IMPORT_TRANSACTION } from "./write-daily-metrics";

const FAILURES: Record<ImportFailureCode, (preview: ImportPreview) => LocalText> = {
  rejected_rows: (pv) => ({
    code: "rejected_rows",
    en: `${pv.counts.rejected} rows were rejected (${pv.errorsTotal} errors); nothing was imported. Fix the file, or import again choosing to skip the rejected rows.`,
    zh: `有 ${pv.counts.rejected} 行被拒绝（${pv.errorsTotal} 个错误），未导入任何数据。请修正文件，或重新导入并选择跳过被拒绝的行。`,
  }),
  needs_input: (pv) => {
    const likely = pv.needs.includes("year") ? (pv.dates?.suggestedYear ?? null) : null;
    return {
      code: "needs_input",
      en: `The file needs more information before it can be imported: ${pv.needs.join(", ")}.${likely !== null ? ` The year is likely ${likely}.` : ""}`,
      zh: `导入前还需要补充信息：${pv.needs.join("、")}。${likely !== null ? `年份可能是 ${likely}。` : ""}`,
    };
  },
  unknown_layout: () => ({
    code: "unknown_layout",
    en: "The file's layout is not one the importer knows: choose a preset or map its columns.",
    zh: "无法识别该文件的格式：请选择预设或映射各列。",
  }),
  unreadable_file: (pv) => ({ code: "unreadable_file", en: pv.errors[0]?.reason ?? "The file cannot be read.", zh: pv.errors[0]?.reasonZh ?? "无法读取该文件。" }),
};

class RollBack extends Error {
  constructor(readonly outcome: RunOutcome) {
    super("rolled back: rejected rows");
  }
}

function batchFields(p: Plan, input: CommitInput) {
  const chosen = p.chosen?.preset;
  return {
    fileName: input.fileName.slice(0, 500),
    preset: chosen?.key ?? "unknown",
    kind: chosen?.key === canonicalPreset.key ? "canonical" : (chosen?.kind ?? "daily"),
    source: input.source ?? "file",
    options: JSON.stringify(input.options ?? {}),
    createdBy: input.createdBy ?? null,
  };
}

function countFields(t: Tally) {
  return {
    rowsTotal: t.counts.rows,
    rowsInserted: t.counts.inserted,
    rowsUpdated: t.counts.updated,
    rowsUnchanged: t.counts.unchanged,
    rowsRejected: t.counts.rejected,
    contentInserted: t.counts.contentInserted,
    contentUpdated: t.counts.contentUpdated,
    firstDay: t.firstDay,
    lastDay: t.lastDay,
  };
}

/**
 * Imports the file in one transaction. Rejected rows without `skipRejected`
 * write nothing and record a failed batch (returned as `rejected_rows`); a
 * file that needs input, has an unknown layout or cannot be read writes
 * nothing and records nothing. A database failure while writing rolls back,
 * records a failed batch and throws ImportWriteError.
 */
export async function commitImport(db: Db, workspace: Workspace, input: CommitInput): Promise<ImportResult> {
  const p = await plan(db, workspace, input);
  if (p.kind !== "stream" && p.kind !== "table") {
    const code: ImportFailureCode = p.kind === "unreadable" ? "unreadable_file" : p.kind === "needs" ? "needs_input" : "unknown_layout";
    const preview = previewOf(p, null, p.hash, await previousImportOf(db, workspace.id, p.hash));
    return { ok: false, code, message: FAILURES[code](preview), preview, batchId: null };
  }
  const skipRejected = input.skipRejected ?? false;
  let outcome: RunOutcome;
  let batchId: number;
  try {
    ({ outcome, batchId } = await db.$transaction(async (tx) => {
      const batch = await tx.importBatch.create({
        data: { workspaceId: workspace.id, ...batchFields(p, input), contentHash: p.kind === "table" ? p.hash : "", status: "committed" },
        select: { id: true },
      });
      const result = await run(tx, workspace, p, input, { write: true, batchId: batch.id, stopOnError: !skipRejected });
      if (result.tally.errorsTotal > 0 && !skipRejected) throw new RollBack(result);
      // The rows are in the rollups (applyDailyChunk, flushRollups).
      await refreshAccountSpans(tx, workspace.id);
      await tx.importBatch.update({
        where: { id: batch.id },
        data: {
          contentHash: result.hash,
          ...countFields(result.tally),
          skippedRejected: result.tally.errorsTotal > 0,
          errors: result.tally.errorsTotal > 0 ? JSON.stringify(result.tally.errors) : null,
          committedAt: now(),
        },
      });
      return { outcome: result, batchId: batch.id };
    }, IMPORT_TRANSACTION));
  } catch (error) {
    if (error instanceof RollBack) {
      const { tally, hash } = error.outcome;
      const failed = await db.importBatch.create({
        data: {
          workspaceId: workspace.id,
          ...batchFields(p, input),
          contentHash: hash,
          status: "failed",
          rowsTotal: tally.counts.rows,
          rowsRejected: tally.counts.rejected,
          firstDay: tally.firstDay,
          lastDay: tally.lastDay,
          errors: JSON.stringify(tally.errors),
        },
        select: { id: true },
      });
      const preview = previewOf(p, tally, hash, await previousImportOf(db, workspace.id, hash));
      return { ok: false, code: "rejected_rows", message: FAILURES.rejected_rows(preview), preview, batchId: failed.id };
    }
    let failedId: number | null = null;
    try {
      const detail = error instanceof Error ? error.message.slice(0, 300) : String(error);
      const failed = await db.importBatch.create({
        data: {
          workspaceId: workspace.id,
          ...batchFields(p, input),
          contentHash: p.kind === "table" ? p.hash : "",
          status: "failed",
          errors: JSON.stringify([rowError(0, "(file)", "", "write_failed", { detail })]),
        },
        select: { id: true },
      });
      failedId = failed.id;
    } catch {
      // the database is unusable; the original error says why
    }
    throw new ImportWriteError(failedId, error);
  }
  const preview = previewOf(p, outcome.tally, outcome.hash, await previousImportOf(db, workspace.id, outcome.hash, batchId));
  return { ok: true, batchId, counts: preview.counts, preview };
}

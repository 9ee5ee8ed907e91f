// The preview: what importing the file would do, from its plan and the
// tally of one pass that writes nothing.
import type { Db } from "@/lib/db";
import { MEASURES } from "@/lib/metrics/measures";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { infoOf } from "./choose-preset";
import { rowError, type LocalText } from "./error-messages";
import type { YearlessReading } from "./dates";
import type { ImportCounts, ImportInput, ImportPreview, PreviewStatus, YearlessDates } from "./import-types";
import { plan, type Plan } from "./plan";
import { run } from "./run";
import type { Tally } from "./tally";
import type { Queryable } from "./write-daily-metrics";

const MAX_ACCOUNTS_LISTED = 200;

function emptyCounts(): ImportCounts {
  return { rows: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, skipped: 0, contentInserted: 0, contentUpdated: 0, contentUnchanged: 0, accountsNew: 0 };
}

function rollupOf(tally: Tally | null): ImportPreview["rollup"] {
  const dailyRows = tally?.dailyRecords ?? 0;
  const contentItems = tally?.postRecords ?? 0;
  const measures = MEASURES.filter((m) => tally?.measures.has(m));
  const list = measures.join(", ");
  const base = { dailyRows, contentItems, measures };
  if (contentItems && dailyRows) {
    return {
      ...base,
      code: "posts_and_daily",
      en: `Updates ${contentItems} content items and rolls them up into ${dailyRows} daily account rows (${list}); other measures of those days keep their values.`,
      zh: `更新 ${contentItems} 条作品数据，并汇总到 ${dailyRows} 条账号每日数据（${list}）；这些日期的其他指标保持不变。`,
    };
  }
  if (contentItems) {
    return {
      ...base,
      code: "posts_only",
      en: `Updates ${contentItems} content items only: the file gives each post's figures, not a split by day, so daily account metrics are not changed.`,
      zh: `只更新 ${contentItems} 条作品数据：文件给出的是每个作品的数据而非按天拆分，因此不改动账号每日数据。`,
    };
  }
  if (dailyRows) {
    const whole = measures.length === MEASURES.length;
    return {
      ...base,
      code: "daily",
      en: whole
        ? `Writes ${dailyRows} daily account rows, each the whole truth for its account and day (empty cell = unknown).`
        : `Writes ${dailyRows} daily account rows (${list}); other measures of those days keep their values.`,
      zh: whole
        ? `写入 ${dailyRows} 条账号每日数据，每行即该账号当天的全部数据（空单元格 = 未知）。`
        : `写入 ${dailyRows} 条账号每日数据（${list}）；这些日期的其他指标保持不变。`,
    };
  }
  return { ...base, code: "nothing", en: "Nothing to import.", zh: "没有可导入的数据。" };
}

const lineList = (lines: readonly number[]) => (lines.length > 10 ? `${lines.slice(0, 10).join(", ")}, …` : lines.join(", "));

/** The reading of year-less dates as the preview shows it: the rule, the years, and each warning in both languages. */
function datesOf(reading: YearlessReading | null): YearlessDates | null {
  if (!reading) return null;
  const warnings = reading.warnings.map((w) => {
    const lines = lineList(w.lines);
    return w.code === "feb_29_missing"
      ? {
          ...w,
          en: `Lines ${lines} step from 28 February to 1 March ${w.year}, a leap year: the daily rows skip 29 February. If ${w.year} is right the export lacks that day; if not, check the year. (A warning: the rows are imported as read.)`,
          zh: `第 ${lines} 行从 2 月 28 日直接到 ${w.year} 年 3 月 1 日，而 ${w.year} 年是闰年：按天的数据缺少 2 月 29 日。若年份正确，则导出文件缺少这一天；否则请检查年份。（仅为提醒：这些行照常导入。）`,
        }
      : {
          ...w,
          en: `${w.year} has no 29 February, but line${w.lines.length > 1 ? "s" : ""} ${lines} say 29 February: ${w.lines.length > 1 ? "those rows are" : "that row is"} rejected. Check the year.`,
          zh: `${w.year} 年没有 2 月 29 日，但第 ${lines} 行是 2 月 29 日：这些行被拒绝。请检查年份。`,
        };
  });
  return { yearless: true, rule: reading.rule, year: reading.year, suggestedYear: reading.suggestedYear, warnings };
}

/** How the year-less dates were read, in a sentence. */
function datesNote(d: YearlessDates): LocalText {
  if (d.year === null) {
    const likely = d.suggestedYear !== null ? { en: ` (likely ${d.suggestedYear}: the latest year that keeps every date on or before today)`, zh: `（可能是 ${d.suggestedYear} 年：让所有日期都不晚于今天的最近年份）` } : { en: "", zh: "" };
    return { code: "yearless_dates", en: `The dates have no year: give the year of the file's latest date${likely.en}.`, zh: `日期没有年份：请提供文件中最新日期所在的年份${likely.zh}。` };
  }
  switch (d.rule) {
    case "file_order_ascending":
      return {
        code: "yearless_dates",
        en: `The dates have no year: read in the file's order (oldest first), the year stepping at each New Year; the last row is in ${d.year}.`,
        zh: `日期没有年份：按文件顺序（从早到晚）读取，跨年处年份递增；最后一行在 ${d.year} 年。`,
      };
    case "file_order_descending":
      return {
        code: "yearless_dates",
        en: `The dates have no year: read in the file's order (newest first), the year stepping back at each New Year; the first row is in ${d.year}.`,
        zh: `日期没有年份：按文件顺序（从新到旧）读取，跨年处年份递减；第一行在 ${d.year} 年。`,
      };
    case "largest_gap_guess":
      return {
        code: "yearless_dates",
        en: `The dates have no year and the rows are not in date order, so the year is a guess: the latest date is taken to be the one before the largest gap in the calendar, in ${d.year}. Check the first and last day below.`,
        zh: `日期没有年份，且各行未按日期排序，因此年份是推测的：把日历中最大间隔之前的日期当作最新日期，在 ${d.year} 年。请核对下方的起止日期。`,
      };
  }
}

/** What the plan itself has to say: a layout that scored below the minimum, how year-less dates were read. */
function planNotes(p: Plan, dates: YearlessDates | null): LocalText[] {
  const notes: LocalText[] = dates ? [datesNote(dates), ...dates.warnings.map(({ code, en, zh }) => ({ code, en, zh }))] : [];
  const d = p.detection;
  if (!d || d.accepted || !d.best) return notes;
  const score = d.best.score.toFixed(2);
  return [
    ...notes,
    {
      code: "layout_below_minimum",
      en: `The header looks most like "${d.best.nameEn}", but only weakly (score ${score}, below the minimum ${d.minScore.toFixed(2)}): map the columns or choose a preset.`,
      zh: `表头最接近“${d.best.nameZh}”，但相似度太低（得分 ${score}，低于最低要求 ${d.minScore.toFixed(2)}）：请映射各列或选择预设。`,
    },
  ];
}

export function previewOf(p: Plan, tally: Tally | null, hash: string, previous: ImportPreview["previousImport"]): ImportPreview {
  const status: PreviewStatus =
    p.kind === "unreadable" ? "unreadable" : p.kind === "unknown_layout" ? "unknown_layout" : p.kind === "needs" ? "needs_input" : (tally?.errorsTotal ?? 0) > 0 ? "has_errors" : "ready";
  const accounts = tally?.accounts ?? [];
  const dates = datesOf(p.dates);
  const errors =
    p.kind === "unreadable"
      ? [p.error]
      : p.kind === "unknown_layout"
        ? [rowError(p.headerLine ?? 1, "(header)", p.header ? p.header.names.join(",").slice(0, 300) : "", p.header ? "unknown_layout" : "no_header")]
        : (tally?.errors ?? []);
  return {
    status,
    fileName: p.fileName,
    size: p.size,
    contentHash: hash,
    format: p.format,
    header: p.header && p.headerLine !== null ? { line: p.headerLine, names: p.header.names } : null,
    preset: p.chosen ? { ...infoOf(p.chosen.preset), score: p.chosen.score, via: p.chosen.via } : null,
    candidates: p.candidates,
    detection: p.detection,
    needs: p.kind === "needs" ? p.needs : [],
    dates,
    counts: tally ? { ...tally.counts } : emptyCounts(),
    errors,
    errorsTotal: p.kind === "unreadable" || p.kind === "unknown_layout" ? 1 : (tally?.errorsTotal ?? 0),
    skipped: tally?.skipped ?? [],
    firstDay: tally?.firstDay ?? null,
    lastDay: tally?.lastDay ?? null,
    accounts: accounts.slice(0, MAX_ACCOUNTS_LISTED),
    accountsTotal: accounts.length,
    rollup: rollupOf(tally),
    notes: [...planNotes(p, dates), ...(tally ? tally.notes.values() : [])],
    sample: { daily: tally?.sampleDaily ?? [], posts: tally?.samplePosts ?? [] },
    previousImport: previous,
  };
}

/** The latest committed import of the same bytes (before `beforeBatchId`, when given). */
export async function previousImportOf(db: Queryable, workspaceId: number, hash: string, beforeBatchId?: number): Promise<ImportPreview["previousImport"]> {
  if (!hash) return null;
  const batch = await db.importBatch.findFirst({
    where: { workspaceId, contentHash: hash, status: "committed", ...(beforeBatchId !== undefined ? { id: { lt: beforeBatchId } } : {}) },
    orderBy: { id: "desc" },
    select: { id: true, committedAt: true },
  });
  return batch ? { batchId: batch.id, committedAt: batch.committedAt } : null;
}

/** What importing the file would do, without writing anything. */
export async function previewImport(db: Db, workspace: Workspace, input: ImportInput): Promise<ImportPreview> {
  const p = await plan(db, workspace, input);
  if (p.kind !== "stream" && p.kind !== "table") return previewOf(p, null, p.hash, await previousImportOf(db, workspace.id, p.hash));
  const { tally, hash } = await run(db, workspace, p, input, { write: false, batchId: null, stopOnError: false });
  return previewOf(p, tally, hash, await previousImportOf(db, workspace.id, hash));
}

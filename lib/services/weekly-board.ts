// The weekly board page (`/`): the weekly report for the chosen week and
// filters, and the weeks the week picker offers.
import type { Db } from "@/lib/db";
import type { MetricFilter } from "@/lib/metrics/filter";
import { addDays, dayInZone, weekLabel, weekOf } from "@/lib/metrics/periods";
import { getDataRange } from "@/lib/queries/getDataRange";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import type { WeeklyReportResponse } from "@/lib/schemas/api/weekly-report";
import { WeekStart } from "@/lib/schemas/enums";
import { getWeeklyReport } from "./weekly-report";

/** How far back the week picker goes. */
export const MAX_PICKER_WEEKS = 104;

export interface WeekOption {
  label: string;
  start: string;
  end: string;
  /** the current week, not over yet */
  partial: boolean;
}

export interface WeeklyBoard {
  report: WeeklyReportResponse;
  weeks: WeekOption[];
  /** the workspace has daily rows at all */
  hasData: boolean;
}

export async function getWeeklyBoard(
  db: Db,
  workspace: Workspace,
  params: { week: string | null; filter: MetricFilter; now: Date },
): Promise<WeeklyBoard> {
  const weekStart = WeekStart.parse(workspace.weekStart);
  const [report, range] = await Promise.all([
    getWeeklyReport(db, workspace, { week: params.week ?? undefined, filter: params.filter, now: params.now }),
    getDataRange(db, { workspaceId: workspace.id }),
  ]);
  const today = dayInZone(params.now, workspace.timeZone);
  const current = weekOf(today, weekStart);
  const weeks: WeekOption[] = [];
  const oldest = range.first ? weekOf(range.first, weekStart).start : current.start;
  for (let start = current.start; start >= oldest && weeks.length < MAX_PICKER_WEEKS; start = addDays(start, -7)) {
    weeks.push({ label: weekLabel(start, weekStart), start, end: addDays(start, 6), partial: start === current.start });
  }
  return { report, weeks, hasData: range.first !== null };
}

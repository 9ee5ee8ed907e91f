import type { Db } from "@/lib/db";
import type { Day } from "@/lib/metrics/periods";

/** The first and last day with daily rows in a workspace, or nulls when it has none. */
export async function getDataRange(db: Db, params: { workspaceId: number }): Promise<{ first: Day | null; last: Day | null }> {
  const range = await db.dailyMetric.aggregate({ where: { workspaceId: params.workspaceId }, _min: { day: true }, _max: { day: true } });
  return { first: range._min.day, last: range._max.day };
}

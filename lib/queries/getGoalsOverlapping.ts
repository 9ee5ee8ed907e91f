import type { Db } from "@/lib/db";
import type { Day } from "@/lib/metrics/periods";

/** Goals of a workspace whose period overlaps [from, to]. */
export async function getGoalsOverlapping(db: Db, params: { workspaceId: number; from: Day; to: Day }) {
  return db.goal.findMany({
    where: { workspaceId: params.workspaceId, startDay: { lte: params.to }, endDay: { gte: params.from } },
    orderBy: [{ startDay: "asc" }, { id: "asc" }],
  });
}

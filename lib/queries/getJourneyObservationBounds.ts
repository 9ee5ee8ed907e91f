import type { Db } from "@/lib/db";
import type { Day } from "@/lib/metrics/periods";

export interface JourneyObservationBounds {
  journeyId: number;
  firstCohortDay: Day;
  lastCohortDay: Day;
}

/** First and last observed cohort day per journey of the workspace (journeys without rows are absent). */
export async function getJourneyObservationBounds(
  db: Db,
  params: { workspaceId: number; journeyIds?: readonly number[] },
): Promise<JourneyObservationBounds[]> {
  const rows = await db.journeyObservation.groupBy({
    by: ["journeyId"],
    where: {
      journey: { workspaceId: params.workspaceId },
      ...(params.journeyIds ? { journeyId: { in: [...params.journeyIds] } } : {}),
    },
    _min: { cohortDay: true },
    _max: { cohortDay: true },
    orderBy: { journeyId: "asc" },
  });
  return rows.flatMap((r) =>
    r._min.cohortDay && r._max.cohortDay ? [{ journeyId: r.journeyId, firstCohortDay: r._min.cohortDay, lastCohortDay: r._max.cohortDay }] : [],
  );
}

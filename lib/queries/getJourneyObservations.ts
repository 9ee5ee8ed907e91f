import type { Db } from "@/lib/db";
import type { JourneyObservationRow } from "@/lib/metrics/funnel";
import type { Day } from "@/lib/metrics/periods";

/** The journey's observation rows for cohort days in [from, to] (either end open when omitted). */
export async function getJourneyObservations(
  db: Db,
  params: { workspaceId: number; journeyId: number; from?: Day; to?: Day },
): Promise<JourneyObservationRow[]> {
  return db.journeyObservation.findMany({
    where: {
      journeyId: params.journeyId,
      journey: { workspaceId: params.workspaceId },
      ...(params.from || params.to ? { cohortDay: { ...(params.from ? { gte: params.from } : {}), ...(params.to ? { lte: params.to } : {}) } } : {}),
    },
    select: { cohortDay: true, position: true, daysToStep: true, people: true },
    orderBy: [{ cohortDay: "asc" }, { position: "asc" }, { daysToStep: "asc" }],
  });
}

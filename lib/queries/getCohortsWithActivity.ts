import type { Db } from "@/lib/db";
import type { Day } from "@/lib/metrics/periods";
import type { CohortPeriodUnit, PlatformKey } from "@/lib/schemas/enums";

/** The workspace's audience cohorts of one period unit, with their activity, cohort starts in [from, to]. */
export async function getCohortsWithActivity(
  db: Db,
  params: { workspaceId: number; unit: CohortPeriodUnit; platforms?: readonly PlatformKey[]; from?: Day; to?: Day },
) {
  return db.audienceCohort.findMany({
    where: {
      workspaceId: params.workspaceId,
      periodUnit: params.unit,
      ...(params.platforms?.length ? { platformKey: { in: [...params.platforms] } } : {}),
      ...(params.from || params.to
        ? { cohortStart: { ...(params.from ? { gte: params.from } : {}), ...(params.to ? { lte: params.to } : {}) } }
        : {}),
    },
    select: {
      platformKey: true,
      cohortStart: true,
      size: true,
      activity: { select: { periodIndex: true, active: true }, orderBy: { periodIndex: "asc" } },
    },
    orderBy: [{ platformKey: "asc" }, { cohortStart: "asc" }],
  });
}

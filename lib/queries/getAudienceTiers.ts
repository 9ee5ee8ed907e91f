import type { Db } from "@/lib/db";
import type { Day } from "@/lib/metrics/periods";
import type { PlatformKey } from "@/lib/schemas/enums";

/** Tier rows of the workspace for weeks starting in [from, to] (either end open when omitted); value as a number. */
export async function getAudienceTiers(
  db: Db,
  params: { workspaceId: number; platforms?: readonly PlatformKey[]; from?: Day; to?: Day },
) {
  const rows = await db.audienceTier.findMany({
    where: {
      workspaceId: params.workspaceId,
      ...(params.platforms?.length ? { platformKey: { in: [...params.platforms] } } : {}),
      ...(params.from || params.to
        ? { weekStart: { ...(params.from ? { gte: params.from } : {}), ...(params.to ? { lte: params.to } : {}) } }
        : {}),
    },
    select: { platformKey: true, weekStart: true, stage: true, members: true, valueMinor: true, contacts: true },
    orderBy: [{ platformKey: "asc" }, { weekStart: "asc" }, { stage: "asc" }],
  });
  // Money is BigInt in the database; a week's value per stage stays far below 2^53.
  return rows.map((r) => ({ ...r, valueMinor: r.valueMinor === null ? null : Number(r.valueMinor) }));
}

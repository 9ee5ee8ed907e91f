import type { Db } from "@/lib/db";

/** Every journey of the workspace with its steps in order. */
export async function getJourneysWithSteps(db: Db, params: { workspaceId: number }) {
  return db.journey.findMany({
    where: { workspaceId: params.workspaceId },
    include: { steps: { orderBy: { position: "asc" } } },
    orderBy: [{ key: "asc" }],
  });
}

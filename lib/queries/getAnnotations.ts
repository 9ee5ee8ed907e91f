import type { Db } from "@/lib/db";
import type { Day } from "@/lib/metrics/periods";

export async function getAnnotations(db: Db, params: { workspaceId: number; from: Day; to: Day }) {
  return db.annotation.findMany({
    where: { workspaceId: params.workspaceId, day: { gte: params.from, lte: params.to } },
    select: { day: true, text: true, platformKey: true },
    orderBy: [{ day: "asc" }, { id: "asc" }],
  });
}

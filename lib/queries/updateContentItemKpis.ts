import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CONTENT_KPI_ASSIGNMENTS } from "./sql/content-kpis";

export type ContentKpiScope = { ids: readonly number[] } | { workspaceId: number } | { undoneBatchId: number };

/**
 * Recomputes the stored KPIs (ctr, interactionRate, avgDwell) of the posts in
 * `scope` from their measures: some posts by id, a whole workspace (bulk
 * loads), or the posts an import batch updated (after its undo restored them).
 */
export async function updateContentItemKpis(q: Db | Prisma.TransactionClient, scope: ContentKpiScope): Promise<number> {
  const where =
    "ids" in scope
      ? Prisma.sql`c."id" IN (SELECT j.value FROM json_each(${JSON.stringify(scope.ids)}) j)`
      : "workspaceId" in scope
        ? Prisma.sql`c."workspaceId" = ${scope.workspaceId}`
        : Prisma.sql`c."id" IN (SELECT i."rowId" FROM "ImportChange" i WHERE i."batchId" = ${scope.undoneBatchId} AND i."table" = 'ContentItem' AND i."action" = 'update')`;
  if ("ids" in scope && scope.ids.length === 0) return 0;
  return q.$executeRaw(Prisma.sql`UPDATE "ContentItem" AS c SET ${Prisma.raw(CONTENT_KPI_ASSIGNMENTS)} WHERE ${where}`);
}

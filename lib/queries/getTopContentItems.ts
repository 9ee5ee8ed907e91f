import { sqliteInstant, type Db } from "@/lib/db";
import { readRowsTogether } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ContentSortKey, SortDirection } from "@/lib/schemas/api/content-items";
import type { ContentOrigin, PlatformKey } from "@/lib/schemas/enums";

/** The column a ranking sorts by: the stored per-post KPIs (lib/queries/sql/content-kpis.ts). */
function kpiSql(key: ContentSortKey): string {
  return `c."${key}"`;
}

export interface TopContentParams {
  workspaceId: number;
  /** published in [gte, lt) */
  gte: Date;
  lt: Date;
  platforms?: readonly PlatformKey[];
  origin?: ContentOrigin;
  sort: ContentSortKey;
  dir: SortDirection;
  limit: number;
}

/**
 * The posts published in the range ranked by one KPI, in SQL: posts without
 * the KPI last either way, ties by id (the order of rankByValue), and only
 * `limit` rows come back; with the number of posts in the range.
 */
export function getTopContentItems(db: Db, p: TopContentParams): { total: number; ids: number[] } {
  // Everything read here, the stored KPIs too, is in the covering (workspaceId, publishedAt, …) index;
  // the platform is a condition on the account, looked up by id.
  const where = Prisma.sql`c."workspaceId" = ${p.workspaceId}
  AND c."publishedAt" >= ${sqliteInstant(p.gte)} AND c."publishedAt" < ${sqliteInstant(p.lt)}
  ${p.platforms?.length ? Prisma.sql`AND c."accountId" IN (SELECT a."id" FROM "Account" a WHERE a."workspaceId" = ${p.workspaceId} AND a."platformKey" IN (${Prisma.join(p.platforms)}))` : Prisma.empty}
  ${p.origin ? Prisma.sql`AND c."origin" = ${p.origin}` : Prisma.empty}`;
  const kpi = Prisma.raw(kpiSql(p.sort));
  const [count, page] = readRowsTogether(db, [
    Prisma.sql`SELECT COUNT(*) AS "n" FROM "ContentItem" c WHERE ${where}`,
    Prisma.sql`SELECT c."id" AS "id" FROM "ContentItem" c WHERE ${where}
ORDER BY ${kpi} ${Prisma.raw(p.dir === "asc" ? "ASC NULLS LAST" : "DESC NULLS LAST")}, c."id" ASC
LIMIT ${p.limit}`,
  ]);
  return { total: Number(count?.[0]?.n ?? 0), ids: (page ?? []).map((r) => Number(r.id)) };
}

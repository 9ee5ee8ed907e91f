-- DropIndex
DROP INDEX "ContentItem_workspaceId_publishedAt_covering_idx";

-- AlterTable
ALTER TABLE "ContentItem" ADD COLUMN "avgDwell" REAL;
ALTER TABLE "ContentItem" ADD COLUMN "ctr" REAL;
ALTER TABLE "ContentItem" ADD COLUMN "interactionRate" REAL;

-- Each post's own KPIs, from its measures (lib/queries/sql/content-kpis.ts).
UPDATE "ContentItem" AS c SET "ctr" = CASE WHEN (c."clicks") IS NOT NULL AND (c."impressions") IS NOT NULL AND (c."impressions") <> 0 THEN CAST((c."clicks") AS REAL) / (c."impressions") END,
  "interactionRate" = CASE WHEN (CASE WHEN c."likes" IS NULL AND c."comments" IS NULL AND c."shares" IS NULL AND c."saves" IS NULL THEN NULL ELSE COALESCE(c."likes", 0) + COALESCE(c."comments", 0) + COALESCE(c."shares", 0) + COALESCE(c."saves", 0) END) IS NOT NULL AND (c."impressions") IS NOT NULL AND (c."impressions") <> 0 THEN CAST((CASE WHEN c."likes" IS NULL AND c."comments" IS NULL AND c."shares" IS NULL AND c."saves" IS NULL THEN NULL ELSE COALESCE(c."likes", 0) + COALESCE(c."comments", 0) + COALESCE(c."shares", 0) + COALESCE(c."saves", 0) END) AS REAL) / (c."impressions") END,
  "avgDwell" = CASE WHEN (c."watchSeconds") IS NOT NULL AND (c."views") IS NOT NULL AND (c."views") <> 0 THEN CAST((c."watchSeconds") AS REAL) / (c."views") END;

-- CreateIndex
CREATE INDEX "ContentItem_workspaceId_publishedAt_covering_idx" ON "ContentItem"("workspaceId", "publishedAt", "accountId", "origin", "impressions", "clicks", "views", "watchSeconds", "likes", "comments", "shares", "saves", "ctr", "interactionRate", "avgDwell");

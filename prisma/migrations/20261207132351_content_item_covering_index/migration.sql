-- DropIndex
DROP INDEX "ContentItem_workspaceId_publishedAt_idx";

-- CreateIndex
CREATE INDEX "ContentItem_workspaceId_publishedAt_covering_idx" ON "ContentItem"("workspaceId", "publishedAt", "accountId", "origin", "impressions", "clicks", "views", "watchSeconds", "likes", "comments", "shares", "saves");

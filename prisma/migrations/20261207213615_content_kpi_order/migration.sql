-- CreateIndex
CREATE INDEX "ContentItem_workspaceId_impressions_publishedAt_idx" ON "ContentItem"("workspaceId", "impressions", "publishedAt");

-- CreateIndex
CREATE INDEX "ContentItem_workspaceId_ctr_publishedAt_idx" ON "ContentItem"("workspaceId", "ctr", "publishedAt");

-- CreateIndex
CREATE INDEX "ContentItem_workspaceId_interactionRate_publishedAt_idx" ON "ContentItem"("workspaceId", "interactionRate", "publishedAt");

-- CreateIndex
CREATE INDEX "ContentItem_workspaceId_avgDwell_publishedAt_idx" ON "ContentItem"("workspaceId", "avgDwell", "publishedAt");

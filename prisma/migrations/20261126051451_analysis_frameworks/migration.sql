-- CreateTable
CREATE TABLE "SegmentDailyMetric" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "segment" TEXT NOT NULL,
    "impressions" INTEGER,
    "views" INTEGER,
    "clicks" INTEGER,
    "likes" INTEGER,
    "comments" INTEGER,
    "shares" INTEGER,
    "saves" INTEGER,
    "conversions" INTEGER,
    "spendMinor" BIGINT,
    "revenueMinor" BIGINT,
    CONSTRAINT "SegmentDailyMetric_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SegmentDailyMetric_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AudienceTier" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER NOT NULL,
    "platformKey" TEXT NOT NULL,
    "weekStart" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "members" INTEGER NOT NULL,
    "valueMinor" BIGINT,
    "contacts" INTEGER,
    CONSTRAINT "AudienceTier_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AudienceTier_platformKey_fkey" FOREIGN KEY ("platformKey") REFERENCES "Platform" ("key") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AiTool" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AiTool_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AiToolScore" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "toolId" INTEGER NOT NULL,
    "criterion" TEXT NOT NULL,
    "score" REAL NOT NULL,
    CONSTRAINT "AiToolScore_toolId_fkey" FOREIGN KEY ("toolId") REFERENCES "AiTool" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AiScorecardWeight" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER NOT NULL,
    "criterion" TEXT NOT NULL,
    "weight" REAL NOT NULL,
    CONSTRAINT "AiScorecardWeight_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SegmentDailyMetric_workspaceId_day_idx" ON "SegmentDailyMetric"("workspaceId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "SegmentDailyMetric_accountId_day_segment_key" ON "SegmentDailyMetric"("accountId", "day", "segment");

-- CreateIndex
CREATE UNIQUE INDEX "AudienceTier_workspaceId_platformKey_weekStart_stage_key" ON "AudienceTier"("workspaceId", "platformKey", "weekStart", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "AiTool_workspaceId_key_key" ON "AiTool"("workspaceId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "AiToolScore_toolId_criterion_key" ON "AiToolScore"("toolId", "criterion");

-- CreateIndex
CREATE UNIQUE INDEX "AiScorecardWeight_workspaceId_criterion_key" ON "AiScorecardWeight"("workspaceId", "criterion");

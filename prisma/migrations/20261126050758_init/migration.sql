-- CreateTable
CREATE TABLE "Workspace" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "weekStart" INTEGER NOT NULL DEFAULT 1,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "currency" TEXT NOT NULL DEFAULT 'CNY',
    "interactionDenominator" TEXT NOT NULL DEFAULT 'impressions',
    "benchmarkTolerance" REAL NOT NULL DEFAULT 0.1,
    "activeBenchmarkSetId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Workspace_activeBenchmarkSetId_fkey" FOREIGN KEY ("activeBenchmarkSetId") REFERENCES "BenchmarkSet" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Platform" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Account" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER NOT NULL,
    "platformKey" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'CNY',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Account_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Account_platformKey_fkey" FOREIGN KEY ("platformKey") REFERENCES "Platform" ("key") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyMetric" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "impressions" INTEGER,
    "reach" INTEGER,
    "views" INTEGER,
    "clicks" INTEGER,
    "likes" INTEGER,
    "comments" INTEGER,
    "shares" INTEGER,
    "saves" INTEGER,
    "follows" INTEGER,
    "unfollows" INTEGER,
    "followers" INTEGER,
    "profileVisits" INTEGER,
    "watchSeconds" BIGINT,
    "spendMinor" BIGINT,
    "revenueMinor" BIGINT,
    "conversions" INTEGER,
    "costMinor" BIGINT,
    "importBatchId" INTEGER,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DailyMetric_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DailyMetric_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DailyMetric_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContentTestGroup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hypothesis" TEXT,
    "controlVariant" TEXT NOT NULL,
    "startDay" TEXT NOT NULL,
    "endDay" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContentTestGroup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContentItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "title" TEXT,
    "publishedAt" DATETIME,
    "format" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "testGroupId" INTEGER,
    "variant" TEXT,
    "impressions" INTEGER,
    "reach" INTEGER,
    "views" INTEGER,
    "clicks" INTEGER,
    "likes" INTEGER,
    "comments" INTEGER,
    "shares" INTEGER,
    "saves" INTEGER,
    "follows" INTEGER,
    "watchSeconds" BIGINT,
    "durationSeconds" INTEGER,
    "importBatchId" INTEGER,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ContentItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContentItem_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContentItem_testGroupId_fkey" FOREIGN KEY ("testGroupId") REFERENCES "ContentTestGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ContentItem_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Journey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "industry" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Journey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JourneyStep" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "journeyId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "platformKey" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    CONSTRAINT "JourneyStep_journeyId_fkey" FOREIGN KEY ("journeyId") REFERENCES "Journey" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "JourneyStep_platformKey_fkey" FOREIGN KEY ("platformKey") REFERENCES "Platform" ("key") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JourneyObservation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "journeyId" INTEGER NOT NULL,
    "cohortDay" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "daysToStep" INTEGER NOT NULL,
    "people" INTEGER NOT NULL,
    CONSTRAINT "JourneyObservation_journeyId_fkey" FOREIGN KEY ("journeyId") REFERENCES "Journey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AudienceCohort" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER NOT NULL,
    "platformKey" TEXT NOT NULL,
    "accountId" INTEGER,
    "cohortStart" TEXT NOT NULL,
    "periodUnit" TEXT NOT NULL DEFAULT 'week',
    "size" INTEGER NOT NULL,
    CONSTRAINT "AudienceCohort_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AudienceCohort_platformKey_fkey" FOREIGN KEY ("platformKey") REFERENCES "Platform" ("key") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AudienceCohort_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CohortActivity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "cohortId" INTEGER NOT NULL,
    "periodIndex" INTEGER NOT NULL,
    "active" INTEGER NOT NULL,
    CONSTRAINT "CohortActivity_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "AudienceCohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BenchmarkSet" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BenchmarkSet_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Benchmark" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "setId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "platformKey" TEXT,
    "page" INTEGER,
    "textZh" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "Benchmark_setId_fkey" FOREIGN KEY ("setId") REFERENCES "BenchmarkSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "platformKey" TEXT,
    "accountId" INTEGER,
    "periodType" TEXT NOT NULL,
    "startDay" TEXT NOT NULL,
    "endDay" TEXT NOT NULL,
    "target" REAL NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Goal_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Goal_platformKey_fkey" FOREIGN KEY ("platformKey") REFERENCES "Platform" ("key") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Goal_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "preset" TEXT NOT NULL,
    "rowsTotal" INTEGER NOT NULL DEFAULT 0,
    "rowsInserted" INTEGER NOT NULL DEFAULT 0,
    "rowsUpdated" INTEGER NOT NULL DEFAULT 0,
    "rowsUnchanged" INTEGER NOT NULL DEFAULT 0,
    "rowsRejected" INTEGER NOT NULL DEFAULT 0,
    "skippedRejected" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "errors" TEXT,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" DATETIME,
    CONSTRAINT "ImportBatch_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "platformKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Annotation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Annotation_platformKey_fkey" FOREIGN KEY ("platformKey") REFERENCES "Platform" ("key") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_slug_key" ON "Workspace"("slug");

-- CreateIndex
CREATE INDEX "Account_workspaceId_platformKey_idx" ON "Account"("workspaceId", "platformKey");

-- CreateIndex
CREATE UNIQUE INDEX "Account_workspaceId_platformKey_handle_key" ON "Account"("workspaceId", "platformKey", "handle");

-- CreateIndex
CREATE INDEX "DailyMetric_workspaceId_day_idx" ON "DailyMetric"("workspaceId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "DailyMetric_accountId_day_key" ON "DailyMetric"("accountId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "ContentTestGroup_workspaceId_key_key" ON "ContentTestGroup"("workspaceId", "key");

-- CreateIndex
CREATE INDEX "ContentItem_workspaceId_publishedAt_idx" ON "ContentItem"("workspaceId", "publishedAt");

-- CreateIndex
CREATE INDEX "ContentItem_testGroupId_idx" ON "ContentItem"("testGroupId");

-- CreateIndex
CREATE UNIQUE INDEX "ContentItem_accountId_externalId_key" ON "ContentItem"("accountId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Journey_workspaceId_key_key" ON "Journey"("workspaceId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "JourneyStep_journeyId_position_key" ON "JourneyStep"("journeyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "JourneyObservation_journeyId_cohortDay_position_daysToStep_key" ON "JourneyObservation"("journeyId", "cohortDay", "position", "daysToStep");

-- CreateIndex
CREATE UNIQUE INDEX "AudienceCohort_workspaceId_platformKey_cohortStart_periodUnit_key" ON "AudienceCohort"("workspaceId", "platformKey", "cohortStart", "periodUnit");

-- CreateIndex
CREATE UNIQUE INDEX "CohortActivity_cohortId_periodIndex_key" ON "CohortActivity"("cohortId", "periodIndex");

-- CreateIndex
CREATE UNIQUE INDEX "BenchmarkSet_key_key" ON "BenchmarkSet"("key");

-- CreateIndex
CREATE INDEX "Benchmark_setId_metric_idx" ON "Benchmark"("setId", "metric");

-- CreateIndex
CREATE UNIQUE INDEX "Benchmark_setId_key_key" ON "Benchmark"("setId", "key");

-- CreateIndex
CREATE INDEX "Goal_workspaceId_startDay_idx" ON "Goal"("workspaceId", "startDay");

-- CreateIndex
CREATE INDEX "ImportBatch_workspaceId_createdAt_idx" ON "ImportBatch"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportBatch_workspaceId_contentHash_idx" ON "ImportBatch"("workspaceId", "contentHash");

-- CreateIndex
CREATE INDEX "Annotation_workspaceId_day_idx" ON "Annotation"("workspaceId", "day");

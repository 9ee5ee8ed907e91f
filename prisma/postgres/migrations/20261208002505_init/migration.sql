-- CreateTable
CREATE TABLE "Workspace" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "industry" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "weekStart" INTEGER NOT NULL DEFAULT 1,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "currency" TEXT NOT NULL DEFAULT 'CNY',
    "interactionDenominator" TEXT NOT NULL DEFAULT 'impressions',
    "benchmarkTolerance" DOUBLE PRECISION NOT NULL DEFAULT 0.1,
    "activeBenchmarkSetId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "passwordChangedAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "workspaceId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "maxExpiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedByUserId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER,
    "userId" INTEGER,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT,
    "detail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Platform" (
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Platform_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "platformKey" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'CNY',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstDay" TEXT,
    "lastDay" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyMetric" (
    "id" SERIAL NOT NULL,
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
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DailyMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyRollup" (
    "workspaceId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "platformKey" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "impressions" BIGINT,
    "views" BIGINT,
    "clicks" BIGINT,
    "likes" BIGINT,
    "comments" BIGINT,
    "shares" BIGINT,
    "saves" BIGINT,
    "follows" BIGINT,
    "unfollows" BIGINT,
    "profileVisits" BIGINT,
    "watchSeconds" BIGINT,
    "spendMinor" BIGINT,
    "revenueMinor" BIGINT,
    "conversions" BIGINT,
    "costMinor" BIGINT,
    "reachDailySum" BIGINT,
    "clicksPerImpressionNum" BIGINT NOT NULL,
    "clicksPerImpressionDen" BIGINT NOT NULL,
    "interactionsPerImpressionNum" BIGINT NOT NULL,
    "interactionsPerImpressionDen" BIGINT NOT NULL,
    "interactionsPerReachNum" BIGINT NOT NULL,
    "interactionsPerReachDen" BIGINT NOT NULL,
    "conversionsPerClickNum" BIGINT NOT NULL,
    "conversionsPerClickDen" BIGINT NOT NULL,
    "revenuePerSpendNum" BIGINT NOT NULL,
    "revenuePerSpendDen" BIGINT NOT NULL,
    "spendPerImpressionNum" BIGINT NOT NULL,
    "spendPerImpressionDen" BIGINT NOT NULL,
    "spendPerClickNum" BIGINT NOT NULL,
    "spendPerClickDen" BIGINT NOT NULL,
    "spendPerConversionNum" BIGINT NOT NULL,
    "spendPerConversionDen" BIGINT NOT NULL,
    "watchSecondsPerViewNum" BIGINT NOT NULL,
    "watchSecondsPerViewDen" BIGINT NOT NULL,
    "costPerRevenueNum" BIGINT NOT NULL,
    "costPerRevenueDen" BIGINT NOT NULL,
    "followersKnown" INTEGER NOT NULL,
    "followersSum" BIGINT NOT NULL,
    "followsKnown" INTEGER NOT NULL,
    "netFollowsSum" BIGINT NOT NULL,
    "interactionsKnown" INTEGER NOT NULL,
    "interactionsSum" BIGINT NOT NULL,

    CONSTRAINT "DailyRollup_pkey" PRIMARY KEY ("workspaceId","day","platformKey","industry")
);

-- CreateTable
CREATE TABLE "ContentTestGroup" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hypothesis" TEXT,
    "controlVariant" TEXT NOT NULL,
    "startDay" TEXT NOT NULL,
    "endDay" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentTestGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentItem" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "title" TEXT,
    "publishedAt" TIMESTAMP(3),
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
    "ctr" DOUBLE PRECISION,
    "interactionRate" DOUBLE PRECISION,
    "avgDwell" DOUBLE PRECISION,
    "importBatchId" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Journey" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "industry" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Journey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JourneyStep" (
    "id" SERIAL NOT NULL,
    "journeyId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "platformKey" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "JourneyStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JourneyObservation" (
    "id" SERIAL NOT NULL,
    "journeyId" INTEGER NOT NULL,
    "cohortDay" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "daysToStep" INTEGER NOT NULL,
    "people" INTEGER NOT NULL,

    CONSTRAINT "JourneyObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AudienceCohort" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "platformKey" TEXT NOT NULL,
    "accountId" INTEGER,
    "cohortStart" TEXT NOT NULL,
    "periodUnit" TEXT NOT NULL DEFAULT 'week',
    "size" INTEGER NOT NULL,

    CONSTRAINT "AudienceCohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CohortActivity" (
    "id" SERIAL NOT NULL,
    "cohortId" INTEGER NOT NULL,
    "periodIndex" INTEGER NOT NULL,
    "active" INTEGER NOT NULL,

    CONSTRAINT "CohortActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenchmarkSet" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "kind" TEXT NOT NULL DEFAULT 'industry',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BenchmarkSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Benchmark" (
    "id" SERIAL NOT NULL,
    "setId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "platformKey" TEXT,
    "page" INTEGER,
    "textZh" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "Benchmark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "platformKey" TEXT,
    "accountId" INTEGER,
    "periodType" TEXT NOT NULL,
    "startDay" TEXT NOT NULL,
    "endDay" TEXT NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "preset" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'daily',
    "source" TEXT NOT NULL DEFAULT 'file',
    "rowsTotal" INTEGER NOT NULL DEFAULT 0,
    "rowsInserted" INTEGER NOT NULL DEFAULT 0,
    "rowsUpdated" INTEGER NOT NULL DEFAULT 0,
    "rowsUnchanged" INTEGER NOT NULL DEFAULT 0,
    "rowsRejected" INTEGER NOT NULL DEFAULT 0,
    "contentInserted" INTEGER NOT NULL DEFAULT 0,
    "contentUpdated" INTEGER NOT NULL DEFAULT 0,
    "skippedRejected" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "errors" TEXT,
    "options" TEXT,
    "firstDay" TEXT,
    "lastDay" TEXT,
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" TIMESTAMP(3),
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportChange" (
    "id" SERIAL NOT NULL,
    "batchId" INTEGER NOT NULL,
    "table" TEXT NOT NULL,
    "rowId" INTEGER NOT NULL,
    "lastRowId" INTEGER,
    "action" TEXT NOT NULL,
    "before" TEXT,

    CONSTRAINT "ImportChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportPreset" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "headers" TEXT NOT NULL,
    "mapping" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportPreset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "scopes" TEXT NOT NULL DEFAULT 'ingest',
    "createdByUserId" INTEGER,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "platformKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SegmentDailyMetric" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "SegmentDailyMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AudienceTier" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "platformKey" TEXT NOT NULL,
    "weekStart" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "members" INTEGER NOT NULL,
    "valueMinor" BIGINT,
    "contacts" INTEGER,

    CONSTRAINT "AudienceTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiTool" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AiTool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiToolScore" (
    "id" SERIAL NOT NULL,
    "toolId" INTEGER NOT NULL,
    "criterion" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "AiToolScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiScorecardWeight" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "criterion" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "AiScorecardWeight_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_slug_key" ON "Workspace"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_workspaceId_idx" ON "Membership"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_workspaceId_key" ON "Membership"("userId", "workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_workspaceId_idx" ON "Invitation"("workspaceId");

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_createdAt_idx" ON "AuditEvent"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "RateLimitHit_key_createdAt_idx" ON "RateLimitHit"("key", "createdAt");

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
CREATE INDEX "ContentItem_workspaceId_publishedAt_covering_idx" ON "ContentItem"("workspaceId", "publishedAt", "accountId", "origin", "impressions", "clicks", "views", "watchSeconds", "likes", "comments", "shares", "saves", "ctr", "interactionRate", "avgDwell");

-- CreateIndex
CREATE INDEX "ContentItem_workspaceId_impressions_publishedAt_idx" ON "ContentItem"("workspaceId", "impressions", "publishedAt");

-- CreateIndex
CREATE INDEX "ContentItem_workspaceId_ctr_publishedAt_idx" ON "ContentItem"("workspaceId", "ctr", "publishedAt");

-- CreateIndex
CREATE INDEX "ContentItem_workspaceId_interactionRate_publishedAt_idx" ON "ContentItem"("workspaceId", "interactionRate", "publishedAt");

-- CreateIndex
CREATE INDEX "ContentItem_workspaceId_avgDwell_publishedAt_idx" ON "ContentItem"("workspaceId", "avgDwell", "publishedAt");

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
CREATE UNIQUE INDEX "AudienceCohort_workspaceId_platformKey_cohortStart_periodUn_key" ON "AudienceCohort"("workspaceId", "platformKey", "cohortStart", "periodUnit");

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
CREATE INDEX "ImportChange_batchId_idx" ON "ImportChange"("batchId");

-- CreateIndex
CREATE INDEX "ImportChange_table_rowId_idx" ON "ImportChange"("table", "rowId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportPreset_workspaceId_key_key" ON "ImportPreset"("workspaceId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_workspaceId_idx" ON "ApiToken"("workspaceId");

-- CreateIndex
CREATE INDEX "Annotation_workspaceId_day_idx" ON "Annotation"("workspaceId", "day");

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

-- AddForeignKey
ALTER TABLE "Workspace" ADD CONSTRAINT "Workspace_activeBenchmarkSetId_fkey" FOREIGN KEY ("activeBenchmarkSetId") REFERENCES "BenchmarkSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_platformKey_fkey" FOREIGN KEY ("platformKey") REFERENCES "Platform"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyMetric" ADD CONSTRAINT "DailyMetric_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyMetric" ADD CONSTRAINT "DailyMetric_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyMetric" ADD CONSTRAINT "DailyMetric_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyRollup" ADD CONSTRAINT "DailyRollup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentTestGroup" ADD CONSTRAINT "ContentTestGroup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentItem" ADD CONSTRAINT "ContentItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentItem" ADD CONSTRAINT "ContentItem_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentItem" ADD CONSTRAINT "ContentItem_testGroupId_fkey" FOREIGN KEY ("testGroupId") REFERENCES "ContentTestGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentItem" ADD CONSTRAINT "ContentItem_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Journey" ADD CONSTRAINT "Journey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JourneyStep" ADD CONSTRAINT "JourneyStep_journeyId_fkey" FOREIGN KEY ("journeyId") REFERENCES "Journey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JourneyStep" ADD CONSTRAINT "JourneyStep_platformKey_fkey" FOREIGN KEY ("platformKey") REFERENCES "Platform"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JourneyObservation" ADD CONSTRAINT "JourneyObservation_journeyId_fkey" FOREIGN KEY ("journeyId") REFERENCES "Journey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudienceCohort" ADD CONSTRAINT "AudienceCohort_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudienceCohort" ADD CONSTRAINT "AudienceCohort_platformKey_fkey" FOREIGN KEY ("platformKey") REFERENCES "Platform"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudienceCohort" ADD CONSTRAINT "AudienceCohort_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortActivity" ADD CONSTRAINT "CohortActivity_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "AudienceCohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkSet" ADD CONSTRAINT "BenchmarkSet_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Benchmark" ADD CONSTRAINT "Benchmark_setId_fkey" FOREIGN KEY ("setId") REFERENCES "BenchmarkSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_platformKey_fkey" FOREIGN KEY ("platformKey") REFERENCES "Platform"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportChange" ADD CONSTRAINT "ImportChange_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportPreset" ADD CONSTRAINT "ImportPreset_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_platformKey_fkey" FOREIGN KEY ("platformKey") REFERENCES "Platform"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SegmentDailyMetric" ADD CONSTRAINT "SegmentDailyMetric_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SegmentDailyMetric" ADD CONSTRAINT "SegmentDailyMetric_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudienceTier" ADD CONSTRAINT "AudienceTier_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudienceTier" ADD CONSTRAINT "AudienceTier_platformKey_fkey" FOREIGN KEY ("platformKey") REFERENCES "Platform"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiTool" ADD CONSTRAINT "AiTool_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiToolScore" ADD CONSTRAINT "AiToolScore_toolId_fkey" FOREIGN KEY ("toolId") REFERENCES "AiTool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiScorecardWeight" ADD CONSTRAINT "AiScorecardWeight_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

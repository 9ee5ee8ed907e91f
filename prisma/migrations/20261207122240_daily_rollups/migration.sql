-- AlterTable
ALTER TABLE "Account" ADD COLUMN "firstDay" TEXT;
ALTER TABLE "Account" ADD COLUMN "lastDay" TEXT;

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

    PRIMARY KEY ("workspaceId", "day", "platformKey", "industry"),
    CONSTRAINT "DailyRollup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Backfill: the rollups and account day spans of the rows already stored
-- (the same statements lib/db/rollups.ts runs after every write).
INSERT INTO "DailyRollup" ("workspaceId", "day", "platformKey", "industry", "rows", "impressions", "views", "clicks", "likes", "comments", "shares", "saves", "follows", "unfollows", "profileVisits", "watchSeconds", "spendMinor", "revenueMinor", "conversions", "costMinor", "reachDailySum", "clicksPerImpressionNum", "clicksPerImpressionDen", "interactionsPerImpressionNum", "interactionsPerImpressionDen", "interactionsPerReachNum", "interactionsPerReachDen", "conversionsPerClickNum", "conversionsPerClickDen", "revenuePerSpendNum", "revenuePerSpendDen", "spendPerImpressionNum", "spendPerImpressionDen", "spendPerClickNum", "spendPerClickDen", "spendPerConversionNum", "spendPerConversionDen", "watchSecondsPerViewNum", "watchSecondsPerViewDen", "costPerRevenueNum", "costPerRevenueDen", "followersKnown", "followersSum", "followsKnown", "netFollowsSum", "interactionsKnown", "interactionsSum")
SELECT m."workspaceId", m."day", a."platformKey", a."industry",
  COUNT(*),
  SUM(m."impressions"),
  SUM(m."views"),
  SUM(m."clicks"),
  SUM(m."likes"),
  SUM(m."comments"),
  SUM(m."shares"),
  SUM(m."saves"),
  SUM(m."follows"),
  SUM(m."unfollows"),
  SUM(m."profileVisits"),
  SUM(m."watchSeconds"),
  SUM(m."spendMinor"),
  SUM(m."revenueMinor"),
  SUM(m."conversions"),
  SUM(m."costMinor"),
  SUM(m."reach"),
  COALESCE(SUM(CASE WHEN (m."clicks") IS NOT NULL AND (m."impressions") IS NOT NULL THEN (m."clicks") END), 0),
  COALESCE(SUM(CASE WHEN (m."clicks") IS NOT NULL AND (m."impressions") IS NOT NULL THEN (m."impressions") END), 0),
  COALESCE(SUM(CASE WHEN (CASE WHEN m."likes" IS NULL AND m."comments" IS NULL AND m."shares" IS NULL AND m."saves" IS NULL THEN NULL ELSE COALESCE(m."likes", 0) + COALESCE(m."comments", 0) + COALESCE(m."shares", 0) + COALESCE(m."saves", 0) END) IS NOT NULL AND (m."impressions") IS NOT NULL THEN (CASE WHEN m."likes" IS NULL AND m."comments" IS NULL AND m."shares" IS NULL AND m."saves" IS NULL THEN NULL ELSE COALESCE(m."likes", 0) + COALESCE(m."comments", 0) + COALESCE(m."shares", 0) + COALESCE(m."saves", 0) END) END), 0),
  COALESCE(SUM(CASE WHEN (CASE WHEN m."likes" IS NULL AND m."comments" IS NULL AND m."shares" IS NULL AND m."saves" IS NULL THEN NULL ELSE COALESCE(m."likes", 0) + COALESCE(m."comments", 0) + COALESCE(m."shares", 0) + COALESCE(m."saves", 0) END) IS NOT NULL AND (m."impressions") IS NOT NULL THEN (m."impressions") END), 0),
  COALESCE(SUM(CASE WHEN (CASE WHEN m."likes" IS NULL AND m."comments" IS NULL AND m."shares" IS NULL AND m."saves" IS NULL THEN NULL ELSE COALESCE(m."likes", 0) + COALESCE(m."comments", 0) + COALESCE(m."shares", 0) + COALESCE(m."saves", 0) END) IS NOT NULL AND (m."reach") IS NOT NULL THEN (CASE WHEN m."likes" IS NULL AND m."comments" IS NULL AND m."shares" IS NULL AND m."saves" IS NULL THEN NULL ELSE COALESCE(m."likes", 0) + COALESCE(m."comments", 0) + COALESCE(m."shares", 0) + COALESCE(m."saves", 0) END) END), 0),
  COALESCE(SUM(CASE WHEN (CASE WHEN m."likes" IS NULL AND m."comments" IS NULL AND m."shares" IS NULL AND m."saves" IS NULL THEN NULL ELSE COALESCE(m."likes", 0) + COALESCE(m."comments", 0) + COALESCE(m."shares", 0) + COALESCE(m."saves", 0) END) IS NOT NULL AND (m."reach") IS NOT NULL THEN (m."reach") END), 0),
  COALESCE(SUM(CASE WHEN (m."conversions") IS NOT NULL AND (m."clicks") IS NOT NULL THEN (m."conversions") END), 0),
  COALESCE(SUM(CASE WHEN (m."conversions") IS NOT NULL AND (m."clicks") IS NOT NULL THEN (m."clicks") END), 0),
  COALESCE(SUM(CASE WHEN (m."revenueMinor") IS NOT NULL AND (m."spendMinor") IS NOT NULL THEN (m."revenueMinor") END), 0),
  COALESCE(SUM(CASE WHEN (m."revenueMinor") IS NOT NULL AND (m."spendMinor") IS NOT NULL THEN (m."spendMinor") END), 0),
  COALESCE(SUM(CASE WHEN (m."spendMinor") IS NOT NULL AND (m."impressions") IS NOT NULL THEN (m."spendMinor") END), 0),
  COALESCE(SUM(CASE WHEN (m."spendMinor") IS NOT NULL AND (m."impressions") IS NOT NULL THEN (m."impressions") END), 0),
  COALESCE(SUM(CASE WHEN (m."spendMinor") IS NOT NULL AND (m."clicks") IS NOT NULL THEN (m."spendMinor") END), 0),
  COALESCE(SUM(CASE WHEN (m."spendMinor") IS NOT NULL AND (m."clicks") IS NOT NULL THEN (m."clicks") END), 0),
  COALESCE(SUM(CASE WHEN (m."spendMinor") IS NOT NULL AND (m."conversions") IS NOT NULL THEN (m."spendMinor") END), 0),
  COALESCE(SUM(CASE WHEN (m."spendMinor") IS NOT NULL AND (m."conversions") IS NOT NULL THEN (m."conversions") END), 0),
  COALESCE(SUM(CASE WHEN (m."watchSeconds") IS NOT NULL AND (m."views") IS NOT NULL THEN (m."watchSeconds") END), 0),
  COALESCE(SUM(CASE WHEN (m."watchSeconds") IS NOT NULL AND (m."views") IS NOT NULL THEN (m."views") END), 0),
  COALESCE(SUM(CASE WHEN (m."costMinor") IS NOT NULL AND (m."revenueMinor") IS NOT NULL THEN (m."costMinor") END), 0),
  COALESCE(SUM(CASE WHEN (m."costMinor") IS NOT NULL AND (m."revenueMinor") IS NOT NULL THEN (m."revenueMinor") END), 0),
  COUNT(m."followers"),
  COALESCE(SUM(m."followers"), 0),
  COUNT(m."follows"),
  COALESCE(SUM(m."follows" - COALESCE(m."unfollows", 0)), 0),
  COUNT(CASE WHEN m."likes" IS NULL AND m."comments" IS NULL AND m."shares" IS NULL AND m."saves" IS NULL THEN NULL ELSE COALESCE(m."likes", 0) + COALESCE(m."comments", 0) + COALESCE(m."shares", 0) + COALESCE(m."saves", 0) END),
  COALESCE(SUM(CASE WHEN m."likes" IS NULL AND m."comments" IS NULL AND m."shares" IS NULL AND m."saves" IS NULL THEN NULL ELSE COALESCE(m."likes", 0) + COALESCE(m."comments", 0) + COALESCE(m."shares", 0) + COALESCE(m."saves", 0) END), 0)
FROM "DailyMetric" m
JOIN "Account" a ON a."id" = m."accountId"
WHERE 1 = 1
GROUP BY m."workspaceId", m."day", a."platformKey", a."industry"
;

UPDATE "Account" SET
  "firstDay" = (SELECT MIN(m."day") FROM "DailyMetric" m WHERE m."accountId" = "Account"."id"),
  "lastDay" = (SELECT MAX(m."day") FROM "DailyMetric" m WHERE m."accountId" = "Account"."id");

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BenchmarkSet" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" INTEGER,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "kind" TEXT NOT NULL DEFAULT 'industry',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BenchmarkSet_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_BenchmarkSet" ("builtIn", "createdAt", "id", "key", "nameEn", "nameZh", "source", "workspaceId") SELECT "builtIn", "createdAt", "id", "key", "nameEn", "nameZh", "source", "workspaceId" FROM "BenchmarkSet";
DROP TABLE "BenchmarkSet";
ALTER TABLE "new_BenchmarkSet" RENAME TO "BenchmarkSet";
CREATE UNIQUE INDEX "BenchmarkSet_key_key" ON "BenchmarkSet"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

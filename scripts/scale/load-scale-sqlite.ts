// Writes the scale dataset (scale-dataset.ts) straight into a prepared SQLite
// file: one workspace, its accounts and every daily row, through prepared
// statements in a few large transactions, and SCALE_CONTENT_ITEMS posts. This is the bench's data loader,
// not the product's import path (whose speed the bench measures separately,
// on the canonical CSV of the same rows).
import Database from "better-sqlite3";
import { addDays } from "@/lib/metrics/periods";
import { SCALE_CONTENT_ITEMS, SCALE_DAYS, SCALE_LAST_DAY, SCALE_MEASURES, SCALE_WORKSPACE, scaleAccounts, scaleContentItem, scaleRow } from "./scale-dataset";
import { CONTENT_KPI_ASSIGNMENTS } from "@/lib/queries/sql/content-kpis";

export interface ScaleLoad {
  workspaceId: number;
  accounts: number;
  rows: number;
  contentItems: number;
}

export function loadScaleSqlite(file: string, options: { accountsPerPlatform?: number; days?: number; contentItems?: number } = {}): ScaleLoad {
  const days = options.days ?? SCALE_DAYS;
  const accounts = scaleAccounts(options.accountsPerPlatform);
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = OFF");
    const stamp = new Date("2026-12-01T00:00:00Z").toISOString().replace("Z", "+00:00");
    const benchmarkSet = sqlite.prepare(`SELECT "id" FROM "BenchmarkSet" ORDER BY "id" LIMIT 1`).get() as { id: number } | undefined;
    const workspaceId = Number(
      sqlite
        .prepare(
          `INSERT INTO "Workspace" ("slug", "name", "weekStart", "timeZone", "currency", "interactionDenominator", "benchmarkTolerance", "activeBenchmarkSetId", "createdAt", "updatedAt")
           VALUES (?, ?, 1, ?, ?, 'impressions', 0.1, ?, ?, ?)`,
        )
        .run(SCALE_WORKSPACE.slug, SCALE_WORKSPACE.name, SCALE_WORKSPACE.timeZone, SCALE_WORKSPACE.currency, benchmarkSet?.id ?? null, stamp, stamp).lastInsertRowid,
    );
    const insertAccount = sqlite.prepare(
      `INSERT INTO "Account" ("workspaceId", "platformKey", "handle", "displayName", "industry", "currency", "createdAt") VALUES (?, ?, ?, ?, ?, 'CNY', ?)`,
    );
    const ids = sqlite.transaction(() => accounts.map((a) => Number(insertAccount.run(workspaceId, a.platformKey, a.handle, a.handle, a.industry, stamp).lastInsertRowid)))();

    const columns = ["workspaceId", "accountId", "day", ...SCALE_MEASURES, "updatedAt"];
    const insertRow = sqlite.prepare(`INSERT INTO "DailyMetric" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
    let rows = 0;
    // Day by day, as real data arrives; one transaction per 50 days keeps the WAL small.
    for (let start = 0; start < days; start += 50) {
      sqlite.transaction(() => {
        for (let d = start; d < Math.min(days, start + 50); d++) {
          const day = addDays(SCALE_LAST_DAY, d - (days - 1));
          accounts.forEach((account, i) => {
            const r = scaleRow(account, d);
            insertRow.run(workspaceId, ids[i], day, ...SCALE_MEASURES.map((m) => r[m]), stamp);
            rows++;
          });
        }
      })();
    }
    const contentItems = options.contentItems ?? SCALE_CONTENT_ITEMS;
    const insertItem = sqlite.prepare(
      `INSERT INTO "ContentItem" ("workspaceId", "accountId", "externalId", "title", "publishedAt", "format", "origin", "impressions", "views", "clicks", "likes", "comments", "shares", "saves", "watchSeconds", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const idOf = new Map(accounts.map((a, i) => [a.index, ids[i]]));
    for (let start = 0; start < contentItems; start += 100_000) {
      sqlite.transaction(() => {
        for (let n = start; n < Math.min(contentItems, start + 100_000); n++) {
          const item = scaleContentItem(accounts, n);
          const day = addDays(SCALE_LAST_DAY, item.d - (days - 1));
          // Published at a minute of that day in Shanghai (UTC+8), stored as Prisma stores instants.
          const at = new Date(Date.parse(`${day}T00:00:00+08:00`) + item.minute * 60_000).toISOString().replace("Z", "+00:00");
          insertItem.run(workspaceId, idOf.get(item.account.index), item.externalId, item.title, at, item.format, item.origin, item.impressions, item.views, item.clicks, item.likes, item.comments, item.shares, item.saves, item.watchSeconds, stamp);
        }
      })();
    }
    // The posts' stored KPIs, by the statement the app's writers run.
    sqlite.prepare(`UPDATE "ContentItem" AS c SET ${CONTENT_KPI_ASSIGNMENTS} WHERE c."workspaceId" = ?`).run(workspaceId);
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    sqlite.exec("ANALYZE");
    return { workspaceId, accounts: accounts.length, rows, contentItems };
  } finally {
    sqlite.close();
  }
}

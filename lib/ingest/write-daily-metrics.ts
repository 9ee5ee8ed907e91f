// Writes validated canonical rows in one transaction: creates accounts the
// workspace does not have yet, inserts new (account, day) rows, updates the
// ones whose values changed and leaves identical ones alone, so importing
// the same rows twice changes nothing. A row from a file is the whole truth
// for its account and day: an empty cell sets the measure to unknown.
import type { Db } from "@/lib/db";
import { bulkInsert } from "@/lib/db/bulk-insert";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MEASURES, type Measure } from "@/lib/metrics/measures";
import type { CanonicalRow } from "./canonical";

export interface WriteSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  accountsCreated: number;
}

const INSERT_COLUMNS = ["workspaceId", "accountId", "day", ...MEASURES, "importBatchId", "updatedAt"] as const satisfies readonly (keyof Prisma.DailyMetricCreateManyInput)[];

const accountKey = (platformKey: string, handle: string) => `${platformKey}\u0000${handle}`;

function sameMeasures(stored: Record<Measure, number | bigint | null>, row: CanonicalRow): boolean {
  return MEASURES.every((m) => {
    const a = stored[m];
    const b = row.measures[m];
    return a === null || b === null ? a === b : Number(a) === b;
  });
}

export async function writeDailyMetrics(
  db: Db,
  params: { workspaceId: number; currency: string; rows: readonly CanonicalRow[]; importBatchId?: number | null; dryRun?: boolean },
): Promise<WriteSummary> {
  const { workspaceId, rows } = params;
  const run = async (tx: Prisma.TransactionClient): Promise<WriteSummary> => {
    const accounts = await tx.account.findMany({ where: { workspaceId }, select: { id: true, platformKey: true, handle: true } });
    const accountIds = new Map(accounts.map((a) => [accountKey(a.platformKey, a.handle), a.id]));
    const missing = [...new Map(rows.map((r) => [accountKey(r.platformKey, r.account), r])).values()].filter(
      (r) => !accountIds.has(accountKey(r.platformKey, r.account)),
    );
    if (missing.length && !params.dryRun) {
      const created = await tx.account.createManyAndReturn({
        data: missing.map((r) => ({
          workspaceId,
          platformKey: r.platformKey,
          handle: r.account,
          displayName: r.account,
          industry: "other",
          currency: params.currency,
        })),
        select: { id: true, platformKey: true, handle: true },
      });
      for (const a of created) accountIds.set(accountKey(a.platformKey, a.handle), a.id);
    }

    const days = rows.map((r) => r.day).sort();
    const existing =
      rows.length && accountIds.size
        ? await tx.dailyMetric.findMany({
            where: { workspaceId, accountId: { in: [...new Set(accountIds.values())] }, day: { gte: days[0], lte: days.at(-1) } },
          })
        : [];
    const stored = new Map(existing.map((e) => [`${e.accountId}\u0000${e.day}`, e]));

    const now = new Date();
    const inserts: Record<(typeof INSERT_COLUMNS)[number], string | number | Date | null>[] = [];
    let updated = 0;
    let unchanged = 0;
    for (const row of rows) {
      const accountId = accountIds.get(accountKey(row.platformKey, row.account));
      const current = accountId === undefined ? undefined : stored.get(`${accountId}\u0000${row.day}`);
      if (current && sameMeasures(current, row)) {
        unchanged++;
      } else if (current) {
        updated++;
        if (!params.dryRun) {
          await tx.dailyMetric.update({ where: { id: current.id }, data: { ...row.measures, importBatchId: params.importBatchId ?? null } });
        }
      } else if (accountId !== undefined || params.dryRun) {
        inserts.push({ workspaceId, accountId: accountId ?? 0, day: row.day, ...row.measures, importBatchId: params.importBatchId ?? null, updatedAt: now });
      }
    }
    if (!params.dryRun) await bulkInsert(tx, "DailyMetric", INSERT_COLUMNS, inserts);
    return { inserted: inserts.length, updated, unchanged, accountsCreated: missing.length };
  };
  return db.$transaction(run, { timeout: 120_000 });
}

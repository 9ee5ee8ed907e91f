// DailyRollup and Account.firstDay/lastDay are derived from DailyMetric and
// must never disagree with it. Every write of daily rows keeps them in step
// inside its own transaction:
//   - rows an import inserts are summed in memory from the values it holds
//     (lib/metrics/rollup-delta.ts) and added by a few upserts per import,
//     so appending a million rows costs no rebuild of the workspace;
//   - days where rows were updated or deleted are rebuilt from the daily rows
//     (rebuildDays; refreshDailyRollups for a range: undo, bulk loads);
//   - the accounts' day spans are read again from the (accountId, day) index
//     at the end (refreshAccountSpans).
// Readers in other connections see the rows and the rollups of the same
// commit, never one without the other. tests/integration/rollups.test.ts
// compares the rollups with a recomputation after imports, undo and reloads.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/metrics/periods";
import { deleteDailyRollupDays } from "@/lib/queries/deleteDailyRollupDays";
import { deleteDailyRollups } from "@/lib/queries/deleteDailyRollups";
import { insertDailyRollupDays } from "@/lib/queries/insertDailyRollupDays";
import { insertDailyRollups } from "@/lib/queries/insertDailyRollups";
import { updateAccountDaySpans } from "@/lib/queries/updateAccountDaySpans";

export interface RollupRefresh {
  workspaceId: number;
  /** the days whose daily rows may have changed; null: none did */
  from: Day | null;
  to: Day | null;
}

export async function rebuildDays(q: Db | Prisma.TransactionClient, r: { workspaceId: number; days: readonly Day[] }): Promise<void> {
  if (r.days.length === 0) return;
  await deleteDailyRollupDays(q, r);
  await insertDailyRollupDays(q, r);
}

export async function refreshAccountSpans(q: Db | Prisma.TransactionClient, workspaceId: number): Promise<void> {
  await updateAccountDaySpans(q, { workspaceId });
}

export async function refreshDailyRollups(q: Db | Prisma.TransactionClient, r: RollupRefresh): Promise<void> {
  if (r.from !== null && r.to !== null) {
    await deleteDailyRollups(q, { workspaceId: r.workspaceId, from: r.from, to: r.to });
    await insertDailyRollups(q, { workspaceId: r.workspaceId, from: r.from, to: r.to });
  }
  await updateAccountDaySpans(q, { workspaceId: r.workspaceId });
}

/** Every day: for a workspace loaded in bulk (demo data, the scale bench). */
export const ALL_DAYS = { from: "0000-01-01", to: "9999-12-31" } as const;

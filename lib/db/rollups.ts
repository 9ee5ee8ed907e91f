// DailyRollup and Account.firstDay/lastDay are derived from DailyMetric and
// must never disagree with it. Every write of daily rows calls
// refreshDailyRollups inside its own transaction, for the days it touched:
// the rollup rows of those days are deleted and rebuilt from the daily rows
// (a set-based GROUP BY, so a 1,000-day rebuild of 5 million rows is one
// statement), and the accounts' day spans are read again from the index.
// Readers in other connections see the rows and the rollups of the same
// commit, never one without the other. tests/integration/rollups.test.ts
// compares the rollups with a recomputation after imports, undo and reloads.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Day } from "@/lib/metrics/periods";
import { deleteDailyRollups } from "@/lib/queries/deleteDailyRollups";
import { insertDailyRollups } from "@/lib/queries/insertDailyRollups";
import { updateAccountDaySpans } from "@/lib/queries/updateAccountDaySpans";

export interface RollupRefresh {
  workspaceId: number;
  /** the days whose daily rows may have changed; null: none did */
  from: Day | null;
  to: Day | null;
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

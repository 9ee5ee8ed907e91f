import { preparedOn, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ROLLUP_DELTA_COLUMNS, type RollupDelta } from "@/lib/metrics/rollup-delta";
import { rollupAddOnConflict } from "./sql/rollup-sql";

const UPSERT_SQL = `INSERT INTO "DailyRollup" ("workspaceId", ${ROLLUP_DELTA_COLUMNS.map((c) => `"${c}"`).join(", ")})
VALUES (?, ${ROLLUP_DELTA_COLUMNS.map(() => "?").join(", ")})
${rollupAddOnConflict().sql}`;

/**
 * Adds rollup deltas (lib/metrics/rollup-delta.ts) to a workspace's rollups:
 * one prepared upsert run per row on the transaction's connection. A file of
 * few accounts over many days makes nearly one rollup row per daily row; as
 * one JSON parameter per 500 rows (55 values each, read back by position)
 * they took most of such an import.
 */
export async function addDailyRollupDeltas(q: Db | Prisma.TransactionClient, params: { workspaceId: number; deltas: readonly RollupDelta[] }): Promise<number> {
  if (params.deltas.length === 0) return 0;
  const upsert = preparedOn(q, UPSERT_SQL);
  let changed = 0;
  for (const d of params.deltas) changed += upsert.run(params.workspaceId, ...d).changes;
  return changed;
}

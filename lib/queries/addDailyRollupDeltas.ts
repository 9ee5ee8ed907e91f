import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ROLLUP_DELTA_COLUMNS, type RollupDelta } from "@/lib/metrics/rollup-delta";
import { rollupAddOnConflict } from "./sql/rollup-sql";

const INSERT = Prisma.raw(
  `INSERT INTO "DailyRollup" ("workspaceId", ${ROLLUP_DELTA_COLUMNS.map((c) => `"${c}"`).join(", ")})`,
);
const VALUES = Prisma.raw(ROLLUP_DELTA_COLUMNS.map((_, i) => `j.value ->> ${i}`).join(", "));

/** Adds rollup deltas (lib/metrics/rollup-delta.ts) to a workspace's rollups: one statement, the rows as one JSON parameter. */
export async function addDailyRollupDeltas(q: Db | Prisma.TransactionClient, params: { workspaceId: number; deltas: readonly RollupDelta[] }): Promise<number> {
  if (params.deltas.length === 0) return 0;
  const json = JSON.stringify(params.deltas.map((d) => ROLLUP_DELTA_COLUMNS.map((c) => d[c] ?? null)));
  return q.$executeRaw(Prisma.sql`${INSERT}
SELECT ${params.workspaceId}, ${VALUES} FROM jsonb_each(${json}) j WHERE true
${rollupAddOnConflict()}`);
}

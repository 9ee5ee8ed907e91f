// A real SQLite file in a fresh temp directory, migrated and with reference
// data, for one test file. Never the dev database.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { ALL_DAYS, refreshDailyRollups } from "@/lib/db/rollups";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";

export interface TempDatabase {
  url: string;
  file: string;
  db: Db;
  cleanup(): Promise<void>;
}

export async function createTempDatabase(): Promise<TempDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kpi-test-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  await prepareDatabase(url);
  const db = createDb(url);
  return {
    url,
    file,
    db,
    async cleanup() {
      await db.$disconnect();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One temp database for a test file and a fresh workspace before each test,
 * so the tests stay independent in one file. Read `t` and `ws` inside tests
 * (they are set by the hooks this registers).
 */
export function tempWorkspacePerTest(prefix: string, fields: { timeZone?: string } = {}): { t: TempDatabase; ws: Workspace } {
  const state = {} as { t: TempDatabase; ws: Workspace };
  let n = 0;
  beforeAll(async () => {
    state.t = await createTempDatabase();
  });
  afterAll(async () => {
    await state.t.cleanup();
  });
  beforeEach(async () => {
    n++;
    state.ws = await state.t.db.workspace.create({ data: { slug: `${prefix}-${n}`, name: `${prefix} ${n}`, ...fields } });
  });
  return state;
}

/**
 * Inserts daily rows as a test sets them up by hand, then refreshes the
 * rollups of their workspaces as every write path of the app does.
 */
export async function addDailyMetrics(
  db: Db,
  input: { data: Prisma.DailyMetricCreateManyInput | readonly Prisma.DailyMetricCreateManyInput[] },
): Promise<{ count: number }> {
  const data = Array.isArray(input.data) ? [...input.data] : [input.data as Prisma.DailyMetricCreateManyInput];
  const result = await db.dailyMetric.createMany({ data });
  for (const workspaceId of new Set(data.map((d) => d.workspaceId))) await refreshDailyRollups(db, { workspaceId, ...ALL_DAYS });
  return result;
}

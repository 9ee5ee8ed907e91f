// A fresh PostgreSQL database per test file, on the server that
// KPI_TEST_POSTGRES_URL names (CI starts a throwaway cluster with
// scripts/postgres-cluster.sh). Without a server the PostgreSQL tests are
// skipped with a notice; in CI a missing server is an error, so that a
// broken setup cannot pass by skipping.
import { describe } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "@/lib/db/postgres-scratch";

const SERVER_URL = process.env.KPI_TEST_POSTGRES_URL ?? "";

if (!SERVER_URL && process.env.CI === "true") throw new Error("KPI_TEST_POSTGRES_URL is not set: CI must start a PostgreSQL server (.ci/run)");

/** describe, or describe.skip with a notice when no PostgreSQL server is configured. */
export function describePostgres(name: string, body: () => void): void {
  if (SERVER_URL) {
    describe(name, body);
    return;
  }
  console.warn(`[skipped] ${name}: no PostgreSQL server (set KPI_TEST_POSTGRES_URL, e.g. from scripts/postgres-cluster.sh start <dir>)`);
  describe.skip(name, body);
}

export type PostgresDatabase = ScratchDatabase;

/** Creates an empty database with a random name on the test server. */
export function createPostgresDatabase(): Promise<PostgresDatabase> {
  return createScratchDatabase(SERVER_URL, "kpi_test");
}

// The short load test: scripts/load-test.ts's run with 20 connections × 5 s on
// GET /api/v1/report/weekly, then the same while the import CLI writes a
// 50,000-row canonical CSV into the same database. No error, no non-2xx, no
// SQLITE_BUSY in the server log, and every reading of the imported week's
// totals during the import is the figure before or the figure after it.
//
// It starts its own `next start` on its own database (the build is the one
// the e2e global setup made current): the import changes the demo
// workspace's figures, which the browser tests on the shared server check.
// `npm run load-test` is the full run (50 connections × 30 s, 1M rows).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeResult, loadTest } from "../../scripts/load-test";

describe("load: the weekly report under 20 connections, and while 50,000 rows are imported", () => {
  it(
    "answers every request, never with a half import, without SQLITE_BUSY",
    async () => {
      const result = await loadTest({
        duration: 5,
        connections: 20,
        importRows: 50_000,
        serverLog: path.resolve(import.meta.dirname, "../../test-results/load-test-server.log"),
      });
      console.log(describeResult(result).join("\n"));
      expect(result.failures).toEqual([]);
      expect(result.baseline.requests).toBeGreaterThan(0);
      expect(result.underImport.requests).toBeGreaterThan(0);
      expect(result.polls).toBeGreaterThan(0);
      expect(result.sqlPolls).toBeGreaterThan(0);
    },
    110_000,
  );
});

// GET /api/v1/cohorts — cohort triangles and retention curves per platform,
// with the retention figure at `period` (default week 4) against 28%.
import { now } from "@/lib/clock";
import { csvResponse } from "@/lib/api/csv";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { CohortsQuery, CohortsResponse } from "@/lib/schemas/api/cohorts";
import { getCohortRetention } from "@/lib/services/cohort-retention";

export const dynamic = "force-dynamic";

export const GET = apiRoute("analysis.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(CohortsQuery, queryObject(query, ["platform"]));
  const report = await getCohortRetention(db, workspace, {
    platforms: q.platform,
    from: q.from,
    to: q.to,
    unit: q.unit,
    period: q.period,
    now: now(),
  });
  if (q.format === "csv") {
    // The triangle in long form: one row per cohort and period with a value.
    return csvResponse(
      `cohorts-${q.unit}.csv`,
      ["platform", "cohort_start", "size", "period_index", "active", "rate"],
      report.platforms.flatMap((p) =>
        p.triangle.flatMap((row) =>
          row.cells.flatMap((cell, periodIndex) =>
            cell === null ? [] : [[p.platformKey, row.cohortStart, row.size, periodIndex, cell.active, cell.rate]],
          ),
        ),
      ),
    );
  }
  return json(CohortsResponse.parse(report));
});

// GET /api/v1/content/tests/[id] — one test's variants against the control:
// CTR difference, z-test, probability to beat control, winner when significant.
import { csvResponse } from "@/lib/api/csv";
import { json, notFound } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { ContentTestDetailQuery, ContentTestIdParam, ContentTestResponse } from "@/lib/schemas/api/content-tests";
import { getContentTestReport } from "@/lib/services/content-test-report";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("analysis.read", async (_request, { db, workspace, params, query }) => {
  const { id } = parseInput(ContentTestIdParam, params);
  const q = parseInput(ContentTestDetailQuery, queryObject(query));
  const report = await getContentTestReport(db, workspace, { id });
  if (!report) return notFound(`Content test "${id}"`);
  if (q.format === "csv") {
    return csvResponse(
      `content-test-${report.test.key}.csv`,
      [
        "variant", "is_control", "items", "impressions", "clicks", "interactions", "views", "watch_seconds", "ctr",
        "interaction_rate", "avg_dwell", "ctr_diff_pp", "z", "p_value", "significance", "probability_to_beat_control", "winner",
      ],
      report.variants.map((v) => [
        v.variant, v.isControl, v.items, v.impressions, v.clicks, v.interactions, v.views, v.watchSeconds, v.ctr,
        v.interactionRate, v.avgDwell, v.vsControl?.ctrDiffPp, v.vsControl?.test?.z, v.vsControl?.test?.pValue,
        v.vsControl?.test?.significance, v.vsControl?.probabilityToBeatControl, v.variant === report.winner,
      ]),
    );
  }
  return json(ContentTestResponse.parse(report));
});

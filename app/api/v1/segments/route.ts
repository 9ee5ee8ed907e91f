// GET /api/v1/segments — CTR, interaction rate, conversion rate and ROI per
// audience segment (18–25 and 35–45 named by the report) over [from, to].
import { csvResponse } from "@/lib/api/csv";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { SegmentsQuery, SegmentsResponse } from "@/lib/schemas/api/segments";
import { getSegmentKpis } from "@/lib/services/segment-kpis";

export const dynamic = "force-dynamic";

export const GET = apiRoute("analysis.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(SegmentsQuery, queryObject(query, ["platform"]));
  const report = await getSegmentKpis(db, workspace, { from: q.from, to: q.to, platforms: q.platform });
  if (q.format === "csv") {
    // One row per segment over all platforms ("all"), then one per segment and platform.
    return csvResponse(
      `segments-${q.from}-${q.to}.csv`,
      ["segment", "platform", "accounts", "ctr", "interaction_rate", "conversion_rate", "roi"],
      report.segments.flatMap((s) => [
        [s.segment, "all", s.accounts, s.ctr, s.interactionRate, s.conversionRate, s.roi],
        ...s.byPlatform.map((p) => [s.segment, p.platformKey, p.accounts, p.ctr, p.interactionRate, p.conversionRate, p.roi]),
      ]),
    );
  }
  return json(SegmentsResponse.parse(report));
});

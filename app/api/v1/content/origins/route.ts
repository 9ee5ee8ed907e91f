// GET /api/v1/content/origins — AI-generated vs human vs co-created content
// published in [from, to], with impressions, CTR, interaction rate and dwell.
import { csvResponse } from "@/lib/api/csv";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { ContentOriginsQuery, ContentOriginsResponse } from "@/lib/schemas/api/content-origins";
import { getContentOrigins } from "@/lib/services/content-origins";

export const dynamic = "force-dynamic";

export const GET = apiRoute("analysis.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(ContentOriginsQuery, queryObject(query, ["platform"]));
  const report = await getContentOrigins(db, workspace, { from: q.from, to: q.to, platforms: q.platform });
  if (q.format === "csv") {
    const rows = [...report.origins.map((o) => ({ ...o, key: o.origin as string })), { ...report.total, key: "total" }];
    return csvResponse(
      `content-origins-${q.from}-${q.to}.csv`,
      ["origin", "items", "impressions", "clicks", "interactions", "views", "watch_seconds", "ctr", "interaction_rate", "avg_dwell"],
      rows.map((o) => [o.key, o.items, o.impressions, o.clicks, o.interactions, o.views, o.watchSeconds, o.ctr, o.interactionRate, o.avgDwell]),
    );
  }
  return json(ContentOriginsResponse.parse(report));
});

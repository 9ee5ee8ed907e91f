// GET /api/v1/content/items — posts published in [from, to] ranked by one KPI
// (the content lab's top-content table), as JSON or CSV.
import { csvResponse } from "@/lib/api/csv";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { ContentItemsQuery, ContentItemsResponse } from "@/lib/schemas/api/content-items";
import { getTopContent } from "@/lib/services/top-content";

export const dynamic = "force-dynamic";

export const GET = apiRoute("analysis.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(ContentItemsQuery, queryObject(query, ["platform"]));
  const report = await getTopContent(db, workspace, { from: q.from, to: q.to, platforms: q.platform, origin: q.origin, sort: q.sort, dir: q.dir, limit: q.limit });
  if (q.format === "csv") {
    return csvResponse(
      `content-${q.from}-${q.to}-${q.sort}.csv`,
      ["external_id", "title", "published_day", "platform", "format", "origin", "test", "variant", "impressions", "clicks", "interactions", "views", "ctr", "interaction_rate", "avg_dwell"],
      report.items.map((i) => [i.externalId, i.title, i.publishedDay, i.platformKey, i.format, i.origin, i.testKey, i.variant, i.impressions, i.clicks, i.interactions, i.views, i.ctr, i.interactionRate, i.avgDwell]),
    );
  }
  return json(ContentItemsResponse.parse(report));
});

// GET /api/v1/journeys — the workspace's public → private journeys with their steps.
import { csvResponse } from "@/lib/api/csv";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { JourneyListQuery, JourneyListResponse } from "@/lib/schemas/api/journeys";
import { getJourneyList } from "@/lib/services/journey-funnel";

export const dynamic = "force-dynamic";

export const GET = apiRoute("analysis.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(JourneyListQuery, queryObject(query));
  const list = await getJourneyList(db, workspace);
  if (q.format === "csv") {
    return csvResponse(
      "journeys.csv",
      ["id", "key", "name_en", "name_zh", "industry", "steps", "platforms", "first_cohort_day", "last_cohort_day"],
      list.journeys.map((j) => [
        j.id,
        j.key,
        j.nameEn,
        j.nameZh,
        j.industry,
        j.steps.length,
        j.steps.map((s) => s.platformKey).join(" > "),
        j.observed?.firstCohortDay,
        j.observed?.lastCohortDay,
      ]),
    );
  }
  return json(JourneyListResponse.parse(list));
});

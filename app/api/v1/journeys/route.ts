// GET /api/v1/journeys — the workspace's public → private journeys with their steps.
// POST /api/v1/journeys { nameZh, nameEn, industry?, steps: [{ platformKey, role, nameZh, nameEn }] (2–8) }
// → 201 { journey }: a new journey, its key made from the English name
// (journey_edit). Analysts and up.
import { csvResponse } from "@/lib/api/csv";
import { readJson } from "@/lib/api/import-requests";
import { journeyEditAnswer } from "@/lib/api/journey-refusal";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { JourneyListQuery, JourneyListResponse, NewJourneyBody } from "@/lib/schemas/api/journeys";
import { createJourney } from "@/lib/services/journey-edit";
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

export const POST = apiRoute("journeys.write", async (request, { db, workspace, query, actor, userId, locale }) => {
  parseInput(JourneyListQuery.pick({ workspace: true }), queryObject(query));
  const read = await readJson(request, NewJourneyBody, 16 * 1024);
  if (!read.ok) return read.response;
  return journeyEditAnswer(await createJourney(db, workspace, { body: read.body, actor, userId }), locale, 201);
});

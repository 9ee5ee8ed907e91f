// GET /api/v1/journeys/[id] — one journey's funnel: step and overall
// conversion, time to convert (median, p75) against the step platform's
// benchmark, drop-off and the days-to-step distribution, for cohort days in
// [from, to]; mature=true drops young cohorts; compare=previous (with from and
// to) adds the same number of days just before, with each step's change in
// pp and its significance.
// PATCH /api/v1/journeys/[id] { nameZh?, nameEn?, industry?, steps? } → { journey }
// and DELETE /api/v1/journeys/[id] → { deleted } (with its steps and imported
// step data) take the numeric id; both journey_edit, analysts and up. Once a
// journey has imported data (keyed by step position), a PATCH that moves,
// removes or re-platforms a step answers 409: it would re-label the data.
import { csvResponse } from "@/lib/api/csv";
import { readJson } from "@/lib/api/import-requests";
import { journeyEditAnswer, journeyRemovalAnswer } from "@/lib/api/journey-refusal";
import { json, notFound } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { JourneyDetailQuery, JourneyFunnelResponse, JourneyIdParam, JourneyListQuery, JourneyNumericIdParam, JourneyPatchBody } from "@/lib/schemas/api/journeys";
import { deleteJourney, updateJourney } from "@/lib/services/journey-edit";
import { getJourneyFunnel } from "@/lib/services/journey-funnel";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("analysis.read", async (_request, { db, workspace, params, query }) => {
  const { id } = parseInput(JourneyIdParam, params);
  const q = parseInput(JourneyDetailQuery, queryObject(query));
  const funnel = await getJourneyFunnel(db, workspace, { id, from: q.from, to: q.to, matureOnly: q.mature, compare: q.compare });
  if (!funnel) return notFound(`Journey "${id}"`);
  if (q.format === "csv") {
    return csvResponse(
      `journey-${funnel.journey.key}.csv`,
      [
        "position", "platform", "domain", "role", "name_en", "name_zh", "reached", "step_conversion", "overall_conversion",
        "median_days", "p75_days", "benchmark_key", "benchmark_value", "benchmark_status",
      ],
      funnel.steps.map((s) => [
        s.position, s.platformKey, s.domain, s.role, s.nameEn, s.nameZh, s.reached, s.stepConversion, s.overallConversion,
        s.medianDays, s.p75Days, s.timeToConvert?.benchmark.key, s.timeToConvert?.benchmark.value, s.timeToConvert?.status,
      ]),
    );
  }
  return json(JourneyFunnelResponse.parse(funnel));
});

const EditQuery = JourneyListQuery.pick({ workspace: true });

export const PATCH = apiRoute<{ id: string }>("journeys.write", async (request, { db, workspace, params, query, actor, userId, locale }) => {
  const { id } = parseInput(JourneyNumericIdParam, params);
  parseInput(EditQuery, queryObject(query));
  const read = await readJson(request, JourneyPatchBody, 16 * 1024);
  if (!read.ok) return read.response;
  return journeyEditAnswer(await updateJourney(db, workspace, { id, body: read.body, actor, userId }), locale);
});

export const DELETE = apiRoute<{ id: string }>("journeys.write", async (_request, { db, workspace, params, query, actor, userId, locale }) => {
  const { id } = parseInput(JourneyNumericIdParam, params);
  parseInput(EditQuery, queryObject(query));
  return journeyRemovalAnswer(await deleteJourney(db, workspace, { id, actor, userId }), locale);
});

// GET /api/v1/journeys/[id] — one journey's funnel: step and overall
// conversion, time to convert (median, p75) against the step platform's
// benchmark, drop-off and the days-to-step distribution, for cohort days in
// [from, to]; mature=true drops young cohorts; compare=previous (with from and
// to) adds the same number of days just before, with each step's change in
// pp and its significance.
import { csvResponse } from "@/lib/api/csv";
import { json, notFound } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { JourneyDetailQuery, JourneyFunnelResponse, JourneyIdParam } from "@/lib/schemas/api/journeys";
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

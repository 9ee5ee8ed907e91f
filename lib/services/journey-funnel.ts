// What /funnels and GET /api/v1/journeys[/id] need: the workspace's journeys,
// and one journey's funnel (step and overall conversion, time to convert
// against the step platform's benchmark) over a cohort-day range.
import type { Db } from "@/lib/db";
import { compareFunnels, compareTimeToConvert, computeFunnel, type FunnelOptions } from "@/lib/metrics/funnel";
import { addDays, daysBetween, type Day } from "@/lib/metrics/periods";
import { ratio } from "@/lib/metrics/ratios";
import { getJourneyObservationBounds } from "@/lib/queries/getJourneyObservationBounds";
import { getJourneyObservations } from "@/lib/queries/getJourneyObservations";
import { getJourneysWithSteps } from "@/lib/queries/getJourneysWithSteps";
import { getJourneyWithSteps } from "@/lib/queries/getJourneyWithSteps";
import { PLATFORMS } from "@/lib/reference/platforms";
import type { JourneyFunnelResponse, JourneyListResponse } from "@/lib/schemas/api/journeys";
import { PlatformKey } from "@/lib/schemas/enums";
import { getBenchmarkFigures, type WorkspaceRef } from "./analysis-support";

/**
 * Days a cohort needs before its funnel is complete: the attribution window
 * within which a later step counts (observations record up to 14 days after
 * entry). A younger cohort has had no time to convert, which lowers its
 * conversion and, worse, shortens its time to convert (only the quick ones
 * are in yet).
 */
export const JOURNEY_MATURITY_DAYS = 14;

interface StepRow {
  position: number;
  platformKey: string;
  role: string;
  nameZh: string;
  nameEn: string;
}

function stepInfo(s: StepRow) {
  const platformKey = PlatformKey.parse(s.platformKey);
  return { position: s.position, platformKey, domain: PLATFORMS[platformKey].domain, role: s.role, nameZh: s.nameZh, nameEn: s.nameEn };
}

function journeyInfo(j: { id: number; key: string; nameZh: string; nameEn: string; industry: string | null }) {
  return { id: j.id, key: j.key, nameZh: j.nameZh, nameEn: j.nameEn, industry: j.industry };
}

export async function getJourneyList(db: Db, workspace: WorkspaceRef): Promise<JourneyListResponse> {
  const [journeys, bounds] = await Promise.all([
    getJourneysWithSteps(db, { workspaceId: workspace.id }),
    getJourneyObservationBounds(db, { workspaceId: workspace.id }),
  ]);
  const boundsOf = new Map(bounds.map((b) => [b.journeyId, b]));
  return {
    journeys: journeys.map((j) => {
      const b = boundsOf.get(j.id);
      return {
        ...journeyInfo(j),
        steps: j.steps.map(stepInfo),
        observed: b ? { firstCohortDay: b.firstCohortDay, lastCohortDay: b.lastCohortDay } : null,
      };
    }),
  };
}

/** A journey by key, or by numeric id when `id` is all digits and such an id exists. */
async function findJourney(db: Db, workspaceId: number, id: string) {
  if (/^\d{1,9}$/.test(id)) {
    const byId = await getJourneyWithSteps(db, { workspaceId, id: Number(id) });
    if (byId) return byId;
  }
  return getJourneyWithSteps(db, { workspaceId, key: id });
}

export interface JourneyFunnelParams {
  /** journey key or numeric id */
  id: string;
  from?: Day;
  to?: Day;
  matureOnly: boolean;
  /** also the same number of cohort days just before `from` (needs from and to) */
  compare?: "previous";
}

/** The cohort days just before [from, to], as many as it has. */
export function previousRange(from: Day, to: Day): { from: Day; to: Day } {
  const length = daysBetween(from, to) + 1;
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

/** null when the workspace has no such journey. */
export async function getJourneyFunnel(db: Db, workspace: WorkspaceRef, params: JourneyFunnelParams): Promise<JourneyFunnelResponse | null> {
  const journey = await findJourney(db, workspace.id, params.id);
  if (!journey) return null;
  const earlier = params.compare === "previous" && params.from && params.to ? previousRange(params.from, params.to) : null;
  const [rows, previousRows, bounds, benchmarks] = await Promise.all([
    getJourneyObservations(db, { workspaceId: workspace.id, journeyId: journey.id, from: params.from, to: params.to }),
    earlier ? getJourneyObservations(db, { workspaceId: workspace.id, journeyId: journey.id, from: earlier.from, to: earlier.to }) : Promise.resolve(null),
    getJourneyObservationBounds(db, { workspaceId: workspace.id, journeyIds: [journey.id] }),
    getBenchmarkFigures(db, workspace),
  ]);
  const asOf = bounds[0]?.lastCohortDay ?? null;
  const rule = asOf === null ? undefined : { asOf, minAgeDays: JOURNEY_MATURITY_DAYS };
  const positions = journey.steps.map((s) => s.position);
  const options: FunnelOptions = params.matureOnly ? { matureOnly: rule } : { maturity: rule };
  const funnel = computeFunnel(rows, positions, options);
  const previous = previousRows && earlier ? computeFunnel(previousRows, positions, options) : null;
  const tolerance = workspace.benchmarkTolerance;

  return {
    journey: journeyInfo(journey),
    range: { from: params.from ?? null, to: params.to ?? null },
    asOf,
    maturity: { minAgeDays: JOURNEY_MATURITY_DAYS, immatureCohorts: funnel.immatureCohorts ?? 0, excluded: params.matureOnly },
    cohorts: funnel.cohorts,
    firstCohortDay: funnel.firstCohortDay,
    lastCohortDay: funnel.lastCohortDay,
    entered: funnel.entered,
    steps: journey.steps.map((s, i) => {
      const info = stepInfo(s);
      const f = funnel.steps[i];
      const medianDays = f?.medianDays ?? null;
      return {
        ...info,
        reached: f?.reached ?? 0,
        stepConversion: f?.stepConversion ?? null,
        overallConversion: f?.overallConversion ?? null,
        medianDays,
        p75Days: f?.p75Days ?? null,
        // Step 1 is where time starts; its "time to convert" is 0 by definition.
        timeToConvert: i === 0 ? null : compareTimeToConvert(medianDays, info.platformKey, benchmarks, tolerance),
        dropped: i === 0 ? null : (funnel.steps[i - 1]?.reached ?? 0) - (f?.reached ?? 0),
        dropOff: f?.stepConversion === null || f?.stepConversion === undefined ? null : 1 - f.stepConversion,
        distribution: (f?.histogram ?? []).map((h) => ({ days: h.days, people: h.people, share: ratio(h.people, f?.reached ?? 0) })),
      };
    }),
    comparison:
      previous && earlier
        ? { range: earlier, entered: previous.entered, steps: compareFunnels(funnel, previous) }
        : null,
  };
}

// What /funnels shows: the workspace's journeys, the one chosen (the URL's,
// else the first), the cohort-day range (the URL's, else the last 28 cohort
// days old enough to have converted) and that journey's funnel over it,
// compared with the days just before. Ending the default at the last mature
// cohort keeps the comparison fair: young cohorts are still converting, and
// would read as a drop.
import type { Db } from "@/lib/db";
import { addDays, type Day } from "@/lib/metrics/periods";
import type { JourneyFunnelResponse, JourneyListResponse } from "@/lib/schemas/api/journeys";
import type { FunnelsPageParams } from "@/lib/schemas/funnels-page-params";
import type { WorkspaceRef } from "./analysis-support";
import { getJourneyFunnel, getJourneyList, JOURNEY_MATURITY_DAYS } from "./journey-funnel";

/** Cohort days in the default range. */
export const DEFAULT_FUNNEL_DAYS = 28;

export interface FunnelPage {
  journeys: JourneyListResponse["journeys"];
  /** the journey shown; null when the workspace has none */
  journey: JourneyListResponse["journeys"][number] | null;
  range: { from: Day; to: Day } | null;
  funnel: JourneyFunnelResponse | null;
  /** the URL named a journey the workspace does not have */
  unknownJourney: boolean;
}

export async function getFunnelPage(db: Db, workspace: WorkspaceRef, params: FunnelsPageParams): Promise<FunnelPage> {
  const { journeys } = await getJourneyList(db, workspace);
  const named = params.journey ? journeys.find((j) => j.key === params.journey) : undefined;
  const journey = named ?? journeys[0] ?? null;
  const unknownJourney = params.journey !== null && named === undefined;
  if (!journey) return { journeys, journey: null, range: null, funnel: null, unknownJourney };
  const last = journey.observed?.lastCohortDay ?? null;
  const first = journey.observed?.firstCohortDay ?? null;
  const lastMature = last && first ? (addDays(last, -JOURNEY_MATURITY_DAYS) >= first ? addDays(last, -JOURNEY_MATURITY_DAYS) : last) : null;
  const range = params.from && params.to ? { from: params.from, to: params.to } : lastMature ? { from: addDays(lastMature, -(DEFAULT_FUNNEL_DAYS - 1)), to: lastMature } : null;
  const funnel = await getJourneyFunnel(db, workspace, {
    id: journey.key,
    from: range?.from,
    to: range?.to,
    matureOnly: params.mature,
    compare: params.compare && range ? "previous" : undefined,
  });
  return { journeys, journey, range, funnel, unknownJourney };
}

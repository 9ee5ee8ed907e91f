// What /audience needs: the traffic tiering and the segment KPIs for one
// platform (or all) over one period — the same service calls as
// GET /api/v1/tiers and /segments with the same parameters, so the page and
// the API cannot disagree — plus the quick periods to offer.
import type { Db } from "@/lib/db";
import { addDays, dayInZone, lastCompleteWeek, type Day } from "@/lib/metrics/periods";
import { audienceHref, parseAudiencePageParams, type AudienceParam, type AudiencePageState } from "@/lib/schemas/audience-page-params";
import type { SegmentsResponse } from "@/lib/schemas/api/segments";
import type { TiersResponse } from "@/lib/schemas/api/tiers";
import { WeekStart } from "@/lib/schemas/enums";
import type { WorkspaceRef } from "./analysis-support";
import { getSegmentKpis } from "./segment-kpis";
import { getTrafficTiering } from "./traffic-tiering";

/** The default period: the last twelve complete weeks (the demo's tiering covers twelve). */
export const DEFAULT_WEEKS = 12;
export const PRESET_WEEKS = [4, DEFAULT_WEEKS, 26] as const;

export interface AudienceView {
  state: AudiencePageState;
  ignored: AudienceParam[];
  today: Day;
  presets: { weeks: number; href: string; active: boolean }[];
  tiers: TiersResponse;
  segments: SegmentsResponse;
}

export async function getAudienceView(
  db: Db,
  workspace: WorkspaceRef & { weekStart: number },
  params: { raw: Record<string, string | string[] | undefined>; now: Date },
): Promise<AudienceView> {
  const today = dayInZone(params.now, workspace.timeZone);
  const lastWeek = lastCompleteWeek(today, WeekStart.parse(workspace.weekStart));
  const span = (weeks: number) => ({ from: addDays(lastWeek.start, -7 * (weeks - 1)), to: lastWeek.end });
  const { state, ignored } = parseAudiencePageParams(params.raw, span(DEFAULT_WEEKS));
  const platforms = state.platform ? [state.platform] : undefined;
  const [tiers, segments] = await Promise.all([
    getTrafficTiering(db, workspace, { platforms, from: state.from, to: state.to }),
    getSegmentKpis(db, workspace, { platforms, from: state.from, to: state.to }),
  ]);
  const presets = PRESET_WEEKS.map((weeks) => {
    const p = span(weeks);
    return { weeks, href: audienceHref({ ...state, ...p }), active: state.from === p.from && state.to === p.to };
  });
  return { state, ignored, today, presets, tiers, segments };
}

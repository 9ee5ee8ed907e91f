// The /platforms page's URL state: `?kpi=ctr&from=…&to=…&granularity=week&platform=douyin,xiaohongshu&denominator=reach`.
//
// A shared URL must never crash the page, so every field is parsed on its own
// and a bad value is dropped (the default takes its place) instead of failing
// the whole parse. Defaults depend on the workspace (time zone, week start,
// interaction-rate denominator) and on today, so they are filled in by
// `resolvePlatformPageParams`, not here.
import { z } from "zod";
import { addDays, daysBetween, isDay, lastCompleteWeek, type Day } from "@/lib/metrics/periods";
import { InteractionDenominator, PLATFORM_KEYS, type PlatformKey, type WeekStart } from "@/lib/schemas/enums";

import { PLATFORM_PAGE_GRANULARITIES, PLATFORM_PAGE_KPIS, type PlatformPageGranularity, type PlatformPageKpi } from "./platform-page-kpis";

export {
  FIXED_KPIS,
  PLATFORM_PAGE_GRANULARITIES,
  PLATFORM_PAGE_KPIS,
  type FixedKpi,
  type PlatformPageGranularity,
  type PlatformPageKpi,
} from "./platform-page-kpis";


/** Weeks in the default period (the last N complete weeks). */
export const DEFAULT_WEEKS = 12;
/** Longest period a URL may ask for; longer ranges fall back to the default (keeps a day-by-day view bounded). */
export const MAX_RANGE_DAYS = 731;

export const DEFAULT_KPI: PlatformPageKpi = "ctr";
export const DEFAULT_GRANULARITY: PlatformPageGranularity = "week";

type SearchParamValue = string | string[] | undefined;

/** The last value of a repeated parameter (`?kpi=a&kpi=b` reads as `b`, like the API's query parser). */
function last(value: unknown): unknown {
  return Array.isArray(value) ? value.at(-1) : value;
}

const PLATFORM_SET: ReadonlySet<string> = new Set(PLATFORM_KEYS);

/** Comma lists and repeated keys; unknown keys are dropped, and an empty result means "all platforms". */
const PlatformParam = z
  .unknown()
  .transform((value): PlatformKey[] | undefined => {
    const parts = (Array.isArray(value) ? value : [value])
      .filter((v): v is string => typeof v === "string")
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => PLATFORM_SET.has(v)) as PlatformKey[];
    const unique = [...new Set(parts)];
    return unique.length ? unique.sort((a, b) => PLATFORM_KEYS.indexOf(a) - PLATFORM_KEYS.indexOf(b)) : undefined;
  });

const DayParam = z.preprocess(last, z.string().refine(isDay)).optional().catch(undefined);

/**
 * What the URL asks for; every field optional, never an error. A period is
 * kept only as a pair (from ≤ to, at most MAX_RANGE_DAYS long); one end alone
 * or a reversed range is dropped as a whole.
 */
export const PlatformPageParams = z
  .object({
    kpi: z.preprocess(last, z.enum(PLATFORM_PAGE_KPIS)).optional().catch(undefined),
    from: DayParam,
    to: DayParam,
    granularity: z.preprocess(last, z.enum(PLATFORM_PAGE_GRANULARITIES)).optional().catch(undefined),
    platform: PlatformParam.optional().catch(undefined),
    denominator: z.preprocess(last, InteractionDenominator).optional().catch(undefined),
  })
  .catch({})
  .transform(({ from, to, ...rest }) => {
    const range = from && to && from <= to && daysBetween(from, to) + 1 <= MAX_RANGE_DAYS ? { from, to } : {};
    return { ...rest, ...range };
  });
export type PlatformPageQuery = z.infer<typeof PlatformPageParams>;

/** Parses Next's `searchParams` (or any record of query values); never throws. */
export function parsePlatformPageParams(searchParams: Record<string, SearchParamValue> | null | undefined): PlatformPageQuery {
  return PlatformPageParams.parse(searchParams ?? {});
}

/** The page's full state: the URL's choices with the defaults filled in. */
export interface PlatformPageState {
  kpi: PlatformPageKpi;
  from: Day;
  to: Day;
  granularity: PlatformPageGranularity;
  /** null = all platforms */
  platforms: PlatformKey[] | null;
  denominator: InteractionDenominator;
}

/** The default period: the last DEFAULT_WEEKS complete weeks, ending with the last complete week. */
export function defaultPeriod(today: Day, weekStart: WeekStart): { from: Day; to: Day } {
  const lastWeek = lastCompleteWeek(today, weekStart);
  return { from: addDays(lastWeek.start, -7 * (DEFAULT_WEEKS - 1)), to: lastWeek.end };
}

export function resolvePlatformPageParams(
  query: PlatformPageQuery,
  context: { today: Day; weekStart: WeekStart; workspaceDenominator: InteractionDenominator },
): PlatformPageState {
  const period = query.from && query.to ? { from: query.from, to: query.to } : defaultPeriod(context.today, context.weekStart);
  const platforms = query.platform && query.platform.length < PLATFORM_KEYS.length ? query.platform : null;
  return {
    kpi: query.kpi ?? DEFAULT_KPI,
    ...period,
    granularity: query.granularity ?? DEFAULT_GRANULARITY,
    platforms,
    denominator: query.denominator ?? context.workspaceDenominator,
  };
}

// The /funnels page's URL state: `?journey=<key>&from=…&to=…&mature=1&compare=0`.
// Every field is read on its own and a bad value is dropped (its default
// takes its place), so a shared URL never breaks the page.
import { isDay, type Day } from "@/lib/metrics/periods";

export interface FunnelsPageParams {
  journey: string | null;
  from: Day | null;
  to: Day | null;
  /** leave out cohorts too young to have converted */
  mature: boolean;
  /** compare with the same number of days just before (default on) */
  compare: boolean;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.at(-1) : v);

export function parseFunnelsPageParams(raw: Record<string, string | string[] | undefined>): FunnelsPageParams {
  const journey = one(raw.journey);
  const from = one(raw.from);
  const to = one(raw.to);
  const validRange = from !== undefined && to !== undefined && isDay(from) && isDay(to) && from <= to;
  return {
    journey: journey && /^[\w-]{1,128}$/.test(journey) ? journey : null,
    from: validRange ? from : null,
    to: validRange ? to : null,
    mature: one(raw.mature) === "1" || one(raw.mature) === "true",
    compare: !(one(raw.compare) === "0" || one(raw.compare) === "false"),
  };
}

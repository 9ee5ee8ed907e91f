// The forecast shown after a series (METRICS.md §4): a damped Holt trend on
// the complete buckets, continued for `horizon` buckets with an interval.
import type { WeekStart } from "@/lib/schemas/enums";
import { bucketOf, type Granularity } from "./buckets";
import { addDays, type Day } from "./periods";
import { holtDamped, type HoltParams } from "./stats/forecast";

export interface SeriesForecast {
  /** complete buckets the model was fitted on (partial buckets and unknown values are left out) */
  basedOn: number;
  params: HoltParams;
  points: { key: string; start: Day; end: Day; value: number; lower: number; upper: number }[];
}

export function forecastSeries(
  series: readonly { end: Day; partial: boolean; value: number | null }[],
  granularity: Granularity,
  weekStart: WeekStart,
  horizon = 4,
): SeriesForecast | null {
  const complete = series.filter((p) => !p.partial);
  const values = complete.map((p) => p.value);
  // A gap would shift every later point by one bucket; fit only the unbroken tail.
  const lastGap = values.lastIndexOf(null);
  const tail = values.slice(lastGap + 1) as number[];
  const last = complete.at(-1);
  const fit = last ? holtDamped(tail, { horizon }) : null;
  if (!fit || !last) return null;
  let next = addDays(last.end, 1);
  const points = fit.points.map((p) => {
    const bucket = bucketOf(next, granularity, weekStart);
    next = addDays(bucket.end, 1);
    return { key: bucket.key, start: bucket.start, end: bucket.end, value: p.value, lower: p.lower, upper: p.upper };
  });
  return { basedOn: tail.length, params: fit.params, points };
}

// The instants a calendar day spans in a time zone. Days are dates in the
// workspace's zone (METRICS.md §3); rows stamped with an instant (a post's
// publishedAt) belong to the day whose local midnights enclose them.
import { addDays, type Day } from "./periods";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Local wall time minus UTC at `instant`, in ms (+8 h in Shanghai). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  // The formatter shows whole seconds, so compare with the instant's whole second.
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the clock in `timeZone` shows `day` `hour`:`minute`. */
export function wallTimeInZone(day: Day, hour: number, minute: number, timeZone: string): Date {
  const wall = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour, minute);
  // Two passes settle the offset on either side of a daylight-saving change.
  let utc = wall - zoneOffsetMs(wall, timeZone);
  utc = wall - zoneOffsetMs(utc, timeZone);
  return new Date(utc);
}

/** The instant the day starts in `timeZone` (local midnight). */
export function startOfDayInZone(day: Day, timeZone: string): Date {
  return wallTimeInZone(day, 0, 0, timeZone);
}

/** [start of `from`, start of the day after `to`) as instants: a half-open range. */
export function dayRangeInstants(from: Day, to: Day, timeZone: string): { gte: Date; lt: Date } {
  return { gte: startOfDayInZone(from, timeZone), lt: startOfDayInZone(addDays(to, 1), timeZone) };
}

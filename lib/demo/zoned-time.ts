// Local wall-clock time in a zone → UTC instant, without a date library.
// The demo posts at local times (lunch, evening) and must store them as the
// right UTC instants; a fixed +08:00 would be wrong for any other zone.
import type { Day } from "@/lib/metrics/periods";

// Building a formatter is slow (it loads zone data); the demo formats thousands of posts.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallAsUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wallAsUtc - instant;
}

/** The UTC instant (ISO string) at which the clock in `timeZone` shows `day` `hour`:`minute`. */
export function zonedTimeToUtcIso(day: Day, hour: number, minute: number, timeZone: string): string {
  const wall = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour, minute);
  // Two passes settle the offset on either side of a daylight-saving change.
  let utc = wall - zoneOffsetMs(wall, timeZone);
  utc = wall - zoneOffsetMs(utc, timeZone);
  return new Date(utc).toISOString();
}

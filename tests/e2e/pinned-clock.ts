// The instant the e2e run is pinned to (global-setup provides it): the
// server's clock and the demo data's. Tests derive every expected week,
// month and quarter from it, so they hold on whatever day is pinned.
import { inject } from "vitest";
import { DEMO_TIME_ZONE } from "@/lib/demo/generate-demo-data";
import { dayInZone, type Day } from "@/lib/metrics/periods";

export function pinnedNow(): Date {
  return new Date(inject("now"));
}

/** The pinned day in the demo workspace's time zone. */
export function pinnedToday(): Day {
  return dayInZone(pinnedNow(), DEMO_TIME_ZONE);
}

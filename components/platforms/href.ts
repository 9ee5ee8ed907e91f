// The URL of a /platforms view. Every choice is written out (the period as
// explicit days), so a shared link shows the same figures next month too.
import type { PlatformPageState } from "@/lib/schemas/platform-page-params";

export const PLATFORMS_PATH = "/platforms";

export function platformsHref(state: PlatformPageState): string {
  const q = new URLSearchParams();
  q.set("kpi", state.kpi);
  q.set("from", state.from);
  q.set("to", state.to);
  q.set("granularity", state.granularity);
  if (state.platforms?.length) q.set("platform", state.platforms.join(","));
  q.set("denominator", state.denominator);
  // commas in the platform list stay readable
  return `${PLATFORMS_PATH}?${q.toString().replaceAll("%2C", ",")}`;
}

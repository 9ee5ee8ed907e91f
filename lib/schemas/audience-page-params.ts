// The /audience page's URL: one platform (or all) and a period as explicit
// days, so a shared link shows the same figures next month too. A bad value
// is not an error page: the page falls back to the default and says which
// parameter it ignored.
import { z } from "zod";
import { isDay, type Day } from "@/lib/metrics/periods";
import { PlatformKey } from "@/lib/schemas/enums";

export interface AudiencePageState {
  platform: PlatformKey | null;
  from: Day;
  to: Day;
}

export type AudienceParam = "platform" | "from" | "to";

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/**
 * Reads `platform`, `from` and `to`; `defaults` is the period used when a day is
 * missing or invalid (or when from > to). Returns the parameters it ignored.
 */
export function parseAudiencePageParams(
  raw: Record<string, string | string[] | undefined>,
  defaults: { from: Day; to: Day },
): { state: AudiencePageState; ignored: AudienceParam[] } {
  const ignored: AudienceParam[] = [];
  const platformRaw = first(raw.platform)?.trim();
  let platform: PlatformKey | null = null;
  if (platformRaw) {
    const parsed = PlatformKey.safeParse(platformRaw);
    if (parsed.success) platform = parsed.data;
    else ignored.push("platform");
  }
  const day = (key: "from" | "to"): Day | null => {
    const v = first(raw[key])?.trim();
    if (!v) return null;
    if (z.string().refine(isDay).safeParse(v).success) return v;
    ignored.push(key);
    return null;
  };
  let from = day("from") ?? defaults.from;
  let to = day("to") ?? defaults.to;
  if (from > to) {
    ignored.push("from", "to");
    from = defaults.from;
    to = defaults.to;
  }
  return { state: { platform, from, to }, ignored: [...new Set(ignored)] };
}

export function audienceHref(state: AudiencePageState): string {
  const q = new URLSearchParams();
  if (state.platform) q.set("platform", state.platform);
  q.set("from", state.from);
  q.set("to", state.to);
  return `/audience?${q.toString()}`;
}

// Which rows a figure covers: platforms, accounts, industries, public or
// private domain. The domain is a property of the platform, so it narrows the
// platform list rather than adding a condition of its own.
import { PLATFORMS } from "@/lib/reference/platforms";
import { PLATFORM_KEYS, type Domain, type Industry, type PlatformKey } from "@/lib/schemas/enums";

export interface MetricFilter {
  platforms?: readonly PlatformKey[];
  accountIds?: readonly number[];
  industries?: readonly Industry[];
  domain?: Domain;
}

/** The platforms a filter allows, or undefined for all of them. */
export function filterPlatforms(filter: MetricFilter): PlatformKey[] | undefined {
  if (!filter.platforms?.length && !filter.domain) return undefined;
  const base = filter.platforms?.length ? filter.platforms : PLATFORM_KEYS;
  return base.filter((key) => !filter.domain || PLATFORMS[key].domain === filter.domain);
}

// The /content page's URL state:
// `?test=<key>&from=…&to=…&platform=douyin&origin=human&sort=ctr&dir=asc`.
// Every field is read on its own and a bad value is dropped (its default takes
// its place), so a shared URL never breaks the page.
import { isDay, type Day } from "@/lib/metrics/periods";
import { CONTENT_SORT_KEYS, type ContentSortKey, type SortDirection } from "@/lib/schemas/api/content-items";
import { ContentOrigin, PlatformKey } from "@/lib/schemas/enums";

export interface ContentPageParams {
  test: string | null;
  from: Day | null;
  to: Day | null;
  platform: PlatformKey | null;
  origin: ContentOrigin | null;
  sort: ContentSortKey;
  dir: SortDirection;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.at(-1) : v);

export function parseContentPageParams(raw: Record<string, string | string[] | undefined>): ContentPageParams {
  const test = one(raw.test);
  const from = one(raw.from);
  const to = one(raw.to);
  const validRange = from !== undefined && to !== undefined && isDay(from) && isDay(to) && from <= to;
  const platform = PlatformKey.safeParse(one(raw.platform));
  const origin = ContentOrigin.safeParse(one(raw.origin));
  const sort = one(raw.sort);
  return {
    test: test && /^[\w-]{1,128}$/.test(test) ? test : null,
    from: validRange ? from : null,
    to: validRange ? to : null,
    platform: platform.success ? platform.data : null,
    origin: origin.success ? origin.data : null,
    sort: (CONTENT_SORT_KEYS as readonly string[]).includes(sort ?? "") ? (sort as ContentSortKey) : "impressions",
    dir: one(raw.dir) === "asc" ? "asc" : "desc",
  };
}

/** The page's URL for a state (defaults left out). */
export function contentPageHref(p: ContentPageParams): string {
  const q = new URLSearchParams();
  if (p.test) q.set("test", p.test);
  if (p.from && p.to) {
    q.set("from", p.from);
    q.set("to", p.to);
  }
  if (p.platform) q.set("platform", p.platform);
  if (p.origin) q.set("origin", p.origin);
  if (p.sort !== "impressions") q.set("sort", p.sort);
  if (p.dir !== "desc") q.set("dir", p.dir);
  const s = q.toString();
  return s ? `/content?${s}#top` : "/content#top";
}

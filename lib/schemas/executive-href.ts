// Links to the executive page's states. Apart from the parser
// (executive-page-params.ts, which needs zod) so that the period picker,
// which runs in the browser, does not ship zod.

export const EXECUTIVE_PERIOD_KINDS = ["month", "quarter"] as const;
type ExecutivePeriodKind = (typeof EXECUTIVE_PERIOD_KINDS)[number];

/** The query string of a page state (for links and the picker). */
export function executiveHref(kind: ExecutivePeriodKind, at?: string | null): string {
  const params = new URLSearchParams({ period: kind });
  if (at) params.set("at", at);
  return `/executive?${params.toString()}`;
}

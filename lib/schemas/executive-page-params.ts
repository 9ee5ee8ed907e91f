// The executive page's URL state: `?period=month|quarter&at=2026-11|2026-Q4`.
// A page URL is typed by people and pasted into chats, so nothing here throws:
// an unknown or malformed value is dropped and the page shows its default
// (the service then also checks that the period exists in the data).
import { z } from "zod";

import { EXECUTIVE_PERIOD_KINDS } from "./executive-href";

export { EXECUTIVE_PERIOD_KINDS, executiveHref } from "./executive-href";
export const ExecutivePeriodKind = z.enum(EXECUTIVE_PERIOD_KINDS);
export type ExecutivePeriodKind = z.infer<typeof ExecutivePeriodKind>;

/** `2026-11`: a calendar month. */
export const MonthKey = z.string().regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/);
/** `2026-Q4`: a calendar quarter. */
export const QuarterKey = z.string().regex(/^(19|20|21)\d{2}-Q[1-4]$/);

/** Next's `searchParams` value: repeated keys arrive as arrays; the last one wins (as in the API's `queryObject`). */
const lastValue = (value: unknown) => (Array.isArray(value) ? value.at(-1) : value);

export const ExecutivePageParams = z.object({
  period: z.preprocess(lastValue, ExecutivePeriodKind.optional()).catch(undefined),
  at: z.preprocess(lastValue, z.union([MonthKey, QuarterKey]).optional()).catch(undefined),
});

export interface ExecutivePageState {
  kind: ExecutivePeriodKind;
  /** the requested period key when it is well-formed and of `kind`, else null (= the default period) */
  at: string | null;
  /** whether the URL asked for something that was dropped here */
  dropped: boolean;
}

export function periodKindOfKey(key: string): ExecutivePeriodKind | null {
  if (MonthKey.safeParse(key).success) return "month";
  if (QuarterKey.safeParse(key).success) return "quarter";
  return null;
}

/**
 * The page state from the raw search params. `period` wins; without it, a
 * well-formed `at` says which kind it is; the default is the quarter. An `at`
 * of the other kind (`?period=month&at=2026-Q4`) is dropped.
 */
export function parseExecutivePageParams(raw: Record<string, string | string[] | undefined>): ExecutivePageState {
  const parsed = ExecutivePageParams.parse(raw);
  const atKind = parsed.at ? periodKindOfKey(parsed.at) : null;
  const kind = parsed.period ?? atKind ?? "quarter";
  const at = parsed.at && atKind === kind ? parsed.at : null;
  const askedPeriod = lastValue(raw.period);
  const askedAt = lastValue(raw.at);
  const dropped =
    (askedPeriod !== undefined && askedPeriod !== parsed.period) || (askedAt !== undefined && askedAt !== "" && at === null);
  return { kind, at, dropped };
}

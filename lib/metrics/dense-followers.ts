// Follower figures of a set of accounts read from daily rollups instead of
// each account's rows. Exact, but only when the rollups prove the accounts
// are "dense" over the days read: the same N accounts have a row on every
// day (between the group's first and last day of data), every row knows the
// follower total, and on each day either all or none of the rows know
// follows, and all or none know interactions. Then each account's last total
// in a period is its total on the period's last day of data, its total before
// the period is the one on the day before, and "known" is the same answer for
// every account — so the per-account sums of lib/metrics/followers.ts become
// sums of the rollups. When the check fails the caller reads the rows.
import { FOLLOWER_LOOKBACK_DAYS, NO_FOLLOWERS, noFollowerParts, type FollowerParts, type FollowerSource } from "./follower-parts";
import { addDays, daysBetween, type Day, type Period } from "./periods";

/** A day's rollup of the accounts in the set (absent day: no rows). */
export interface FollowerDay {
  day: Day;
  rows: number;
  followersKnown: number;
  followersSum: number;
  followsKnown: number;
  netFollowsSum: number;
  interactionsKnown: number;
  interactionsSum: number;
}

export interface AccountSetSpan {
  /** accounts of the set whose first..last day of data overlaps the window */
  accounts: number;
  /** the first and last day of data of any account of the set (null: none) */
  first: Day | null;
  last: Day | null;
}

/**
 * `window`: the days `days` covers; it must start FOLLOWER_LOOKBACK_DAYS + 1
 * days before the earliest period asked for. Returns null when the accounts
 * are not dense over it.
 */
export function denseFollowerSource(days: readonly FollowerDay[], span: AccountSetSpan, window: Period): FollowerSource | null {
  const n = span.accounts;
  if (span.first === null || span.last === null || n === 0) return days.some((d) => d.rows > 0) ? null : NO_FOLLOWERS;
  const { first, last } = span;
  const lo = window.start > first ? window.start : first;
  const hi = window.end < last ? window.end : last;
  if (lo > hi) return days.some((d) => d.rows > 0) ? null : NO_FOLLOWERS;

  const length = daysBetween(lo, hi) + 1;
  const byIndex: (FollowerDay | undefined)[] = new Array(length);
  for (const d of days) {
    if (d.day < lo || d.day > hi) {
      if (d.rows > 0 && d.day >= window.start && d.day <= window.end) return null;
      continue;
    }
    byIndex[daysBetween(lo, d.day)] = d;
  }
  // Prefix sums over [lo, hi]: Σ net follows, Σ interactions, and the number
  // of days on which every account knows follows / interactions.
  const net = new Float64Array(length + 1);
  const inter = new Float64Array(length + 1);
  const followsDays = new Int32Array(length + 1);
  const interDays = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    const d = byIndex[i];
    if (!d || d.rows !== n || d.followersKnown !== n) return null;
    if (d.followsKnown !== 0 && d.followsKnown !== n) return null;
    if (d.interactionsKnown !== 0 && d.interactionsKnown !== n) return null;
    net[i + 1] = net[i]! + d.netFollowsSum;
    inter[i + 1] = inter[i]! + d.interactionsSum;
    followsDays[i + 1] = followsDays[i]! + (d.followsKnown === n ? 1 : 0);
    interDays[i + 1] = interDays[i]! + (d.interactionsKnown === n ? 1 : 0);
  }
  const at = (day: Day) => byIndex[daysBetween(lo, day)] as FollowerDay;

  return {
    parts(period: Period): FollowerParts {
      const parts = noFollowerParts();
      if (period.start < window.start || period.end > window.end) throw new Error(`period ${period.start}..${period.end} is outside the rollups read`);
      if (period.end < first) return parts;
      if (period.start > last) {
        // No rows in the period: only the total before it, if recent enough.
        if (last >= addDays(period.start, -FOLLOWER_LOOKBACK_DAYS)) parts.start = at(last).followersSum;
        return parts;
      }
      const from = period.start > first ? period.start : first;
      const to = period.end < last ? period.end : last;
      const a = daysBetween(lo, from);
      const b = daysBetween(lo, to) + 1;
      parts.accounts = n;
      parts.end = at(to).followersSum;
      if (period.start > first) parts.start = at(addDays(period.start, -1)).followersSum;
      else if (at(first).followsKnown === n) parts.start = at(first).followersSum - at(first).netFollowsSum;
      if (followsDays[b]! - followsDays[a]! > 0) parts.net = net[b]! - net[a]!;
      if (parts.start !== null && parts.net !== null) {
        parts.growthNum = parts.net;
        parts.growthDen = parts.start;
      }
      if (interDays[b]! - interDays[a]! > 0) {
        parts.byFollowersNum = inter[b]! - inter[a]!;
        parts.byFollowersDen = parts.end;
      }
      return parts;
    },
  };
}

/**
 * Accounts of a dense set (see denseFollowerSource; `window` must cover both
 * periods) with rows in `recent` but none in `current`: every account of the
 * set has a row on every day from the set's first to its last day, so that is
 * all of them when the data stops between the two, else none.
 */
export function denseStaleAccounts(span: AccountSetSpan, recent: Period, current: Period): number {
  if (span.last === null || span.first === null) return 0;
  const inRecent = span.last >= recent.start && span.first <= recent.end;
  const inCurrent = span.last >= current.start && span.first <= current.end;
  return inRecent && !inCurrent ? span.accounts : 0;
}

// Follower KPIs (METRICS.md §1–2). Followers is semi-additive: a period takes
// each account's last value, and accounts add up only after that.
import { FOLLOWER_LOOKBACK_DAYS, followerFiguresOf, noFollowerParts, type FollowerFigures, type FollowerParts, type FollowerSource } from "./follower-parts";
import { addDays, type Day, type Period } from "./periods";

export interface AccountDayFollowerRow {
  accountId: number;
  day: Day;
  followers: number | null;
  follows: number | null;
  unfollows: number | null;
  interactions: number | null;
}


/**
 * A day's net follows: follows − unfollows. Sources that report only a net
 * change (Douyin's 粉丝增量) are imported as follows with unfollows unknown,
 * so an unknown unfollows counts as none; an unknown follows makes the day
 * unknown.
 */
function netOf(row: AccountDayFollowerRow): number | null {
  return row.follows === null ? null : row.follows - (row.unfollows ?? 0);
}

interface AccountFigures {
  /** the account has a row in the period */
  active: boolean;
  start: number | null;
  end: number | null;
  net: number | null;
  interactions: number | null;
}

/** Index of the first row on or after `day` in day-ordered rows (binary search). */
function firstIndexFrom(rows: readonly AccountDayFollowerRow[], day: Day): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as AccountDayFollowerRow).day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `rows` are one account's, in day order (see groupFollowerRows). */
function accountFigures(rows: readonly AccountDayFollowerRow[], period: Period): AccountFigures {
  // Only the period's rows are read, plus a walk back (at most
  // FOLLOWER_LOOKBACK_DAYS) to the last total before it: a year of daily
  // buckets would otherwise read every row once per bucket.
  const from = firstIndexFrom(rows, period.start);
  const oldest = addDays(period.start, -FOLLOWER_LOOKBACK_DAYS);
  let beforeStart: number | null = null;
  for (let i = from - 1; i >= 0 && beforeStart === null && (rows[i] as AccountDayFollowerRow).day >= oldest; i--) {
    beforeStart = (rows[i] as AccountDayFollowerRow).followers;
  }
  let end: number | null = null;
  let net: number | null = null;
  let interactions: number | null = null;
  // Net follows of the period's days up to the first known total (unknown if any day's is).
  let netBeforeFirstTotal: number | null = 0;
  let firstTotal: number | null = null;
  for (let i = from; i < rows.length; i++) {
    const row = rows[i] as AccountDayFollowerRow;
    if (row.day > period.end) break;
    const n = netOf(row);
    if (firstTotal === null) netBeforeFirstTotal = n === null || netBeforeFirstTotal === null ? null : netBeforeFirstTotal + n;
    if (row.followers !== null) {
      firstTotal ??= row.followers;
      end = row.followers;
    }
    if (n !== null) net = (net ?? 0) + n;
    if (row.interactions !== null) interactions = (interactions ?? 0) + row.interactions;
  }
  // Without a value before the period, the total at its start is the first
  // known end-of-day total less the net follows of the days up to it.
  const start = beforeStart ?? (firstTotal === null || netBeforeFirstTotal === null ? null : firstTotal - netBeforeFirstTotal);
  return { start, end, net, interactions, active: from < rows.length && (rows[from] as AccountDayFollowerRow).day <= period.end };
}

/** Rows per account, each list in day order: the input of followerFiguresByAccount. */
export type FollowerRowsByAccount = ReadonlyMap<number, readonly AccountDayFollowerRow[]>;

export function groupFollowerRows(rows: readonly AccountDayFollowerRow[]): FollowerRowsByAccount {
  const byAccount = new Map<number, AccountDayFollowerRow[]>();
  for (const row of rows) {
    const list = byAccount.get(row.accountId);
    if (list) list.push(row);
    else byAccount.set(row.accountId, [row]);
  }
  for (const list of byAccount.values()) list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return byAccount;
}

/** `rows` may start before the period (a lookback for the starting total). */
export function followerFigures(rows: readonly AccountDayFollowerRow[], period: Period): FollowerFigures {
  return followerFiguresByAccount(groupFollowerRows(rows), period);
}

/** The same, for rows already grouped (several periods over the same rows). */
export function followerFiguresByAccount(byAccount: FollowerRowsByAccount, period: Period): FollowerFigures {
  return followerFiguresOf(followerPartsByAccount(byAccount, period));
}

/** Each account's figures over `period`, added up (see FollowerParts). */
export function followerPartsByAccount(byAccount: FollowerRowsByAccount, period: Period): FollowerParts {
  const parts = noFollowerParts();
  for (const list of byAccount.values()) {
    const f = accountFigures(list, period);
    if (f.active) parts.accounts++;
    if (f.end !== null) parts.end = (parts.end ?? 0) + f.end;
    if (f.start !== null) parts.start = (parts.start ?? 0) + f.start;
    if (f.net !== null) parts.net = (parts.net ?? 0) + f.net;
    if (f.start !== null && f.net !== null) {
      parts.growthNum += f.net;
      parts.growthDen += f.start;
    }
    if (f.end !== null && f.interactions !== null) {
      parts.byFollowersNum += f.interactions;
      parts.byFollowersDen += f.end;
    }
  }
  return parts;
}

/** Follower figures over a period, from the rows of each account (the general case). */
export function rowsFollowerSource(byAccount: FollowerRowsByAccount): FollowerSource {
  return { parts: (period) => followerPartsByAccount(byAccount, period) };
}

// Follower figures as sums over accounts, so that figures of disjoint sets of
// accounts (platforms, or groups read from rollups and from rows) add up to
// the figures of their union; the KPIs are formed only at the end.
import type { Period } from "./periods";
import { ratio } from "./ratios";

/**
 * How far before a period an account's last follower total still counts as
 * its total at the period's start (METRICS.md, "Followers").
 */
export const FOLLOWER_LOOKBACK_DAYS = 35;

export interface FollowerFigures {
  /** Σ over accounts of the last known follower total in the period */
  followersEnd: number | null;
  /** Σ over accounts of the follower total just before the period */
  followersStart: number | null;
  /** Σ (follows − unfollows) over the period */
  netFollows: number | null;
  /** net follows ÷ followers at period start, over accounts that know both */
  followerGrowthRate: number | null;
  /** interactions ÷ followers at period end, over accounts that know both */
  interactionRateByFollowers: number | null;
}

export interface FollowerParts {
  /** accounts with a row in the period */
  accounts: number;
  /** Σ end totals (null: no account knows one) */
  end: number | null;
  start: number | null;
  net: number | null;
  /** Σ net and Σ start over the accounts that know both */
  growthNum: number;
  growthDen: number;
  /** Σ interactions and Σ end over the accounts that know both */
  byFollowersNum: number;
  byFollowersDen: number;
}

/** Where a set of accounts' follower parts over any period come from. */
export interface FollowerSource {
  parts(period: Period): FollowerParts;
}

export function noFollowerParts(): FollowerParts {
  return { accounts: 0, end: null, start: null, net: null, growthNum: 0, growthDen: 0, byFollowersNum: 0, byFollowersDen: 0 };
}

/** A source for a set of no accounts. */
export const NO_FOLLOWERS: FollowerSource = { parts: () => noFollowerParts() };

const addKnown = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

export function addFollowerParts(a: FollowerParts, b: FollowerParts): FollowerParts {
  return {
    accounts: a.accounts + b.accounts,
    end: addKnown(a.end, b.end),
    start: addKnown(a.start, b.start),
    net: addKnown(a.net, b.net),
    growthNum: a.growthNum + b.growthNum,
    growthDen: a.growthDen + b.growthDen,
    byFollowersNum: a.byFollowersNum + b.byFollowersNum,
    byFollowersDen: a.byFollowersDen + b.byFollowersDen,
  };
}

export function followerFiguresOf(p: FollowerParts): FollowerFigures {
  return {
    followersEnd: p.end,
    followersStart: p.start,
    netFollows: p.net,
    followerGrowthRate: ratio(p.growthNum, p.growthDen),
    interactionRateByFollowers: ratio(p.byFollowersNum, p.byFollowersDen),
  };
}

/** The union of several sources (disjoint sets of accounts). */
export function combinedFollowerSource(sources: readonly FollowerSource[]): FollowerSource {
  return { parts: (period) => sources.reduce((sum, s) => addFollowerParts(sum, s.parts(period)), noFollowerParts()) };
}

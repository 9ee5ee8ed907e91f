// Follower figures read from day rollups (lib/metrics/dense-followers.ts) must
// equal the per-account computation (lib/metrics/followers.ts) whenever the
// rollups claim the accounts are dense, and the claim must be refused when
// they are not. The rollups here are built from the rows with plain loops.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { denseFollowerSource, type AccountSetSpan, type FollowerDay } from "@/lib/metrics/dense-followers";
import { FOLLOWER_LOOKBACK_DAYS } from "@/lib/metrics/follower-parts";
import { followerPartsByAccount, groupFollowerRows, type AccountDayFollowerRow } from "@/lib/metrics/followers";
import { addDays, type Day, type Period } from "@/lib/metrics/periods";

const BASE: Day = "2026-01-01";

function rollupOf(rows: readonly AccountDayFollowerRow[]): FollowerDay[] {
  const days = new Map<Day, FollowerDay>();
  for (const r of rows) {
    const d = days.get(r.day) ?? { day: r.day, rows: 0, followersKnown: 0, followersSum: 0, followsKnown: 0, netFollowsSum: 0, interactionsKnown: 0, interactionsSum: 0 };
    d.rows++;
    if (r.followers !== null) {
      d.followersKnown++;
      d.followersSum += r.followers;
    }
    if (r.follows !== null) {
      d.followsKnown++;
      d.netFollowsSum += r.follows - (r.unfollows ?? 0);
    }
    if (r.interactions !== null) {
      d.interactionsKnown++;
      d.interactionsSum += r.interactions;
    }
    days.set(r.day, d);
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

function spanOf(rows: readonly AccountDayFollowerRow[], window: Period): AccountSetSpan {
  const byAccount = new Map<number, { first: Day; last: Day }>();
  for (const r of rows) {
    const s = byAccount.get(r.accountId);
    if (!s) byAccount.set(r.accountId, { first: r.day, last: r.day });
    else {
      if (r.day < s.first) s.first = r.day;
      if (r.day > s.last) s.last = r.day;
    }
  }
  const spans = [...byAccount.values()];
  return {
    accounts: spans.filter((s) => s.first <= window.end && s.last >= window.start).length,
    first: spans.length ? spans.map((s) => s.first).sort()[0]! : null,
    last: spans.length ? spans.map((s) => s.last).sort().at(-1)! : null,
  };
}

interface AccountSpec {
  start: number;
  length: number;
  followers: number;
  /** null: follows unknown on every day */
  follows: number | null;
  interactions: number | null;
  /** a day index without a row, or -1 */
  gap: number;
}

function rowsOf(specs: readonly AccountSpec[]): AccountDayFollowerRow[] {
  return specs.flatMap((s, accountId) =>
    Array.from({ length: s.length }, (_, i) => i)
      .filter((i) => i !== s.gap)
      .map((i) => ({
        accountId,
        day: addDays(BASE, s.start + i),
        followers: s.followers + i * 3,
        follows: s.follows === null ? null : s.follows + (i % 4),
        unfollows: s.follows === null ? null : i % 3 === 0 ? null : 1,
        interactions: s.interactions === null ? null : s.interactions + i,
      })),
  );
}

const account = (dense: boolean) =>
  fc.record({
    start: dense ? fc.constant(5) : fc.integer({ min: 0, max: 30 }),
    length: dense ? fc.constant(90) : fc.integer({ min: 1, max: 90 }),
    followers: fc.integer({ min: 0, max: 100_000 }),
    follows: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
    interactions: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    gap: dense ? fc.constant(-1) : fc.integer({ min: -1, max: 60 }),
  });

const period = fc
  .tuple(fc.integer({ min: 0, max: 140 }), fc.integer({ min: 0, max: 40 }))
  .map(([start, length]): Period => ({ start: addDays(BASE, start), end: addDays(BASE, start + length) }));

/** The window a caller reads for periods from `from` on (see loadDailyFigures). */
const windowFrom = (from: Day, to: Day): Period => ({ start: addDays(from, -FOLLOWER_LOOKBACK_DAYS - 1), end: to });

/** The rollup route (null when it refuses) and the per-account route, over the window the periods need. */
function bothRoutes(specs: readonly AccountSpec[], periods: readonly Period[]) {
  const rows = rowsOf(specs);
  const from = periods.map((p) => p.start).sort()[0]!;
  const to = periods.map((p) => p.end).sort().at(-1)!;
  const window = windowFrom(from, to);
  const inWindow = rows.filter((r) => r.day >= window.start && r.day <= window.end);
  const byAccount = groupFollowerRows(rows.filter((r) => r.day >= addDays(from, -FOLLOWER_LOOKBACK_DAYS) && r.day <= to));
  return {
    dense: denseFollowerSource(rollupOf(inWindow), spanOf(rows, window), window),
    expected: (p: Period) => followerPartsByAccount(byAccount, p),
  };
}

describe("follower figures from day rollups", () => {
  it("equal the per-account figures for every period whenever the accounts are dense (and they are read as dense)", () => {
    fc.assert(
      fc.property(fc.array(account(true), { minLength: 1, maxLength: 5 }).map((specs) => specs.map((s, i) => ({ ...s, follows: i === 0 ? s.follows : specs[0]!.follows === null ? null : (s.follows ?? 1), interactions: specs[0]!.interactions === null ? null : (s.interactions ?? 2) }))), fc.array(period, { minLength: 1, maxLength: 6 }), (specs, periods) => {
        const { dense, expected } = bothRoutes(specs, periods);
        expect(dense).not.toBeNull();
        for (const p of periods) expect(dense!.parts(p)).toEqual(expected(p));
      }),
      { numRuns: 300 },
    );
  });

  it("equal them too for any accounts the check accepts, and the check refuses accounts with gaps or different spans", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(account(false), { minLength: 1, maxLength: 4 }), fc.array(period, { minLength: 1, maxLength: 4 }), (specs, periods) => {
        const { dense, expected } = bothRoutes(specs, periods);
        if (!dense) {
          refused++;
          return;
        }
        accepted++;
        for (const p of periods) expect(dense.parts(p)).toEqual(expected(p));
      }),
      { numRuns: 400 },
    );
    // Both branches ran: the property is not vacuous.
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });

  it("refuses two accounts where one stops and another starts (the same number of rows every day)", () => {
    const rows = rowsOf([
      { start: 0, length: 10, followers: 100, follows: 1, interactions: 5, gap: -1 },
      { start: 10, length: 10, followers: 200, follows: 1, interactions: 5, gap: -1 },
    ]);
    const window = { start: BASE, end: addDays(BASE, 19) };
    expect(denseFollowerSource(rollupOf(rows), spanOf(rows, window), window)).toBeNull();
  });

  it("by hand: two accounts, a week: end, start, net and both rates", () => {
    const rows = rowsOf([
      { start: 0, length: 14, followers: 1_000, follows: 10, interactions: 50, gap: -1 },
      { start: 0, length: 14, followers: 3_000, follows: 20, interactions: 70, gap: -1 },
    ]);
    const window = { start: addDays(BASE, -36), end: addDays(BASE, 13) };
    const parts = denseFollowerSource(rollupOf(rows), spanOf(rows, window), window)!.parts({ start: addDays(BASE, 7), end: addDays(BASE, 13) });
    // end: day 13 totals 1,000 + 39 and 3,000 + 39; start: day 6 totals 1,018 and 3,018
    expect(parts.end).toBe(1_039 + 3_039);
    expect(parts.start).toBe(1_018 + 3_018);
    // net per day: follows + (i % 4) − (1 unless i % 3 = 0), days 7..13 of each account
    const netOf = (follows: number) => [7, 8, 9, 10, 11, 12, 13].reduce((sum, i) => sum + follows + (i % 4) - (i % 3 === 0 ? 0 : 1), 0);
    expect(parts.net).toBe(netOf(10) + netOf(20));
    expect(parts.growthNum).toBe(parts.net);
    expect(parts.growthDen).toBe(parts.start);
    // interactions: 50 + i and 70 + i over days 7..13
    expect(parts.byFollowersNum).toBe(7 * 50 + 7 * 70 + 2 * (7 + 8 + 9 + 10 + 11 + 12 + 13));
    expect(parts.byFollowersDen).toBe(parts.end);
    expect(parts.accounts).toBe(2);
  });
});

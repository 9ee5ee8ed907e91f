import { describe, expect, it } from "vitest";
import { followerFigures, followerFiguresByAccount, groupFollowerRows, type AccountDayFollowerRow } from "@/lib/metrics/followers";

type Row = AccountDayFollowerRow;

function row(accountId: number, day: string, followers: number | null, follows: number | null, unfollows: number | null, interactions: number | null): Row {
  return { accountId, day, followers, follows, unfollows, interactions };
}

const WEEK = { start: "2026-11-16", end: "2026-11-22" };

// Account 1: a lookback row on the 15th (1000), then a week with two days
// whose follower total is unknown, one day with unfollows unknown (counts as 0)
// and one day with follows unknown (the day's net is unknown).
//   day  followers follows unfollows net  interactions
//   15   1000      5       1         (before the period: ignored)
//   16   1010      12      2         10   100
//   17   1015      6       1         5    50
//   18   1020      5       0         5    30
//   19   null      4       null      4    null
//   20   1030      8       2         6    20
//   21   1032      3       1         2    10
//   22   null      null    3         ?    40
//   23   9999      500     0         (after the period: ignored)
// start 1000, end 1032 (last known), net 10+5+5+4+6+2 = 32, interactions 250
const ACCOUNT_1: Row[] = [
  row(1, "2026-11-15", 1000, 5, 1, 7),
  row(1, "2026-11-16", 1010, 12, 2, 100),
  row(1, "2026-11-17", 1015, 6, 1, 50),
  row(1, "2026-11-18", 1020, 5, 0, 30),
  row(1, "2026-11-19", null, 4, null, null),
  row(1, "2026-11-20", 1030, 8, 2, 20),
  row(1, "2026-11-21", 1032, 3, 1, 10),
  row(1, "2026-11-22", null, null, 3, 40),
  row(1, "2026-11-23", 9999, 500, 0, 800),
];

// Account 2: no row before the period, so the start is the first day's total
// less that day's net: 500 − (20 − 5) = 485.
//   16  500  20 5  → 15   60
//   17  510  12 2  → 10   40
//   18  515   5 0  →  5    0
//   19  520   5 0  →  5   10
//   20  530  10 0  → 10   20
//   21  528   0 2  → −2    5
//   22  530   2 0  →  2   15
//   25  700  (after the period: ignored)
// start 485, end 530, net 45, interactions 150
const ACCOUNT_2: Row[] = [
  row(2, "2026-11-16", 500, 20, 5, 60),
  row(2, "2026-11-17", 510, 12, 2, 40),
  row(2, "2026-11-18", 515, 5, 0, 0),
  row(2, "2026-11-19", 520, 5, 0, 10),
  row(2, "2026-11-20", 530, 10, 0, 20),
  row(2, "2026-11-21", 528, 0, 2, 5),
  row(2, "2026-11-22", 530, 2, 0, 15),
  row(2, "2026-11-25", 700, 170, 0, 90),
];

const TWO_ACCOUNTS = [...ACCOUNT_1, ...ACCOUNT_2];

describe("followerFigures: followers are semi-additive", () => {
  it("sums each account's last known total, not the days", () => {
    const f = followerFigures(TWO_ACCOUNTS, WEEK);
    expect(f.followersEnd).toBe(1032 + 530);
    // what a naive sum over the week's days would give, for contrast
    const naive = TWO_ACCOUNTS.filter((r) => r.day >= WEEK.start && r.day <= WEEK.end).reduce((s, r) => s + (r.followers ?? 0), 0);
    expect(f.followersEnd).not.toBe(naive);
  });

  it("takes the start from the lookback row, or the first day's total less its net", () => {
    const f = followerFigures(TWO_ACCOUNTS, WEEK);
    expect(f.followersStart).toBe(1000 + 485);
  });

  it("sums net follows; unknown unfollows count as none, unknown follows make the day unknown", () => {
    const f = followerFigures(TWO_ACCOUNTS, WEEK);
    expect(f.netFollows).toBe(32 + 45);
  });

  it("computes the growth rate and the interaction rate by followers as ratios of sums", () => {
    const f = followerFigures(TWO_ACCOUNTS, WEEK);
    // (32 + 45) / (1000 + 485) = 77 / 1485 = 0.0518518…
    expect(f.followerGrowthRate).toBeCloseTo(77 / 1485, 12);
    expect(f.followerGrowthRate).toBeCloseTo(0.0518518518, 9);
    // (250 + 150) / (1032 + 530) = 400 / 1562 = 0.2560819…
    expect(f.interactionRateByFollowers).toBeCloseTo(400 / 1562, 12);
    expect(f.interactionRateByFollowers).toBeCloseTo(0.2560819462, 9);
  });

  it("gives the same figures whatever the order of the input rows", () => {
    const shuffled = [...TWO_ACCOUNTS].reverse();
    shuffled.push(shuffled.splice(3, 1)[0]!);
    expect(followerFigures(shuffled, WEEK)).toEqual(followerFigures(TWO_ACCOUNTS, WEEK));
  });

  it("ignores rows after the period", () => {
    const withoutLater = TWO_ACCOUNTS.filter((r) => r.day <= WEEK.end);
    expect(followerFigures(withoutLater, WEEK)).toEqual(followerFigures(TWO_ACCOUNTS, WEEK));
    expect(followerFigures(TWO_ACCOUNTS, WEEK).followersEnd).toBe(1562);
  });

  it("uses the last known value before the period as the start, skipping unknown lookback days", () => {
    const rows = [
      row(1, "2026-11-10", 900, 1, 0, null),
      row(1, "2026-11-14", 990, 1, 0, null),
      row(1, "2026-11-15", null, 1, 0, null),
      row(1, "2026-11-16", 1000, 10, 0, 50),
    ];
    const f = followerFigures(rows, WEEK);
    expect(f.followersStart).toBe(990);
    expect(f.followersEnd).toBe(1000);
    expect(f.netFollows).toBe(10);
    expect(f.followerGrowthRate).toBeCloseTo(10 / 990, 12);
    expect(f.interactionRateByFollowers).toBeCloseTo(50 / 1000, 12);
  });

  it("counts unknown unfollows as 0 and unknown follows as an unknown day", () => {
    // follows known, unfollows unknown: net = follows
    expect(followerFigures([row(1, "2026-11-16", 100, 10, null, null)], WEEK).netFollows).toBe(10);
    // follows unknown, unfollows known: the day is unknown (not −5)
    expect(followerFigures([row(1, "2026-11-16", 100, null, 5, null)], WEEK).netFollows).toBeNull();
    // a known day plus an unknown one: only the known one counts
    expect(followerFigures([row(1, "2026-11-16", 100, 10, 3, null), row(1, "2026-11-17", 100, null, 5, null)], WEEK).netFollows).toBe(7);
  });

  it("computes the growth rate only over accounts that know both start and net", () => {
    // Account 3 knows net follows (+10) but never a follower total: its net adds
    // to netFollows but neither to the rate's numerator nor its denominator.
    const account3 = [row(3, "2026-11-16", null, 10, 0, 30)];
    const f = followerFigures([...TWO_ACCOUNTS, ...account3], WEEK);
    expect(f.netFollows).toBe(77 + 10);
    expect(f.followersStart).toBe(1485);
    expect(f.followerGrowthRate).toBeCloseTo(77 / 1485, 12);
  });

  it("computes the interaction rate by followers only over accounts that know end followers and interactions", () => {
    // Account 3 (interactions 30, no follower total) and account 4 (200
    // followers, interactions unknown) both stay out of the rate.
    const account3 = [row(3, "2026-11-16", null, 10, 0, 30)];
    const account4 = [row(4, "2026-11-16", 200, null, null, null)];
    const f = followerFigures([...TWO_ACCOUNTS, ...account3, ...account4], WEEK);
    expect(f.followersEnd).toBe(1562 + 200);
    expect(f.interactionRateByFollowers).toBeCloseTo(400 / 1562, 12);
    // account 4's first-day net is unknown, so its start is unknown too
    expect(f.followersStart).toBe(1485);
  });

  it("gives null, not 0 or Infinity, for zero denominators", () => {
    // starts at 0 followers (lookback row), gains 5: growth rate has a zero base
    const fromZero = followerFigures([row(1, "2026-11-15", 0, 0, 0, null), row(1, "2026-11-16", 5, 5, 0, 3)], WEEK);
    expect(fromZero.followersStart).toBe(0);
    expect(fromZero.netFollows).toBe(5);
    expect(fromZero.followerGrowthRate).toBeNull();
    expect(fromZero.interactionRateByFollowers).toBeCloseTo(3 / 5, 12);
    // ends with 0 followers but has interactions
    const endZero = followerFigures([row(1, "2026-11-15", 2, 0, 0, null), row(1, "2026-11-16", 0, 0, 2, 4)], WEEK);
    expect(endZero.followersEnd).toBe(0);
    expect(endZero.interactionRateByFollowers).toBeNull();
    expect(endZero.followerGrowthRate).toBeCloseTo(-2 / 2, 12);
  });

  it("gives all nulls without rows in the period", () => {
    expect(followerFigures([], WEEK)).toEqual({
      followersEnd: null,
      followersStart: null,
      netFollows: null,
      followerGrowthRate: null,
      interactionRateByFollowers: null,
    });
    // only a lookback row: the start is known, nothing else
    const onlyBefore = followerFigures([row(1, "2026-11-10", 300, 1, 0, 5)], WEEK);
    expect(onlyBefore.followersStart).toBe(300);
    expect(onlyBefore.followersEnd).toBeNull();
    expect(onlyBefore.netFollows).toBeNull();
    expect(onlyBefore.followerGrowthRate).toBeNull();
  });

  it("without a lookback row, derives the start from the first day of the period even when its total is unknown", () => {
    // Day 16: total unknown, +10 net; day 17: total 520 after +5 net.
    // The total at the start of the period is 520 − 5 − 10 = 505, and the
    // growth rate over the period is (10 + 5) / 505.
    const rows = [row(1, "2026-11-16", null, 10, 0, null), row(1, "2026-11-17", 520, 5, 0, null)];
    const f = followerFigures(rows, WEEK);
    expect(f.netFollows).toBe(15);
    expect(f.followersEnd).toBe(520);
    expect(f.followersStart).toBe(505);
    expect(f.followerGrowthRate).toBeCloseTo(15 / 505, 12);
  });
});

describe("groupFollowerRows + followerFiguresByAccount", () => {
  it("gives the same figures as followerFigures, for several periods over one grouping", () => {
    const shuffled = [...TWO_ACCOUNTS].reverse();
    const grouped = groupFollowerRows(shuffled);
    expect([...grouped.keys()].sort()).toEqual([1, 2]);
    for (const list of grouped.values()) {
      for (let i = 1; i < list.length; i++) expect(list[i - 1]!.day <= list[i]!.day).toBe(true);
    }
    const periods = [
      WEEK,
      { start: "2026-11-16", end: "2026-11-18" },
      { start: "2026-11-19", end: "2026-11-25" },
      { start: "2026-11-01", end: "2026-11-30" },
    ];
    for (const p of periods) expect(followerFiguresByAccount(grouped, p)).toEqual(followerFigures(TWO_ACCOUNTS, p));
  });

  it("computes a later sub-period from the same grouping by hand", () => {
    // Nov 19–25: account 1 start = 1020 (18th), end = 9999 (23rd), net 4+6+2+500 = 512 (22nd unknown);
    // account 2 start = 515 (18th), end = 700 (25th), net 5+10−2+2+170 = 185.
    const f = followerFiguresByAccount(groupFollowerRows(TWO_ACCOUNTS), { start: "2026-11-19", end: "2026-11-25" });
    expect(f.followersStart).toBe(1020 + 515);
    expect(f.followersEnd).toBe(9999 + 700);
    expect(f.netFollows).toBe(512 + 185);
    expect(f.followerGrowthRate).toBeCloseTo(697 / 1535, 12);
    // interactions: account 1: 20+10+40+800 = 870 (19th unknown); account 2: 10+20+5+15+90 = 140
    expect(f.interactionRateByFollowers).toBeCloseTo((870 + 140) / (9999 + 700), 12);
  });
});

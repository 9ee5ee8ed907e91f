// The daily inputs of every period figure (lib/metrics/period-figures.ts):
// measure sums per day and platform, and where each platform's follower
// figures come from. Without an account filter both are read from DailyRollup
// — a few thousand rows whatever the number of accounts — and the follower
// figures come from the rollups for every platform whose accounts are dense
// (lib/metrics/dense-followers.ts); only the other platforms' accounts are
// read row by row. A filter on accounts reads the daily rows of those accounts.
import type { Db } from "@/lib/db";
import { objectsOf, readTablesSliced, readTablesTogether, type Table } from "@/lib/db/read";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FOLLOWER_LOOKBACK_DAYS, combinedFollowerSource, type FollowerSource } from "@/lib/metrics/follower-parts";
import { groupFollowerRows, rowsFollowerSource, type AccountDayFollowerRow } from "@/lib/metrics/followers";
import { denseFollowerSource, type AccountSetSpan, type FollowerDay } from "@/lib/metrics/dense-followers";
import type { MetricFilter } from "@/lib/metrics/filter";
import { addDays, daysBetween, type Day } from "@/lib/metrics/periods";
import { getAccountDailyFollowers } from "@/lib/queries/getAccountDailyFollowers";
import { getDailyPlatformSums, type DailyPlatformSums } from "@/lib/queries/getDailyPlatformSums";
import { parsePlatformAccountSpans, platformAccountSpansSql } from "@/lib/queries/getPlatformAccountSpans";
import { rollupPlatformSumsReader, rollupPlatformSumsSql, type RollupPlatformSums } from "@/lib/queries/getRollupPlatformSums";
import type { PlatformKey } from "@/lib/schemas/enums";
import { mapInTurns } from "./turns";

/** Days of rollups read in one statement before the read is sliced: 3,600 platform total rows of 14 platforms, ~15 ms. */
const SLICE_DAYS = 256;

export interface DailyFigures {
  /** sums per day and platform over [from, to] */
  daily: DailyPlatformSums[];
  /** follower figures per platform, for any period inside [from, to] */
  followers: ReadonlyMap<string, FollowerSource>;
  /** the same for all platforms together */
  allFollowers: FollowerSource;
  /** the platforms whose accounts the rollups proved dense over [from − lookback, to], with their spans */
  dense: ReadonlyMap<string, AccountSetSpan>;
  /** the platforms with data whose figures came from the rows ("all": an account filter reads rows only) */
  sparse: readonly PlatformKey[] | "all";
}

export interface DailyFiguresParams {
  workspaceId: number;
  from: Day;
  to: Day;
  filter: MetricFilter;
}

function sourcesFromRows(rows: readonly (AccountDayFollowerRow & { platformKey: string })[]): Map<string, FollowerSource> {
  const byPlatform = new Map<string, (AccountDayFollowerRow & { platformKey: string })[]>();
  for (const row of rows) {
    const list = byPlatform.get(row.platformKey);
    if (list) list.push(row);
    else byPlatform.set(row.platformKey, [row]);
  }
  return new Map([...byPlatform].map(([platform, list]) => [platform, rowsFollowerSource(groupFollowerRows(list))]));
}

function figures(
  daily: DailyPlatformSums[],
  followers: Map<string, FollowerSource>,
  dense: Map<string, AccountSetSpan>,
  sparse: readonly PlatformKey[] | "all",
): DailyFigures {
  return { daily, followers, allFollowers: combinedFollowerSource([...followers.values()]), dense, sparse };
}

export async function loadDailyFigures(db: Db, params: DailyFiguresParams): Promise<DailyFigures> {
  const { workspaceId, from, to, filter } = params;
  const lookbackFrom = addDays(from, -FOLLOWER_LOOKBACK_DAYS);
  if (filter.accountIds?.length) {
    const [daily, rows] = await Promise.all([
      getDailyPlatformSums(db, { workspaceId, from, to, filter }),
      getAccountDailyFollowers(db, { workspaceId, from: lookbackFrom, to, filter }),
    ]);
    return figures(daily, sourcesFromRows(rows), new Map(), "all");
  }

  // The dense check needs the day before the lookback too (see denseFollowerSource).
  const window = { start: addDays(lookbackFrom, -1), end: to };
  const spanQuery = platformAccountSpansSql({ workspaceId, from: window.start, to, filter });
  let rollupTables: Table[];
  let spanTable: Table | undefined;
  if (daysBetween(window.start, to) < SLICE_DAYS) {
    [spanTable, ...rollupTables] = await readTablesTogether(db, [spanQuery, rollupPlatformSumsSql({ workspaceId, from: window.start, to, filter })]);
  } else {
    // A long range is read in slices of days on a connection of its own, yielding between them.
    const slices: Prisma.Sql[] = [];
    for (let start = window.start; start <= to; start = addDays(start, SLICE_DAYS)) {
      const end = addDays(start, SLICE_DAYS - 1);
      slices.push(rollupPlatformSumsSql({ workspaceId, from: start, to: end < to ? end : to, filter }));
    }
    [spanTable, ...rollupTables] = await readTablesSliced(db, [spanQuery, ...slices]);
  }
  const rollups: RollupPlatformSums[] = [];
  for (const table of rollupTables) rollups.push(...(await mapInTurns(table.rows, rollupPlatformSumsReader(table.columns))));
  const spanRows = spanTable ? objectsOf(spanTable) : [];
  const spans = parsePlatformAccountSpans(spanRows);
  const days = new Map<string, FollowerDay[]>();
  const daily: DailyPlatformSums[] = [];
  for (const { followerDay, ...sums } of rollups) {
    const list = days.get(sums.platformKey);
    if (list) list.push(followerDay);
    else days.set(sums.platformKey, [followerDay]);
    if (sums.day >= from) daily.push(sums);
  }

  const followers = new Map<string, FollowerSource>();
  const denseSpans = new Map<string, AccountSetSpan>();
  const sparse: PlatformKey[] = [];
  for (const [platform, span] of spans) {
    const dense = denseFollowerSource(days.get(platform) ?? [], span, window);
    if (dense) {
      followers.set(platform, dense);
      denseSpans.set(platform, span);
    } else sparse.push(platform as PlatformKey);
  }
  if (sparse.length) {
    const rows = await getAccountDailyFollowers(db, { workspaceId, from: lookbackFrom, to, filter: { ...filter, platforms: sparse } });
    for (const [platform, source] of sourcesFromRows(rows)) followers.set(platform, source);
  }
  return figures(daily, followers, denseSpans, sparse);
}

// The SELECT list that sums base measures and the paired parts of every
// ratio, built once from the definitions in lib/metrics so that every query
// applies the same "both parts known" rule as the pure functions.
import { Prisma } from "@/lib/generated/prisma/client";
import { TOTAL_KEYS, type MeasureSums, type MeasureTotals } from "@/lib/metrics/aggregate";
import { ADDITIVE_MEASURES, type Measure } from "@/lib/metrics/measures";
import { RATIO_KEYS, RATIO_PARTS, type PairSums } from "@/lib/metrics/ratios";

function column(alias: string, measure: Measure): string {
  return `${alias}."${measure}"`;
}

/** SQL for one part on a row: NULL when none of its measures is known. */
export function partSql(alias: string, measures: readonly Measure[]): string {
  if (measures.length === 1) return column(alias, measures[0] as Measure);
  const allNull = measures.map((m) => `${column(alias, m)} IS NULL`).join(" AND ");
  const sum = measures.map((m) => `COALESCE(${column(alias, m)}, 0)`).join(" + ");
  return `CASE WHEN ${allNull} THEN NULL ELSE ${sum} END`;
}

function pairedSumSql(alias: string, key: (typeof RATIO_KEYS)[number], side: "numerator" | "denominator"): string {
  const parts = RATIO_PARTS[key];
  const n = partSql(alias, parts.numerator);
  const d = partSql(alias, parts.denominator);
  return `COALESCE(SUM(CASE WHEN (${n}) IS NOT NULL AND (${d}) IS NOT NULL THEN (${side === "numerator" ? n : d}) END), 0)`;
}

/** `SUM(m) AS "m"` for every additive measure and `… AS "pair:<key>:num|den"` for every ratio. */
export function measureSumsSelect(alias: string): Prisma.Sql {
  const totals = [
    ...ADDITIVE_MEASURES.map((m) => `SUM(${column(alias, m)}) AS "${m}"`),
    `SUM(${column(alias, "reach")}) AS "reachDailySum"`,
  ];
  const pairs = RATIO_KEYS.flatMap((k) => [
    `${pairedSumSql(alias, k, "numerator")} AS "pair:${k}:num"`,
    `${pairedSumSql(alias, k, "denominator")} AS "pair:${k}:den"`,
  ]);
  return Prisma.raw([...totals, ...pairs].join(",\n  "));
}

// SQLite integers arrive as bigint (the adapter reads them safely); sums of
// day-level counts stay far below 2^53, so plain numbers are exact.
export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === "bigint" ? Number(value) : Number(value);
}

export function readMeasureSums(row: Record<string, unknown>): MeasureSums {
  const totals = Object.fromEntries(TOTAL_KEYS.map((m) => [m, toNumber(row[m])])) as MeasureTotals;
  const pairs = Object.fromEntries(
    RATIO_KEYS.map((k) => [
      k,
      { numerator: toNumber(row[`pair:${k}:num`]) ?? 0, denominator: toNumber(row[`pair:${k}:den`]) ?? 0 },
    ]),
  ) as PairSums;
  return { totals, pairs };
}

/** readMeasureSums for rows read as arrays under `columns` (lib/db/read.ts Table): positions worked out once. */
export function measureSumsReader(columns: readonly string[]): (row: readonly unknown[]) => MeasureSums {
  const totals = TOTAL_KEYS.map((m) => [m, columnIndex(columns, m)] as const);
  const pairs = RATIO_KEYS.map((k) => [k, columnIndex(columns, `pair:${k}:num`), columnIndex(columns, `pair:${k}:den`)] as const);
  return (row) => {
    const t = {} as MeasureTotals;
    for (const [m, i] of totals) t[m] = toNumber(row[i]);
    const p = {} as PairSums;
    for (const [k, n, d] of pairs) p[k] = { numerator: toNumber(row[n]) ?? 0, denominator: toNumber(row[d]) ?? 0 };
    return { totals: t, pairs: p };
  };
}

/** The position of `name` among a query's columns (a missing one is a bug in the query). */
export function columnIndex(columns: readonly string[], name: string): number {
  const i = columns.indexOf(name);
  if (i < 0) throw new Error(`the query has no column "${name}"`);
  return i;
}

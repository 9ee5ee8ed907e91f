// Sums of base measures and ratio parts, and how they combine. Every total
// or rate over several days, accounts or platforms is built by adding these
// sums, never by averaging rates.
import { ADDITIVE_MEASURES } from "./measures";
import { addPairSums, emptyPairSums, RATIO_KEYS, type PairSums } from "./ratios";

/**
 * Σ of each additive measure, and the sum of daily reach — not the period's
 * reach (people reached on several days count several times) but an upper
 * bound of it, and labelled so wherever it shows. Null when no row knew it.
 */
export const TOTAL_KEYS = [...ADDITIVE_MEASURES, "reachDailySum"] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];
export type MeasureTotals = Record<TotalKey, number | null>;

export interface MeasureSums {
  totals: MeasureTotals;
  pairs: PairSums;
}

export function emptyTotals(): MeasureTotals {
  return Object.fromEntries(TOTAL_KEYS.map((m) => [m, null])) as MeasureTotals;
}

export function addTotals(a: MeasureTotals, b: MeasureTotals): MeasureTotals {
  return Object.fromEntries(
    TOTAL_KEYS.map((m) => {
      const x = a[m];
      const y = b[m];
      return [m, x === null ? y : y === null ? x : x + y];
    }),
  ) as MeasureTotals;
}

export function emptySums(): MeasureSums {
  return { totals: emptyTotals(), pairs: emptyPairSums() };
}

export function addSums(a: MeasureSums, b: MeasureSums): MeasureSums {
  return { totals: addTotals(a.totals, b.totals), pairs: addPairSums(a.pairs, b.pairs) };
}

/** Σ of many sums; accumulates in place (the weekly board adds thousands of day rows). */
export function sumAll(items: Iterable<MeasureSums>): MeasureSums {
  const acc = emptySums();
  for (const item of items) {
    for (const key of TOTAL_KEYS) {
      const v = item.totals[key];
      if (v !== null) acc.totals[key] = (acc.totals[key] ?? 0) + v;
    }
    for (const key of RATIO_KEYS) {
      acc.pairs[key].numerator += item.pairs[key].numerator;
      acc.pairs[key].denominator += item.pairs[key].denominator;
    }
  }
  return acc;
}

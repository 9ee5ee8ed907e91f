// Period-over-period change (METRICS.md §4): rates in percentage points,
// counts and amounts in percent; both signed.

/** Change of a rate, in percentage points (0.031 → 0.034 gives +0.3). */
export function changePp(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return (current - previous) * 100;
}

/** Relative change of a count or amount as a fraction (+0.12 = +12%); null from a zero or unknown base. */
export function changeRelative(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}

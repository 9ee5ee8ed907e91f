// The top-content table's order: posts ranked by one KPI, either way, with
// posts that lack the KPI last whichever way (an unknown CTR is neither the
// best nor the worst), and ties in a stable order (by id).

export function rankByValue<T extends { id: number }>(rows: readonly T[], value: (row: T) => number | null, dir: "asc" | "desc"): T[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? a.id - b.id : va === null ? 1 : -1;
    return va === vb ? a.id - b.id : sign * (va - vb);
  });
}

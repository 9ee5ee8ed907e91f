// Axis arithmetic for the server-drawn charts: round tick steps and a linear
// map from values to positions. Drawing only — every value comes computed.

/** Round ticks (1, 2, 2.5, 5 × 10ⁿ) covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    const pad = Math.abs(max) * 0.1 || 1;
    min -= min === 0 ? 0 : pad;
    max += pad;
  }
  const raw = (max - min) / Math.max(1, count - 1);
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * pow >= raw) ?? 10) * pow;
  const start = Math.floor(min / step + 1e-9) * step;
  const ticks: number[] = [];
  for (let t = start; t < max + step * 0.999; t += step) ticks.push(Number(t.toFixed(10)));
  if (ticks.length < 2) ticks.push(Number((start + step).toFixed(10)));
  return ticks;
}

/** Ticks for values that start at zero (bars, rates), or at their minimum when some are negative. */
export function domainTicks(values: readonly number[], { zero = true, count = 5 } = {}): number[] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [0, 1];
  const lo = Math.min(...finite, ...(zero ? [0] : []));
  const hi = Math.max(...finite, ...(zero ? [0] : []));
  return niceTicks(lo, hi, count);
}

/** Position of `v` between the first and last tick, 0–100. */
export function percentOf(v: number, ticks: readonly number[]): number {
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  return hi === lo ? 0 : ((v - lo) / (hi - lo)) * 100;
}

/** `n` rounded for an SVG attribute (short markup, no float noise). */
export const r2 = (n: number) => Math.round(n * 100) / 100;

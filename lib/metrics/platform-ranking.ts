// The best and worst platforms of a period (PRODUCT.md `/executive`): ROI
// among platforms with a real share of spend, CTR against each platform's own
// benchmark among those with a real share of impressions. Pure: the
// executive summary fetches the figures and assembles the page's shape.
import type { Domain, PlatformKey } from "@/lib/schemas/enums";
import { benchmarkStatus, type BenchmarkFigure, type BenchmarkStatus } from "./benchmarks";

/** A platform is ranked only with at least this share of the period's spend (ROI) or impressions (CTR). */
export const RANKING_MIN_SHARE = 0.01;
/** How many platforms each end of a ranking lists. */
export const RANKING_SIZE = 3;

export interface PlatformRank {
  platformKey: PlatformKey;
  domain: Domain;
  spendMinor: number | null;
  revenueMinor: number | null;
  spendShare: number | null;
  impressionShare: number | null;
  roi: number | null;
  roiStatus: BenchmarkStatus | null;
  ctr: number | null;
  ctrBenchmark: { key: string; value: number; page: number | null } | null;
  /** CTR ÷ its benchmark (1.1 = 10% above); what the CTR ranking sorts by */
  ctrIndex: number | null;
  ctrStatus: BenchmarkStatus | null;
  /** 1 = best; null = not ranked (too small a share, or no value) */
  roiRank: number | null;
  ctrRank: number | null;
}

export interface RankingEnds {
  best: PlatformKey[];
  worst: PlatformKey[];
  ranked: number;
  unranked: number;
}

export interface PlatformFigures {
  platformKey: PlatformKey;
  domain: Domain;
  spendMinor: number | null;
  revenueMinor: number | null;
  impressions: number | null;
  roi: number | null;
  ctr: number | null;
  /** the CTR figure for this platform (selectBenchmark: its own, else the general one) */
  ctrFigure: BenchmarkFigure | null;
}

/** part / whole; null without a part or with no positive whole. */
export function share(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole <= 0 ? null : part / whole;
}

/** CTR ÷ its benchmark; null without either or with a zero benchmark. */
export function ctrIndex(ctr: number | null, benchmark: number | null): number | null {
  return ctr === null || benchmark === null || benchmark <= 0 ? null : ctr / benchmark;
}

/** Best first: the top `size` and the bottom `size`, never overlapping; a lone platform is only "best". */
export function ends<T>(ranked: readonly T[], size: number): { best: T[]; worst: T[] } {
  const n = Math.min(size, Math.floor(ranked.length / 2));
  const best = ranked.slice(0, Math.max(n, ranked.length === 1 ? 1 : 0));
  return { best, worst: n > 0 ? ranked.slice(-n).reverse() : [] };
}

/** Eligible rows with a value, highest first; ties keep the input (catalogue) order. */
export function rankBy<T>(rows: readonly T[], value: (r: T) => number | null, eligible: (r: T) => boolean): T[] {
  return rows
    .map((r, i) => ({ r, i, v: value(r) }))
    .filter((x): x is { r: T; i: number; v: number } => x.v !== null && eligible(x.r))
    .sort((a, b) => b.v - a.v || a.i - b.i)
    .map((x) => x.r);
}

/**
 * Ranks platforms (given in catalogue order) by ROI and by CTR index, with
 * each one's status against the ROI figure and its CTR figure (the workspace
 * tolerance). Rows come back best ROI first, unranked ones last.
 */
export function rankPlatforms(
  platforms: readonly PlatformFigures[],
  options: {
    /** the period's totals over all platforms: the wholes of the shares */
    totals: { spendMinor: number | null; impressions: number | null };
    roiFigure: BenchmarkFigure | null;
    tolerance: number;
    minShare?: number;
    size?: number;
  },
): { rows: PlatformRank[]; byRoi: RankingEnds; byCtr: RankingEnds } {
  const minShare = options.minShare ?? RANKING_MIN_SHARE;
  const size = options.size ?? RANKING_SIZE;
  const totalSpend = options.totals.spendMinor;
  const totalImpressions = options.totals.impressions;
  const roiFigure = options.roiFigure;
  const rows: PlatformRank[] = platforms.map((p) => ({
    platformKey: p.platformKey,
    domain: p.domain,
    spendMinor: p.spendMinor,
    revenueMinor: p.revenueMinor,
    spendShare: share(p.spendMinor, totalSpend),
    impressionShare: share(p.impressions, totalImpressions),
    roi: p.roi,
    roiStatus: roiFigure ? benchmarkStatus(p.roi, roiFigure.value, roiFigure.direction, options.tolerance) : null,
    ctr: p.ctr,
    ctrBenchmark: p.ctrFigure ? { key: p.ctrFigure.key, value: p.ctrFigure.value, page: p.ctrFigure.page } : null,
    ctrIndex: ctrIndex(p.ctr, p.ctrFigure?.value ?? null),
    ctrStatus: p.ctrFigure ? benchmarkStatus(p.ctr, p.ctrFigure.value, p.ctrFigure.direction, options.tolerance) : null,
    roiRank: null,
    ctrRank: null,
  }));
  const byRoi = rankBy(rows, (r) => r.roi, (r) => (r.spendShare ?? 0) >= minShare);
  const byCtr = rankBy(rows, (r) => r.ctrIndex, (r) => (r.impressionShare ?? 0) >= minShare);
  byRoi.forEach((r, i) => (r.roiRank = i + 1));
  byCtr.forEach((r, i) => (r.ctrRank = i + 1));
  const order = new Map(rows.map((r, i) => [r.platformKey, i]));
  const sorted = [...rows].sort(
    (a, b) =>
      (a.roiRank ?? Infinity) - (b.roiRank ?? Infinity) || (b.roi ?? -1) - (a.roi ?? -1) || (order.get(a.platformKey) ?? 0) - (order.get(b.platformKey) ?? 0),
  );
  return {
    rows: sorted,
    byRoi: { ...ends(byRoi.map((r) => r.platformKey), size), ranked: byRoi.length, unranked: rows.length - byRoi.length },
    byCtr: { ...ends(byCtr.map((r) => r.platformKey), size), ranked: byCtr.length, unranked: rows.length - byCtr.length },
  };
}

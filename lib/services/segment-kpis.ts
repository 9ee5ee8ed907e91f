// Audience segments (METRICS.md §5): CTR, interaction rate, conversion rate
// and ROI per segment where the source splits them (18–25 and 35–45 are the
// report's named ones), overall and per platform.
import type { Db } from "@/lib/db";
import { addSums, emptySums } from "@/lib/metrics/aggregate";
import type { Day } from "@/lib/metrics/periods";
import { INTERACTIONS, partValue } from "@/lib/metrics/ratios";
import { isSegmentKey, NAMED_SEGMENTS, segmentDimension, SEGMENT_KEYS, segmentKpis, type SegmentKey } from "@/lib/metrics/segments";
import { getSegmentMeasureSums, type SegmentMeasureSums } from "@/lib/queries/getSegmentMeasureSums";
import type { SegmentsResponse } from "@/lib/schemas/api/segments";
import { PLATFORM_KEYS, PlatformKey } from "@/lib/schemas/enums";
import type { WorkspaceRef } from "./analysis-support";

export async function getSegmentKpis(
  db: Db,
  workspace: WorkspaceRef,
  params: { from: Day; to: Day; platforms?: readonly PlatformKey[] },
): Promise<SegmentsResponse> {
  const rows = await getSegmentMeasureSums(db, { workspaceId: workspace.id, from: params.from, to: params.to, platforms: params.platforms });
  const bySegment = new Map<SegmentKey, SegmentMeasureSums[]>();
  for (const r of rows) {
    // Segments outside the vocabulary cannot be labelled; they are left out.
    if (!isSegmentKey(r.segment)) continue;
    bySegment.set(r.segment, [...(bySegment.get(r.segment) ?? []), r]);
  }
  const segments = SEGMENT_KEYS.filter((s) => bySegment.has(s)).map((segment) => {
    const list = (bySegment.get(segment) ?? [])
      .map((r) => ({ ...r, platformKey: PlatformKey.parse(r.platformKey) }))
      .sort((a, b) => PLATFORM_KEYS.indexOf(a.platformKey) - PLATFORM_KEYS.indexOf(b.platformKey));
    const sums = list.reduce((acc, r) => addSums(acc, r), emptySums());
    return {
      segment,
      dimension: segmentDimension(segment),
      named: (NAMED_SEGMENTS as readonly string[]).includes(segment),
      accounts: list.reduce((n, r) => n + r.accounts, 0),
      impressions: sums.totals.impressions,
      clicks: sums.totals.clicks,
      interactions: partValue(sums.totals, INTERACTIONS),
      conversions: sums.totals.conversions,
      spendMinor: sums.totals.spendMinor,
      revenueMinor: sums.totals.revenueMinor,
      ...segmentKpis(sums.pairs),
      byPlatform: list.map((r) => ({ platformKey: r.platformKey, accounts: r.accounts, ...segmentKpis(r.pairs) })),
    };
  });
  return {
    range: { from: params.from, to: params.to },
    currency: workspace.currency,
    platforms: params.platforms?.length ? [...params.platforms] : null,
    segments,
  };
}

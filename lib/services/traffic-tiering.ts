// What the traffic-tiering view needs (流量分层): per platform, members by
// lifecycle stage with share, value and contact frequency, and the weekly
// contact frequency beside the churn share.
import type { Db } from "@/lib/db";
import type { Day } from "@/lib/metrics/periods";
import { computeTiering, LIFECYCLE_STAGES, type LifecycleStage, type TierRow } from "@/lib/metrics/tiering";
import { getAudienceTiers } from "@/lib/queries/getAudienceTiers";
import type { TiersResponse } from "@/lib/schemas/api/tiers";
import { PLATFORM_KEYS, PlatformKey } from "@/lib/schemas/enums";
import { minorPerMajor } from "@/lib/reference/currencies";
import type { WorkspaceRef } from "./analysis-support";

const isStage = (s: string): s is LifecycleStage => (LIFECYCLE_STAGES as readonly string[]).includes(s);

export async function getTrafficTiering(
  db: Db,
  workspace: WorkspaceRef,
  params: { platforms?: readonly PlatformKey[]; from?: Day; to?: Day },
): Promise<TiersResponse> {
  const rows = await getAudienceTiers(db, { workspaceId: workspace.id, platforms: params.platforms, from: params.from, to: params.to });
  const byPlatform = new Map<PlatformKey, TierRow[]>();
  for (const r of rows) {
    // A stage outside the vocabulary is not a lifecycle stage; leave it out rather than guess.
    if (!isStage(r.stage)) continue;
    const key = PlatformKey.parse(r.platformKey);
    const list = byPlatform.get(key) ?? [];
    list.push({ weekStart: r.weekStart, stage: r.stage, members: r.members, valueMinor: r.valueMinor, contacts: r.contacts });
    byPlatform.set(key, list);
  }
  const perMajor = minorPerMajor(workspace.currency);
  return {
    range: { from: params.from ?? null, to: params.to ?? null },
    currency: workspace.currency,
    platforms: [...byPlatform.entries()]
      .sort(([a], [b]) => PLATFORM_KEYS.indexOf(a) - PLATFORM_KEYS.indexOf(b))
      .map(([platformKey, list]) => ({ platformKey, ...computeTiering(list, perMajor) })),
  };
}

// The URL of a /retention view; only the choices made are written out.
import type { RetentionPageState } from "@/lib/schemas/retention-page-params";

export const RETENTION_PATH = "/retention";

export function retentionHref(state: RetentionPageState): string {
  const q = new URLSearchParams();
  q.set("unit", state.unit);
  if (state.platform) q.set("platform", state.platform);
  if (state.period !== null) q.set("period", String(state.period));
  return `${RETENTION_PATH}?${q.toString()}`;
}

// One colour per lifecycle stage, keyed by the stage (never by its label):
// warm to cold from loyal to churned, so the risk stages read as such.
import type { LifecycleStage } from "@/lib/metrics/tiering";

export const STAGE_COLORS = {
  new: "#0ea5e9",
  active: "#6366f1",
  loyal: "#16a34a",
  dormant: "#f59e0b",
  churned: "#dc2626",
} as const satisfies Record<LifecycleStage, string>;

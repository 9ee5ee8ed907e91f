// One colour per content origin (AI-generated / human / co-created), the same on every chart.
import type { ContentOrigin } from "@/lib/schemas/enums";

export const ORIGIN_COLORS = {
  ai_generated: "#7c3aed",
  human: "#0e7490",
  co_created: "#d97706",
} as const satisfies Record<ContentOrigin, string>;

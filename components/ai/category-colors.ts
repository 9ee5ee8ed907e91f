// One colour per AI tool category, the same on the chart and the table's
// swatches, readable on both themes' backgrounds.
import type { AiToolCategory } from "@/lib/metrics/scorecard";

export const CATEGORY_COLORS: Record<AiToolCategory, string> = {
  copywriting: "#6366f1",
  image: "#ec4899",
  video: "#f59e0b",
  avatar: "#14b8a6",
  analytics: "#0ea5e9",
};

/** A category the app does not know (an older import) is drawn in slate. */
export function categoryColor(category: string): string {
  return (CATEGORY_COLORS as Record<string, string>)[category] ?? "#64748b";
}

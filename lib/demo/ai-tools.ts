// The AI tool scorecard (AI工具矩阵评分卡, report page 11): six tools an
// operations team uses, scored 1–5 per criterion (5 = best, i.e. cheapest,
// fastest, safest, least homogenised), and the team's own weights, which lean
// on brand safety more than the product's defaults do.
import type { ScorecardCriterion } from "@/lib/metrics/scorecard";
import type { DemoAiTool, DemoAiWeight } from "./types";

type Scores = Record<ScorecardCriterion, number>;

const s = (output_quality: number, cost: number, speed: number, brand_safety: number, homogenisation_risk: number): Scores => ({
  output_quality,
  cost,
  speed,
  brand_safety,
  homogenisation_risk,
});

const TOOLS: readonly DemoAiTool[] = [
  { key: "copy-assistant", name: "文案助手 Copy Assistant", category: "copywriting", scores: s(4, 5, 5, 3, 2) },
  { key: "jimeng-image", name: "即梦 图像生成 Jimeng Image", category: "image", scores: s(4.5, 4, 4, 4, 3) },
  { key: "video-generator", name: "短视频生成器 Video Generator", category: "video", scores: s(3.5, 2, 2.5, 3.5, 3) },
  { key: "virtual-avatar", name: "虚拟主播 Virtual Avatar", category: "avatar", scores: s(3.5, 3, 4, 2.5, 4) },
  { key: "insight-analytics", name: "数据洞察助手 Insight Analytics", category: "analytics", scores: s(4, 3.5, 4.5, 5, 4.5) },
  { key: "voice-over", name: "AI 配音 Voice-over", category: "video", scores: s(3, 4.5, 5, 4, 2.5) },
];

const WEIGHTS: readonly DemoAiWeight[] = [
  { criterion: "output_quality", weight: 0.3 },
  { criterion: "cost", weight: 0.15 },
  { criterion: "speed", weight: 0.15 },
  { criterion: "brand_safety", weight: 0.25 },
  { criterion: "homogenisation_risk", weight: 0.15 },
];

export function generateAiTools(): { tools: DemoAiTool[]; weights: DemoAiWeight[] } {
  // Copies, so a caller that edits its dataset cannot change the next generation.
  return { tools: TOOLS.map((t) => structuredClone(t)), weights: WEIGHTS.map((w) => ({ ...w })) };
}

// The triangle's colour scale: six steps from light to dark, each with the
// text colour that keeps at least 4.5:1 contrast on it. The colours are the
// same in both themes, so a cell reads the same whatever the page around it.

const STEPS: readonly { below: number; background: string; text: string }[] = [
  { below: 0.1, background: "#eef2ff", text: "#1e293b" },
  { below: 0.2, background: "#e0e7ff", text: "#1e293b" },
  { below: 0.35, background: "#c7d2fe", text: "#1e293b" },
  { below: 0.5, background: "#a5b4fc", text: "#0f172a" },
  { below: 0.7, background: "#4f46e5", text: "#ffffff" },
  { below: Infinity, background: "#312e81", text: "#ffffff" },
];

/** Background and text colour of a cell showing `rate` (a fraction). */
export function heatColors(rate: number): { background: string; color: string } {
  const step = STEPS.find((s) => rate < s.below) ?? STEPS[STEPS.length - 1]!;
  return { background: step.background, color: step.text };
}

/** The legend: one swatch per step with its lower bound. */
export const HEAT_LEGEND = STEPS.map((s, i) => ({ from: i === 0 ? 0 : STEPS[i - 1]!.below, background: s.background, color: s.text }));

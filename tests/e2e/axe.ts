// axe-core in the pages the browser tests open: inject the engine, run it on
// the whole document, and describe the serious and critical violations so
// that a failing assertion says what to fix (rule, element, colours).
import { createRequire } from "node:module";
import type { AxeResults, ImpactValue, NodeResult, Result } from "axe-core";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SCRIPT = require.resolve("axe-core/axe.min.js");

/** Impacts a page must not have. */
export const BLOCKING_IMPACTS: readonly ImpactValue[] = ["serious", "critical"];

/** What axe-core's color-contrast checks record about one element. */
interface ContrastData {
  fgColor?: string;
  bgColor?: string;
  contrastRatio?: number;
  expectedContrastRatio?: string;
  fontSize?: string;
  fontWeight?: string;
  messageKey?: string;
}

/** Runs axe-core on the page as it is now and returns its violations (every impact). */
export async function axeViolations(page: Page): Promise<Result[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(() => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });
  return (results as AxeResults).violations;
}

/** The violations whose impact is serious or critical. */
export function blocking(violations: Result[]): Result[] {
  return violations.filter((v) => v.impact != null && BLOCKING_IMPACTS.includes(v.impact));
}

/** One line per failing element: selector, the colours for contrast rules, otherwise axe's summary. */
function describeNode(node: NodeResult): string {
  const target = node.target.map((t) => (Array.isArray(t) ? t.join(" >> ") : String(t))).join(" | ");
  const contrast = [...node.any, ...node.all, ...node.none].map((check) => check.data as ContrastData | null).find((d) => d?.fgColor !== undefined);
  const html = node.html.length > 160 ? `${node.html.slice(0, 157)}...` : node.html;
  if (contrast) {
    const size = contrast.fontSize ? `, ${contrast.fontSize} ${contrast.fontWeight ?? ""}`.trimEnd() : "";
    return `    ${target}: ${contrast.fgColor} on ${contrast.bgColor} = ${contrast.contrastRatio}:1 (needs ${contrast.expectedContrastRatio}${size})\n      ${html}`;
  }
  const summary = (node.failureSummary ?? "").replace(/\s*\n\s*/g, "; ");
  return `    ${target}: ${summary}\n      ${html}`;
}

/** A readable report of violations, empty when there are none. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => [`${v.id} (${v.impact}, ${v.nodes.length} element${v.nodes.length === 1 ? "" : "s"}): ${v.help}`, ...v.nodes.map(describeNode)].join("\n"))
    .join("\n");
}

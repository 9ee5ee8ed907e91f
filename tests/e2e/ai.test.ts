// The AI tool scorecard (/ai) in a real browser: the ranking and every total
// equal the API's, in both languages and at phone width; an analyst changes
// the weights and the ranking follows the API's new one; a score out of
// range is refused next to its field and stays as typed; a tool is added and
// removed. Every edit is undone at the end, so the demo data stays as seeded
// for the other browser tests.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { AiScorecardResponse } from "@/lib/schemas/api/ai-scorecard";
import { apiGet, launchBrowser, openPage, saveScreenshot } from "./browser";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");
const POLL = { timeout: 10_000, interval: 100 };

async function apiCard(): Promise<AiScorecardResponse> {
  const response = await apiGet(`${baseURL}/api/v1/ai-tools/scorecard`);
  expect(response.status).toBe(200);
  return AiScorecardResponse.parse(await response.json());
}

async function shownRanking(page: Page): Promise<{ key: string; rank: string; total: string }[]> {
  return page.locator('[data-testid="scorecard-row"]').evaluateAll((rows) =>
    rows.map((r) => ({
      key: r.getAttribute("data-tool") ?? "",
      rank: (r.querySelector('[data-testid="scorecard-rank"]')?.textContent ?? "").trim(),
      total: (r.querySelector('[data-testid="scorecard-total"]')?.textContent ?? "").trim(),
    })),
  );
}

function expectedRanking(card: AiScorecardResponse, locale: Locale, notScored: string): { key: string; rank: string; total: string }[] {
  return card.tools.map((t) => ({ key: t.key, rank: t.rank === null ? "—" : String(t.rank), total: t.total === null ? notScored : formatScore(t.total, locale) }));
}

async function noHorizontalScroll(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

describe.skipIf(chromiumPath === null)("AI tool scorecard page", () => {
  let browser: Browser;
  let seeded: AiScorecardResponse;

  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
    seeded = await apiCard();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    { locale: "zh-CN" as const, width: 390, height: 844, theme: "dark" as const, notScored: "未评分", title: "AI 工具评分卡" },
    { locale: "en" as const, width: 1280, height: 800, theme: "light" as const, notScored: "not scored", title: "AI tool scorecard" },
  ])("shows the API's ranking and totals ($locale, $width px, $theme)", async ({ locale, width, height, theme, notScored, title }) => {
    const opened = await openPage(browser, `${baseURL}/ai`, { locale, width, height, colorScheme: theme, cookies: { locale, theme } });
    const { page } = opened;
    try {
      expect(opened.response?.status()).toBe(200);
      expect(await page.locator("h1").innerText()).toBe(title);
      await page.locator('[data-testid="scorecard-chart"] svg.recharts-surface').first().waitFor({ state: "visible", timeout: 15_000 });
      expect(seeded.tools.length).toBeGreaterThan(3);
      expect(await shownRanking(page)).toEqual(expectedRanking(seeded, locale, notScored));
      // one bar per ranked tool
      expect(await page.locator('[data-testid="scorecard-chart"] .recharts-bar-rectangle').count()).toBe(seeded.tools.filter((t) => t.total !== null).length);
      expect(await page.locator('[data-testid="weights-source"]').getAttribute("data-source")).toBe(seeded.weightsSource);
      await noHorizontalScroll(page, width);
      await saveScreenshot(page, `ai-${locale}-${width}-${theme}`);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("re-ranks when an analyst changes the weights, and goes back to the seeded ones", async () => {
    const opened = await openPage(browser, `${baseURL}/ai`, { locale: "en", width: 1280, height: 800, cookies: { locale: "en" }, as: "analyst" });
    const { page } = opened;
    try {
      // Only cost counts: the cheapest tool comes first.
      const weights = { output_quality: "0", cost: "1", speed: "0", brand_safety: "0", homogenisation_risk: "0" };
      for (const [c, v] of Object.entries(weights)) await page.locator(`[data-testid="weight-${c}"]`).fill(v);
      await page.locator('[data-testid="weights-save"]').click();
      await page.locator('[data-testid="weights-notice"]').waitFor({ state: "visible" });
      const after = await apiCard();
      expect(after.weights).toEqual({ output_quality: 0, cost: 1, speed: 0, brand_safety: 0, homogenisation_risk: 0 });
      const cheapest = [...seeded.tools].filter((t) => t.scores.cost !== null).sort((a, b) => b.scores.cost! - a.scores.cost! || (a.key < b.key ? -1 : 1))[0]!;
      expect(after.tools[0]?.key).toBe(cheapest.key);
      await expect.poll(() => shownRanking(page), POLL).toEqual(expectedRanking(after, "en", "not scored"));
      expect(await page.locator('[data-testid="weight-share-cost"]').innerText()).toBe("100%");

      // A weight that is not a number is refused next to its field, as typed, and nothing is sent.
      await page.locator('[data-testid="weight-speed"]').fill("fast");
      await page.locator('[data-testid="weights-save"]').click();
      await expect.poll(() => page.locator('[data-testid="weights-form"] [data-testid="field-error"]').count(), POLL).toBe(1);
      expect(await page.locator('[data-testid="weight-speed"]').inputValue()).toBe("fast");
      expect(await page.locator('[data-testid="weight-speed"]').getAttribute("aria-invalid")).toBe("true");
      expect((await apiCard()).weights).toEqual(after.weights);

      // Back to the seeded weights, typed in.
      for (const [c, v] of Object.entries(seeded.weights)) await page.locator(`[data-testid="weight-${c}"]`).fill(String(v));
      await page.locator('[data-testid="weights-save"]').click();
      await expect.poll(async () => (await apiCard()).weights, POLL).toEqual(seeded.weights);
      await expect.poll(() => shownRanking(page), POLL).toEqual(expectedRanking(seeded, "en", "not scored"));
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("refuses a score out of range next to its field, keeps it as typed; adds a tool and removes it", async () => {
    const opened = await openPage(browser, `${baseURL}/ai`, { locale: "en", width: 390, height: 844, cookies: { locale: "en" }, as: "analyst" });
    const { page } = opened;
    try {
      const first = page.locator('[data-testid="tool-card"]').first();
      const key = await first.getAttribute("data-tool");
      await first.locator('[data-testid="tool-score-cost"]').fill("7");
      await first.locator('[data-testid="tool-save"]').click();
      await first.locator('[data-testid="field-error"]').waitFor({ state: "visible" });
      expect(await first.locator('[data-testid="field-error"]').innerText()).toBe("Enter a score from 1 to 5, or leave it empty.");
      expect(await first.locator('[data-testid="tool-score-cost"]').inputValue()).toBe("7");
      expect((await apiCard()).tools.find((t) => t.key === key)?.scores).toEqual(seeded.tools.find((t) => t.key === key)?.scores);

      // A new tool, scored on two criteria only: its total is theirs alone, as the API ranks it.
      const form = page.locator('[data-testid="add-tool-form"]');
      await form.locator('[data-testid="new-tool-name"]').fill("E2E Kling");
      await form.locator('[data-testid="new-tool-category"]').selectOption("video");
      await form.locator('[data-testid="tool-score-output_quality"]').fill("5");
      await form.locator('[data-testid="tool-score-speed"]').fill("4.5");
      await form.locator('[data-testid="add-tool-submit"]').click();
      await form.locator('[data-testid="add-tool-notice"]').waitFor({ state: "visible" });
      const withTool = await apiCard();
      const added = withTool.tools.find((t) => t.name === "E2E Kling");
      expect(added?.scores).toMatchObject({ output_quality: 5, speed: 4.5, cost: null });
      await expect.poll(() => shownRanking(page), POLL).toEqual(expectedRanking(withTool, "en", "not scored"));

      // The same name again is refused on the name field, with what was typed kept.
      await form.locator('[data-testid="new-tool-name"]').fill("E2E Kling");
      await form.locator('[data-testid="add-tool-submit"]').click();
      await form.locator('[data-testid="field-error"]').waitFor({ state: "visible" });
      expect(await form.locator('[data-testid="new-tool-name"]').inputValue()).toBe("E2E Kling");

      const card = page.locator(`[data-testid="tool-card"][data-tool="${added!.key}"]`);
      await card.locator('[data-testid="tool-remove"]').click();
      await card.locator('[data-testid="tool-remove-confirm"]').click();
      await expect.poll(async () => (await apiCard()).tools.map((t) => t.key), POLL).toEqual(seeded.tools.map((t) => t.key));
      await expect.poll(() => page.locator(`[data-testid="tool-card"][data-tool="${added!.key}"]`).count(), POLL).toBe(0);
      await noHorizontalScroll(page, 390);
      // The browser's own note of the refused requests (HTTP 400, 409) are the only console errors.
      expect(opened.errors.filter((e) => !/status of (400|409)/.test(e))).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

// The journeys page (/funnels) in a real browser: the default journey and
// range, every step's figures and the change on the days before equal the
// journey API's for the same query; choosing the other journey and a range
// goes through the URL; the time-to-convert charts draw with Xiaohongshu's
// 3-day line; Chinese at phone width fits; an unknown journey in the URL
// says so.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatCount, formatPercent, formatPp } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { JourneyFunnelResponse, JourneyListResponse } from "@/lib/schemas/api/journeys";
import { apiGet, launchBrowser, openPage, saveScreenshot } from "./browser";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

async function api<T>(path: string, schema: { parse(v: unknown): T }): Promise<T> {
  const response = await apiGet(`${baseURL}${path}`);
  expect(response.status, path).toBe(200);
  return schema.parse(await response.json());
}

async function shown(page: Page): Promise<{ journey: string; from: string; to: string }> {
  const root = page.locator('[data-testid="funnels-page"]');
  return { journey: (await root.getAttribute("data-journey")) ?? "", from: (await root.getAttribute("data-from")) ?? "", to: (await root.getAttribute("data-to")) ?? "" };
}

async function expectFiguresOf(page: Page, locale: Locale): Promise<JourneyFunnelResponse> {
  const { journey, from, to } = await shown(page);
  const funnel = await api(`/api/v1/journeys/${journey}?from=${from}&to=${to}&compare=previous`, JourneyFunnelResponse);
  expect(funnel.entered).toBeGreaterThan(0);
  expect(await page.locator('[data-testid="summary-entered"]').innerText()).toBe(formatCount(funnel.entered, locale));
  const rows = page.locator('[data-testid="funnel-row"]');
  expect(await rows.count()).toBe(funnel.steps.length);
  for (const s of funnel.steps) {
    const row = page.locator(`[data-testid="funnel-row"][data-position="${s.position}"]`);
    const cell = async (column: string) => (await row.locator(`[data-column="${column}"]`).innerText()).trim();
    expect(await cell("reached")).toBe(formatCount(s.reached, locale));
    expect(await cell("stepConversion")).toBe(formatPercent(s.stepConversion, locale));
    expect(await cell("overallConversion")).toBe(formatPercent(s.overallConversion, locale));
    expect(await cell("dropOff")).toBe(formatPercent(s.dropOff, locale));
    expect(await cell("median")).toBe(s.medianDays === null ? "—" : String(s.medianDays));
    const change = funnel.comparison?.steps.find((c) => c.position === s.position);
    // The change is the cell's first line; read its own element, not the cell's text (whose line break depends on styles having loaded).
    if (s.position > 1) expect((await row.locator('[data-column="change"] > span').first().innerText()).trim()).toBe(formatPp(change?.changePp ?? null, locale));
  }
  return funnel;
}

describe.skipIf(chromiumPath === null)("journeys page", () => {
  let browser: Browser;
  let journeys: JourneyListResponse["journeys"];

  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
    journeys = (await api("/api/v1/journeys", JourneyListResponse)).journeys;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the first journey over its last 28 mature cohort days, as the API counts them (en, 1280 px)", async () => {
    const opened = await openPage(browser, `${baseURL}/funnels`, { locale: "en", width: 1280, height: 800, cookies: { locale: "en" } });
    const { page } = opened;
    try {
      expect(journeys.length).toBeGreaterThanOrEqual(2);
      const first = journeys[0]!;
      // ending 14 days before the last cohort day: the youngest cohorts are still converting
      const day = (offset: number) => new Date(Date.parse(`${first.observed!.lastCohortDay}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
      expect(await shown(page)).toEqual({ journey: first.key, from: day(-14 - 27), to: day(-14) });
      expect(await page.locator('[data-testid="funnel-immature"]').count()).toBe(0);
      const funnel = await expectFiguresOf(page, "en");
      // One chart per step after the first; Xiaohongshu's step has its 3-day line.
      for (const s of funnel.steps.slice(1).filter((x) => x.reached > 0)) {
        await page.locator(`[data-testid="ttc-chart-${s.position}"] svg.recharts-surface`).first().waitFor({ state: "visible", timeout: 15_000 });
      }
      const seeding = funnel.steps.find((s) => s.platformKey === "xiaohongshu");
      if (seeding?.timeToConvert) expect(await page.locator(`[data-testid="ttc-chart-${seeding.position}"] .benchmark-line`).count()).toBe(1);
      await saveScreenshot(page, "funnels-en-1280");
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("changes journey and range through the URL, and the figures follow (zh-CN, 390 px, dark)", async () => {
    const opened = await openPage(browser, `${baseURL}/funnels`, { locale: "zh-CN", width: 390, height: 844, colorScheme: "dark", cookies: { locale: "zh-CN", theme: "dark" } });
    const { page } = opened;
    try {
      const second = journeys[1]!;
      const to = second.observed!.lastCohortDay;
      const from = new Date(Date.parse(`${to}T00:00:00Z`) - 13 * 86_400_000).toISOString().slice(0, 10);
      await page.locator('[data-testid="journey-select"]').selectOption(second.key);
      await page.locator('[data-testid="range-from"]').fill(from);
      await page.locator('[data-testid="range-to"]').fill(to);
      await page.locator('[data-testid="funnel-apply"]').click();
      await page.waitForURL((url) => url.searchParams.get("journey") === second.key && url.searchParams.get("from") === from);
      expect(await shown(page)).toEqual({ journey: second.key, from, to });
      await expectFiguresOf(page, "zh-CN");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await saveScreenshot(page, "funnels-zh-390-dark");
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("says when the URL names a journey the workspace does not have", async () => {
    const opened = await openPage(browser, `${baseURL}/funnels?journey=no-such-journey`, { locale: "en", width: 1280, height: 800, cookies: { locale: "en" } });
    try {
      expect(await opened.page.locator('[data-testid="unknown-journey"]').innerText()).toContain("no-such-journey");
      expect((await shown(opened.page)).journey).toBe(journeys[0]!.key);
    } finally {
      await opened.close();
    }
  });
});

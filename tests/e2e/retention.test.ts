// The retention page (/retention) in a real browser: cohort sizes, triangle
// cells and each platform's retention figure equal GET /api/v1/cohorts for
// the same query, in both languages, both themes and at phone width; the
// weekly/monthly switch and the period picker change the URL and the figures;
// the wide triangle scrolls inside its own box, never the page.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatCount, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { CohortsResponse } from "@/lib/schemas/api/cohorts";
import { apiGet, launchBrowser, openPage, saveScreenshot } from "./browser";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

async function apiCohorts(query: string): Promise<CohortsResponse> {
  const response = await apiGet(`${baseURL}/api/v1/cohorts?${query}`);
  expect(response.status).toBe(200);
  return CohortsResponse.parse(await response.json());
}

async function shownFigures(page: Page): Promise<{ platform: string; rate: string }[]> {
  return page.locator('[data-testid="retention-figure"]').evaluateAll((items) =>
    items.map((li) => ({
      platform: li.getAttribute("data-platform") ?? "",
      rate: (li.querySelector('[data-testid="retention-rate"]')?.textContent ?? "").trim(),
    })),
  );
}

function expectedFigures(report: CohortsResponse, locale: Locale): { platform: string; rate: string }[] {
  return report.platforms.map((p) => ({ platform: p.platformKey, rate: formatPercent(p.retention.rate, locale, 1) }));
}

async function shownTriangle(page: Page): Promise<{ cohort: string; size: string; cells: { index: number; text: string }[] }[]> {
  return page.locator('[data-testid="triangle-row"]').evaluateAll((rows) =>
    rows.map((r) => ({
      cohort: r.getAttribute("data-cohort") ?? "",
      size: (r.querySelector('[data-testid="triangle-size"]')?.textContent ?? "").trim(),
      cells: [...r.querySelectorAll('[data-testid="triangle-cell"]')].map((c) => ({ index: Number(c.getAttribute("data-index")), text: (c.textContent ?? "").trim() })),
    })),
  );
}

function expectedTriangle(platform: CohortsResponse["platforms"][number], locale: Locale) {
  return platform.triangle.map((row) => ({
    cohort: row.cohortStart,
    size: formatCount(row.size, locale),
    cells: row.cells.flatMap((cell, index) => (cell === null || cell.rate === null ? [] : [{ index, text: formatPercent(cell.rate, locale, 1) }])),
  }));
}

async function noHorizontalScroll(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

describe.skipIf(chromiumPath === null)("retention page", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    { locale: "zh-CN" as const, width: 390, height: 844, theme: "dark" as const, title: "留存" },
    { locale: "en" as const, width: 1280, height: 800, theme: "light" as const, title: "Retention" },
  ])("shows the API's cohorts and retention figures ($locale, $width px, $theme)", async ({ locale, width, height, theme, title }) => {
    const report = await apiCohorts("unit=week");
    expect(report.platforms.map((p) => p.platformKey)).toEqual(expect.arrayContaining(["wechat_private", "virtual"]));
    const opened = await openPage(browser, `${baseURL}/retention`, { locale, width, height, colorScheme: theme, cookies: { locale, theme } });
    const { page } = opened;
    try {
      expect(opened.response?.status()).toBe(200);
      expect(await page.locator("h1").innerText()).toBe(title);
      await page.locator('[data-testid="retention-curves"] svg.recharts-surface').first().waitFor({ state: "visible", timeout: 15_000 });
      expect(await page.locator('[data-testid="retention-page"]').getAttribute("data-period")).toBe(String(report.period));
      expect(await shownFigures(page)).toEqual(expectedFigures(report, locale));
      // the triangle shows the first platform by default, every cohort size and known cell as the API has them
      const first = report.platforms[0]!;
      expect(await page.locator('[data-testid="triangle-section"]').getAttribute("data-platform")).toBe(first.platformKey);
      const triangle = await shownTriangle(page);
      expect(triangle).toEqual(expectedTriangle(first, locale));
      expect(triangle.length).toBeGreaterThan(3);
      // the benchmark line is drawn, at the API's figure
      expect(await page.locator('[data-testid="retention-curves"] .benchmark-line').count()).toBe(1);
      const reference = report.platforms.find((p) => p.platformKey === "virtual")!.retention.benchmark!;
      expect(reference.benchmark.value).toBeCloseTo(0.28, 6);
      expect(await page.locator('[data-testid="retention-curves-benchmark"]').innerText()).toContain(formatPercent(reference.benchmark.value, locale, 1));
      // private domain beside virtual platforms, at the figure's period
      const row = page.locator(`[data-testid="side-by-side"] tr[data-index="${report.period}"]`);
      for (const key of ["wechat_private", "virtual"] as const) {
        const p = report.platforms.find((x) => x.platformKey === key)!;
        expect((await row.locator(`td[data-platform="${key}"]`).innerText()).trim()).toBe(formatPercent(p.retention.rate, locale, 1));
      }
      await noHorizontalScroll(page, width);
      await saveScreenshot(page, `retention-${locale}-${width}-${theme}`);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("switches between weekly and monthly cohorts, platforms and periods through the URL", async () => {
    const opened = await openPage(browser, `${baseURL}/retention`, { locale: "en", width: 1280, height: 800, cookies: { locale: "en" } });
    const { page } = opened;
    try {
      // another platform's triangle
      const weekly = await apiCohorts("unit=week");
      const other = weekly.platforms[1]!;
      await page.locator(`[data-testid="platform-${other.platformKey}"]`).click();
      await page.waitForURL((url) => url.searchParams.get("platform") === other.platformKey);
      await expect.poll(() => page.locator('[data-testid="triangle-section"]').getAttribute("data-platform")).toBe(other.platformKey);
      expect(await shownTriangle(page)).toEqual(expectedTriangle(other, "en"));

      // another period index: the figures follow the API's for that period
      await page.locator('[data-testid="period-select"]').selectOption("2");
      await page.locator('[data-testid="period-apply"]').click();
      await page.waitForURL((url) => url.searchParams.get("period") === "2");
      const atTwo = await apiCohorts("unit=week&period=2");
      await expect.poll(() => shownFigures(page)).toEqual(expectedFigures(atTwo, "en"));
      expect(expectedFigures(atTwo, "en")).not.toEqual(expectedFigures(weekly, "en"));
      expect(new URL(page.url()).searchParams.get("platform")).toBe(other.platformKey);

      // monthly cohorts: the URL says so and the page shows what the API has for them
      await page.locator('[data-testid="unit-month"]').click();
      await page.waitForURL((url) => url.searchParams.get("unit") === "month");
      const monthly = await apiCohorts("unit=month");
      await expect.poll(() => page.locator('[data-testid="retention-page"]').getAttribute("data-unit")).toBe("month");
      if (monthly.platforms.length === 0) {
        await page.locator('[data-testid="retention-empty"]').waitFor({ state: "visible" });
        expect(await shownFigures(page)).toEqual([]);
        // nothing to pick a period of
        expect(await page.locator('[data-testid="period-select"]').count()).toBe(0);
      } else {
        expect(await shownFigures(page)).toEqual(expectedFigures(monthly, "en"));
        expect(await page.locator('[data-testid="period-select"]').inputValue()).toBe(String(monthly.period));
      }
      expect(expectedFigures(monthly, "en")).not.toEqual(expectedFigures(weekly, "en"));
      await saveScreenshot(page, "retention-en-1280-month");

      // and back with the keyboard
      await page.locator('[data-testid="unit-week"]').focus();
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.searchParams.get("unit") === "week");
      await expect.poll(() => shownFigures(page)).toEqual(expectedFigures(weekly, "en"));
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("falls back to the defaults on a hand-edited URL", async () => {
    const opened = await openPage(browser, `${baseURL}/retention?unit=year&period=-3&platform=nowhere`, { locale: "en", width: 390, height: 844, cookies: { locale: "en" } });
    try {
      expect(opened.response?.status()).toBe(200);
      const weekly = await apiCohorts("unit=week");
      expect(await shownFigures(opened.page)).toEqual(expectedFigures(weekly, "en"));
      await noHorizontalScroll(opened.page, 390);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

// The home page in a real browser: both languages, both themes, desktop and
// phone widths. Language and theme come from the `locale` and `theme` cookies.
import Database from "better-sqlite3";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sqlitePathFromUrl } from "@/lib/env";
import { formatCount, formatPercent } from "@/lib/format";
import { dayInZone, lastCompleteWeek } from "@/lib/metrics/periods";
import { launchBrowser, openPage, saveScreenshot } from "./browser";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

const LANGUAGES = [
  { locale: "zh-CN", short: "zh", douyin: "抖音" },
  { locale: "en", short: "en", douyin: "Douyin" },
] as const;
const THEMES = ["light", "dark"] as const;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

const CASES = LANGUAGES.flatMap((language) =>
  VIEWPORTS.flatMap((viewport) => THEMES.map((theme) => ({ language, viewport, theme }))),
);

/**
 * How many platforms have any daily data in the seeded database, read with
 * plain SQL rather than the app's queries: an upper bound for the table's
 * rows that does not come from the code under test.
 */
function platformsWithData(): number {
  const sqlite = new Database(sqlitePathFromUrl(inject("databaseUrl")), { readonly: true });
  try {
    const row = sqlite
      .prepare(`SELECT COUNT(DISTINCT a."platformKey") AS n FROM "DailyMetric" d JOIN "Account" a ON a."id" = d."accountId"`)
      .get() as { n: number };
    return row.n;
  } finally {
    sqlite.close();
  }
}

/**
 * Last complete week's impressions and CTR over all platforms, straight from
 * the rows with SQL (CTR only over rows that know both parts), to compare
 * with the figures the page shows.
 */
function lastWeekTotals(): { impressions: number; ctr: number } {
  const week = lastCompleteWeek(dayInZone(new Date(), "Asia/Shanghai"), 1);
  const sqlite = new Database(sqlitePathFromUrl(inject("databaseUrl")), { readonly: true });
  try {
    return sqlite
      .prepare(
        `SELECT SUM(impressions) AS impressions,
                CAST(SUM(CASE WHEN clicks IS NOT NULL AND impressions IS NOT NULL THEN clicks END) AS REAL)
                  / SUM(CASE WHEN clicks IS NOT NULL AND impressions IS NOT NULL THEN impressions END) AS ctr
         FROM "DailyMetric" WHERE day BETWEEN ? AND ?`,
      )
      .get(week.start, week.end) as { impressions: number; ctr: number };
  } finally {
    sqlite.close();
  }
}

describe.skipIf(chromiumPath === null)("home page", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(CASES)("$language.locale, $viewport.width×$viewport.height, $theme", async ({ language, viewport, theme }) => {
    const opened = await openPage(browser, `${baseURL}/`, {
      locale: language.locale,
      width: viewport.width,
      height: viewport.height,
      colorScheme: theme,
      cookies: { locale: language.locale, theme },
    });
    const { page, response, errors } = opened;
    try {
      expect(response?.status()).toBe(200);

      const chart = page.locator('[data-testid="platform-week-chart"] svg.recharts-surface').first();
      await chart.waitFor({ state: "visible", timeout: 15_000 });

      const rows = await page.locator('[data-testid="platform-week-table"] tbody tr').count();
      expect(rows).toBeGreaterThanOrEqual(10);
      expect(rows).toBeLessThanOrEqual(platformsWithData());

      // the benchmark is drawn as a reference line on the chart
      expect(await page.locator('[data-testid="platform-week-chart"] .recharts-reference-line').count()).toBe(1);

      // the "all platforms" row shows the figures computed here from the rows
      const totals = lastWeekTotals();
      const footer = page.locator('[data-testid="platform-week-table"] tfoot td');
      expect(await footer.nth(0).innerText()).toBe(formatCount(totals.impressions, language.locale));
      // (the cell's second line is its benchmark status for screen readers)
      expect((await footer.nth(3).innerText()).split("\n")[0]).toBe(formatPercent(totals.ctr, language.locale));

      expect(await page.locator("html").getAttribute("lang")).toBe(language.locale);
      expect(await page.locator("body").innerText()).toContain(language.douyin);
      // Wide content (the table) must scroll inside its box, not widen the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

      // Late chunks and effects can still log errors after the chart appears.
      await page.waitForLoadState("networkidle");
      expect(errors).toEqual([]);
    } finally {
      await saveScreenshot(page, `home-${language.short}-${viewport.width}-${theme}`);
      await opened.close();
    }
  });
});

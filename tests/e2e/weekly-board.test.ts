// The weekly board (`/`) in a real browser: both languages, both themes,
// desktop and phone; its figures against the API's and against plain SQL;
// filters, week picker, sorting and links.
import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sqlitePathFromUrl } from "@/lib/env";
import { formatPercent, formatValue } from "@/lib/format";
import { addDays, lastCompleteWeek, weekLabel } from "@/lib/metrics/periods";
import { WeeklyReportResponse } from "@/lib/schemas/api/weekly-report";
import { apiGet, launchBrowser, openPage, saveScreenshot } from "./browser";
import { pinnedToday } from "./pinned-clock";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

const LANGUAGES = [
  { locale: "zh-CN", short: "zh", douyin: "抖音" },
  { locale: "en", short: "en", douyin: "Douyin" },
] as const;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const THEMES = ["light", "dark"] as const;
const CASES = LANGUAGES.flatMap((language) => VIEWPORTS.flatMap((viewport) => THEMES.map((theme) => ({ language, viewport, theme }))));

function sqlite() {
  return new Database(sqlitePathFromUrl(inject("databaseUrl")), { readonly: true });
}

/** Last complete week's CTR over all platforms from the rows, in plain SQL (rows that know both parts only). */
function lastWeekCtr(): number {
  const week = lastCompleteWeek(pinnedToday(), 1);
  const db = sqlite();
  try {
    const row = db
      .prepare(
        `SELECT CAST(SUM(clicks) AS REAL) / SUM(impressions) AS ctr FROM "DailyMetric"
         WHERE day BETWEEN ? AND ? AND clicks IS NOT NULL AND impressions IS NOT NULL`,
      )
      .get(week.start, week.end) as { ctr: number };
    return row.ctr;
  } finally {
    db.close();
  }
}

function platformsWithDataLastWeek(): number {
  const week = lastCompleteWeek(pinnedToday(), 1);
  const db = sqlite();
  try {
    const row = db
      .prepare(`SELECT COUNT(DISTINCT a."platformKey") AS n FROM "DailyMetric" d JOIN "Account" a ON a.id = d."accountId" WHERE d.day BETWEEN ? AND ?`)
      .get(addDays(week.start, -28), week.end) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

async function weeklyReport(query = ""): Promise<WeeklyReportResponse> {
  const response = await apiGet(`${baseURL}/api/v1/report/weekly${query}`);
  expect(response.status).toBe(200);
  return WeeklyReportResponse.parse(await response.json());
}

async function cardValue(page: Page, metric: string): Promise<string> {
  return (await page.locator(`[data-testid="kpi-card-${metric}"] [data-testid="kpi-value"]`).innerText()).trim();
}

describe.skipIf(chromiumPath === null)("weekly board", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(CASES)("$language.locale, $viewport.width px, $theme", async ({ language, viewport, theme }) => {
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
      // the charts are SVG drawn on the server (components/charts/svg), no charting library in the browser
      await page.locator('[data-testid="trend-chart"] svg.chart-surface').first().waitFor({ state: "visible", timeout: 15_000 });
      expect(await page.locator('[data-testid="trend-chart"] .benchmark-line').count()).toBeGreaterThanOrEqual(1);
      expect(await page.locator('[data-testid="sparkline"] svg.chart-surface').count()).toBe(7);
      expect(await page.locator("html").getAttribute("lang")).toBe(language.locale);
      expect(await page.locator("body").innerText()).toContain(language.douyin);

      // The server's clock is the pinned one (fixed-clock.mjs): it shows the last week complete on the pinned day.
      const api = await weeklyReport();
      expect(api.week.label).toBe(weekLabel(lastCompleteWeek(pinnedToday(), 1).start, 1));
      // The CTR card shows the API's figure, and the API's figure is the rows' ratio of sums.
      expect(api.total.metrics.ctr.value).toBeCloseTo(lastWeekCtr(), 12);
      expect(await cardValue(page, "ctr")).toBe(formatPercent(api.total.metrics.ctr.value, language.locale));
      expect(await cardValue(page, "revenue")).toBe(formatValue("money_minor", api.total.metrics.revenue.value, language.locale, "CNY"));
      expect(await cardValue(page, "roi")).toBe(formatValue("ratio", api.total.metrics.roi.value, language.locale, "CNY"));

      const rows = await page.locator('[data-testid="kpi-matrix"] tbody tr').count();
      expect(rows).toBe(api.platforms.length);
      expect(rows).toBeLessThanOrEqual(platformsWithDataLastWeek());
      expect(await page.locator('[data-testid="attention-list"] li').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.waitForLoadState("networkidle");
      expect(errors).toEqual([]);
    } finally {
      await saveScreenshot(page, `board-${language.short}-${viewport.width}-${theme}`);
      await opened.close();
    }
  });

  it("filters by domain through the URL, and the figures follow", async () => {
    const opened = await openPage(browser, `${baseURL}/`, { locale: "en", width: 1280, height: 800, colorScheme: "light", cookies: { locale: "en" } });
    const { page, errors } = opened;
    try {
      await page.locator('[data-testid="domain-filter"]').selectOption("private");
      await page.waitForURL(/domain=private/);
      const api = await weeklyReport("?domain=private");
      await expect.poll(() => cardValue(page, "ctr")).toBe(formatPercent(api.total.metrics.ctr.value, "en"));
      expect(await page.locator('[data-testid="kpi-matrix"] tbody tr').count()).toBe(api.platforms.length);
      expect(api.platforms.every((p) => p.platformKey === "wechat_private")).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("picks weeks: the previous one, and the current one marked as in progress", async () => {
    const today = pinnedToday();
    const last = lastCompleteWeek(today, 1);
    const previousLabel = weekLabel(addDays(last.start, -7), 1);
    const currentLabel = weekLabel(today, 1);
    const opened = await openPage(browser, `${baseURL}/`, { locale: "en", width: 1280, height: 800, colorScheme: "light", cookies: { locale: "en" } });
    const { page } = opened;
    try {
      await page.getByRole("link", { name: "Previous week" }).click();
      await page.waitForURL(new RegExp(`week=${previousLabel}`));
      await expect.poll(async () => page.locator('[data-testid="board-summary"]').innerText()).toContain(previousLabel);
      const api = await weeklyReport(`?week=${previousLabel}`);
      await expect.poll(() => cardValue(page, "ctr")).toBe(formatPercent(api.total.metrics.ctr.value, "en"));

      await page.locator('[data-testid="week-picker"]').selectOption(currentLabel);
      await page.waitForURL(new RegExp(`week=${currentLabel}`));
      await page.locator('[data-testid="partial-week"]').waitFor({ state: "visible" });
      // the demo data ends with the last complete week: the current one is empty and says where data comes from
      await page.locator('[data-testid="empty-state"] a[href="/data"]').waitFor({ state: "visible" });
    } finally {
      await opened.close();
    }
  });

  it("sorts the matrix and links each value to the platform comparison", async () => {
    const opened = await openPage(browser, `${baseURL}/`, { locale: "en", width: 1280, height: 800, colorScheme: "light", cookies: { locale: "en" } });
    const { page } = opened;
    try {
      const api = await weeklyReport();
      const best = [...api.platforms].sort((a, b) => (b.metrics.ctr.value ?? -1) - (a.metrics.ctr.value ?? -1))[0];
      await page.getByRole("button", { name: "Sort by CTR" }).click();
      await expect.poll(() => page.locator('[data-testid="kpi-matrix"] tbody tr').first().getAttribute("data-platform")).toBe(best?.platformKey);
      const href = await page.locator(`[data-testid="kpi-matrix"] tr[data-platform="douyin"] a[data-metric="ctr"]`).getAttribute("href");
      expect(href).toBe("/platforms?kpi=ctr&platform=douyin");
    } finally {
      await opened.close();
    }
  });
});

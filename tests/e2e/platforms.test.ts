// The platform comparison (/platforms) in a real browser: both languages,
// both themes, desktop and phone widths; then the pickers, the legend, the
// table's sort and its CSV, each checked against the KPI API for the same
// filters. Language and theme come from the `locale` and `theme` cookies.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatCount, formatMajorMoney, formatMoney, formatPercent, formatRoi } from "@/lib/format";
import { addDays, lastCompleteWeek } from "@/lib/metrics/periods";
import type { KpisResponse } from "@/lib/schemas/api/kpis";
import { apiGet, launchBrowser, openPage, saveScreenshot, type OpenedPage } from "./browser";
import { pinnedToday } from "./pinned-clock";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

const LANGUAGES = [
  { locale: "zh-CN", short: "zh", douyin: "抖音", title: "平台对比" },
  { locale: "en", short: "en", douyin: "Douyin", title: "Platform comparison" },
] as const;
const THEMES = ["light", "dark"] as const;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const CASES = LANGUAGES.flatMap((language) =>
  VIEWPORTS.flatMap((viewport) => THEMES.map((theme) => ({ language, viewport, theme }))),
);

const CHARTS = ["platform-bar-chart", "platform-trend-chart", "platform-scatter-chart"] as const;
const FIXED = "ctr,interactionRate,conversionRate,roi";

/** The default period: the 12 complete weeks up to the last one, in the demo workspace's zone (Asia/Shanghai, ISO weeks). */
function defaultPeriod(): { from: string; to: string } {
  const week = lastCompleteWeek(pinnedToday(), 1);
  return { from: addDays(week.start, -77), to: week.end };
}

async function api(query: Record<string, string>): Promise<KpisResponse> {
  const response = await apiGet(`${baseURL}/api/v1/kpis?${new URLSearchParams(query)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as KpisResponse;
}

async function waitForCharts(page: Page): Promise<void> {
  for (const chart of CHARTS) {
    await page.locator(`[data-testid="${chart}"] svg.chart-surface`).first().waitFor({ state: "visible", timeout: 15_000 });
  }
}

async function cellText(page: Page, platform: string, column: string): Promise<string> {
  return (await page.locator(`[data-testid="platform-table"] tbody tr[data-platform="${platform}"] [data-column="${column}"]`).innerText()).trim();
}

async function tableOrder(page: Page): Promise<string[]> {
  return page.locator('[data-testid="platform-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-platform") ?? ""));
}

/** Platform names down the bar chart's category axis (each tick's <title> holds the full name). */
async function barOrder(page: Page): Promise<string[]> {
  return page.locator('[data-testid="platform-bar-chart"] text.bar-category title').allTextContents();
}

describe.skipIf(chromiumPath === null)("platform comparison page", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const open = (path: string, options: { locale?: string; width?: number; height?: number; theme?: "light" | "dark" } = {}) =>
    openPage(browser, `${baseURL}${path}`, {
      locale: options.locale ?? "en",
      width: options.width ?? 1280,
      height: options.height ?? 800,
      colorScheme: options.theme ?? "light",
      cookies: { locale: options.locale ?? "en", theme: options.theme ?? "light" },
    });

  it.each(CASES)("$language.locale, $viewport.width×$viewport.height, $theme", async ({ language, viewport, theme }) => {
    const opened = await open("/platforms", { locale: language.locale, width: viewport.width, height: viewport.height, theme });
    const { page, response, errors } = opened;
    const locale = language.locale;
    try {
      expect(response?.status()).toBe(200);
      await waitForCharts(page);

      // the benchmark is a reference line on the bars and on the trend; the scatter has both axes' lines
      expect(await page.locator('[data-testid="platform-bar-chart"] .benchmark-line').count()).toBe(1);
      expect(await page.locator('[data-testid="platform-trend-chart"] .benchmark-line').count()).toBe(1);
      expect(await page.locator('[data-testid="platform-scatter-chart"] .benchmark-line').count()).toBe(2);
      // one bar per platform with data, in the platform's colour
      const bars = page.locator('[data-testid="platform-bar-chart"] .bar-rect');
      expect(await bars.count()).toBeGreaterThanOrEqual(10);

      // defaults: CTR over the last 12 complete weeks by week
      const period = defaultPeriod();
      expect(await page.locator('[data-testid="period-from"]').inputValue()).toBe(period.from);
      expect(await page.locator('[data-testid="period-to"]').inputValue()).toBe(period.to);
      expect(await page.locator('[data-testid="kpi-select"]').inputValue()).toBe("ctr");

      // the table shows the API's numbers for the same filters, formatted with lib/format
      const report = await api({ ...period, granularity: "week", metric: FIXED, interactionDenominator: "impressions" });
      expect(await page.locator('[data-testid="platform-table"] tbody tr').count()).toBe(report.platforms.length);
      for (const p of report.platforms.slice(0, 4)) {
        expect(await cellText(page, p.platformKey, "impressions")).toBe(formatCount(p.totals.impressions ?? null, locale));
        expect(await cellText(page, p.platformKey, "ctr")).toBe(formatPercent(p.kpis.ctr ?? null, locale));
        expect(await cellText(page, p.platformKey, "interactionRate")).toBe(formatPercent(p.kpis.interactionRate ?? null, locale));
        expect(await cellText(page, p.platformKey, "roi")).toBe(formatRoi(p.kpis.roi ?? null));
        expect(await cellText(page, p.platformKey, "spend")).toBe(formatMoney(p.totals.spendMinor ?? null, "CNY", locale));
      }
      // rows and bars best-first: CTR descending
      const byCtr = [...report.platforms].sort((a, b) => (b.kpis.ctr ?? -1) - (a.kpis.ctr ?? -1));
      expect((await tableOrder(page))[0]).toBe(byCtr[0]?.platformKey);

      // the definition (formula and denominator) is on the page, in the page's language
      const definition = await page.locator('[data-testid="kpi-definition"]').innerText();
      expect(definition).toContain(locale === "zh-CN" ? "点击量 ÷ 曝光量" : "clicks ÷ impressions");
      expect(await page.locator('[data-testid="denominator-note"]').getAttribute("data-denominator")).toBe("impressions");

      expect(await page.locator("html").getAttribute("lang")).toBe(locale);
      expect(await page.locator("h1").innerText()).toBe(language.title);
      expect(await page.locator("main").innerText()).toContain(language.douyin);
      // numbers in the language's units: 万/亿 in Chinese, K/M in English
      const impressionsColumn = (await page.locator('[data-testid="platform-table"] tbody [data-column="impressions"]').allInnerTexts()).join(" ");
      expect(impressionsColumn).toMatch(locale === "zh-CN" ? /[万亿]/ : /[KM]/);
      // wide content scrolls inside its own box, never the page
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

      await page.waitForLoadState("networkidle");
      expect(errors).toEqual([]);
    } finally {
      await saveScreenshot(page, `platforms-${language.short}-${viewport.width}-${theme}`);
      await opened.close();
    }
  });

  describe("controls (English, 1280 px)", () => {
    let opened: OpenedPage;
    let page: Page;
    const period = defaultPeriod();

    beforeAll(async () => {
      opened = await open("/platforms");
      page = opened.page;
      await waitForCharts(page);
    });

    afterAll(async () => {
      expect(opened.errors).toEqual([]);
      await opened?.close();
    });

    it("the KPI picker changes the URL, the order and the figures (CPC: lower is better, ascending)", async () => {
      await page.locator('[data-testid="kpi-select"]').selectOption("cpc");
      await page.waitForURL(/[?&]kpi=cpc(&|$)/);
      await page.locator('[data-testid="platform-table"] th[data-column="kpi"]').waitFor();
      const report = await api({ ...period, granularity: "week", metric: `cpc,${FIXED}`, interactionDenominator: "impressions" });
      const ascending = report.platforms
        .filter((p) => p.kpis.cpc !== null)
        .sort((a, b) => (a.kpis.cpc ?? 0) - (b.kpis.cpc ?? 0));
      const best = ascending[0]!;
      expect((await tableOrder(page))[0]).toBe(best.platformKey);
      expect(await cellText(page, best.platformKey, "kpi")).toBe(formatMajorMoney(best.kpis.cpc ?? null, "CNY", "en"));
      const names = await barOrder(page);
      expect(names.slice(0, 3)).toEqual(
        await Promise.all(ascending.slice(0, 3).map((p) => page.locator(`tr[data-platform="${p.platformKey}"] th`).innerText())),
      );
      expect(await page.locator('[data-testid="kpi-definition"]').innerText()).toContain("spend ÷ clicks");
    });

    it("the denominator switch changes every interaction figure and says which is in use", async () => {
      await page.locator('[data-testid="denominator-group"] label', { hasText: "Reach" }).click();
      await page.waitForURL(/[?&]denominator=reach(&|$)/);
      await page.locator('[data-testid="denominator-note"][data-denominator="reach"]').waitFor();
      expect(await page.locator('[data-testid="denominator-note"]').innerText()).toContain("reach");
      expect(await page.locator('[data-testid="platform-table"] th[data-column="interactionRate"]').innerText()).toContain("by reach");
      const report = await api({ ...period, granularity: "week", metric: `cpc,${FIXED}`, interactionDenominator: "reach" });
      const impressionsReport = await api({ ...period, granularity: "week", metric: FIXED, interactionDenominator: "impressions" });
      for (const p of report.platforms.slice(0, 4)) {
        expect(await cellText(page, p.platformKey, "interactionRate")).toBe(formatPercent(p.kpis.interactionRate ?? null, "en"));
        const before = impressionsReport.platforms.find((q) => q.platformKey === p.platformKey)?.kpis.interactionRate;
        expect(p.kpis.interactionRate).not.toBe(before);
      }
    });

    it("the period picker changes the URL and the figures (quick period, then dates typed in)", async () => {
      const lastWeek = { from: addDays(period.to, -6), to: period.to };
      await page.locator("nav a", { hasText: "Last 4 weeks" }).click();
      const fourWeeks = { from: addDays(lastWeek.from, -21), to: lastWeek.to };
      await page.waitForURL((url) => url.searchParams.get("from") === fourWeeks.from && url.searchParams.get("to") === fourWeeks.to);
      await page.locator('[data-testid="period-line"]', { hasText: "28 days" }).waitFor();

      await page.locator('[data-testid="period-from"]').fill(lastWeek.from);
      await page.locator('[data-testid="period-to"]').fill(lastWeek.to);
      await page.locator('[data-testid="controls-apply"]').click();
      await page.waitForURL((url) => url.searchParams.get("from") === lastWeek.from && url.searchParams.get("to") === lastWeek.to);
      await page.locator('[data-testid="period-line"]', { hasText: "7 days" }).waitFor();
      const report = await api({ ...lastWeek, granularity: "week", metric: `cpc,${FIXED}`, interactionDenominator: "reach" });
      for (const p of report.platforms.slice(0, 3)) {
        expect(await cellText(page, p.platformKey, "impressions")).toBe(formatCount(p.totals.impressions ?? null, "en"));
        expect(await cellText(page, p.platformKey, "kpi")).toBe(formatMajorMoney(p.kpis.cpc ?? null, "CNY", "en"));
      }
      // the other choices survive the change
      expect(new URL(page.url()).searchParams.get("kpi")).toBe("cpc");
      expect(new URL(page.url()).searchParams.get("denominator")).toBe("reach");
    });

    it("the granularity radio group works from the keyboard, with a visible focus", async () => {
      const week = page.locator('input[name="granularity"][value="week"]');
      await week.focus();
      await page.keyboard.press("ArrowRight");
      await page.waitForURL(/[?&]granularity=month(&|$)/);
      const label = page.locator('[data-testid="granularity-group"] label', { has: page.locator('input[value="month"]') });
      await page.locator('input[name="granularity"][value="month"]').focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      expect(await label.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
    });

    it("a legend button hides and shows its line (mouse and keyboard)", async () => {
      await page.goto(`${baseURL}/platforms`);
      await waitForCharts(page);
      // the line (solid and partial parts) stays in the server-drawn SVG and is hidden, not removed
      const line = page.locator('[data-testid="platform-trend-chart"] path.trend-line-douyin');
      const shown = () => line.evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== "none").length);
      const button = page.locator('[data-testid="platform-trend-chart-legend"] button[data-series="douyin"]');
      expect(await line.count()).toBeGreaterThan(0);
      expect(await button.getAttribute("aria-pressed")).toBe("true");
      await button.click();
      expect(await button.getAttribute("aria-pressed")).toBe("false");
      await expect.poll(shown).toBe(0);
      await button.focus();
      await page.keyboard.press("Enter");
      expect(await button.getAttribute("aria-pressed")).toBe("true");
      await expect.poll(shown).toBeGreaterThan(0);
    });

    it("the table sorts by any column, with aria-sort on its header", async () => {
      const header = page.locator('[data-testid="platform-table"] th[data-column="impressions"]');
      await header.locator("button").click();
      expect(await header.getAttribute("aria-sort")).toBe("descending");
      const report = await api({ ...period, granularity: "week", metric: FIXED, interactionDenominator: "impressions" });
      const byImpressions = [...report.platforms].sort((a, b) => (b.totals.impressions ?? -1) - (a.totals.impressions ?? -1)).map((p) => p.platformKey);
      expect(await tableOrder(page)).toEqual(byImpressions);
      await header.locator("button").click();
      expect(await header.getAttribute("aria-sort")).toBe("ascending");
      expect(await tableOrder(page)).toEqual([...byImpressions].reverse());
      expect(await page.locator('[data-testid="platform-table"] th[data-column="ctr"]').getAttribute("aria-sort")).toBeNull();
    });

    it("the CSV download holds exactly the table's rows, as raw numbers under stable keys", async () => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="platform-table-csv"]').click()]);
      expect(download.suggestedFilename()).toMatch(/^platforms-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}-ctr-impressions\.csv$/);
      const bytes = await readFile((await download.path()) as string);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
      const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
      const header = lines[0]!.split(",");
      expect(header).toEqual([
        "platform", "ctr", "benchmark", "benchmarkStatus", "accounts", "impressions", "clicks",
        "interactionRate", "conversionRate", "roi", "spendMinor", "revenueMinor", "currency", "interactionDenominator",
      ]);
      const records = lines.slice(1).map((line) => Object.fromEntries(line.split(",").map((v, i) => [header[i]!, v])));
      // same rows in the same order as the table on screen (sorted by impressions, ascending, by the previous test)
      expect(records.map((r) => r.platform)).toEqual(await tableOrder(page));
      for (const r of records) {
        const key = r.platform!;
        const n = (v: string | undefined) => (v === undefined || v === "" ? null : Number(v));
        expect(await cellText(page, key, "impressions")).toBe(formatCount(n(r.impressions), "en"));
        expect(await cellText(page, key, "clicks")).toBe(formatCount(n(r.clicks), "en"));
        expect(await cellText(page, key, "ctr")).toBe(formatPercent(n(r.ctr), "en"));
        expect(await cellText(page, key, "roi")).toBe(formatRoi(n(r.roi)));
        expect(await cellText(page, key, "spend")).toBe(formatMoney(n(r.spendMinor), "CNY", "en"));
        expect(r.currency).toBe("CNY");
        expect(r.interactionDenominator).toBe("impressions");
        expect(["above", "near", "below", ""]).toContain(r.benchmarkStatus);
      }
    });
  });

  it("a shared URL with bad values falls back to the defaults instead of failing", async () => {
    const opened = await open("/platforms?kpi=nope&from=2026-99-01&to=yesterday&granularity=year&platform=nope&denominator=likes");
    try {
      expect(opened.response?.status()).toBe(200);
      await waitForCharts(opened.page);
      expect(await opened.page.locator('[data-testid="kpi-select"]').inputValue()).toBe("ctr");
      expect(await opened.page.locator('[data-testid="period-from"]').inputValue()).toBe(defaultPeriod().from);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("a period without data says so and points to the import", async () => {
    const opened = await open("/platforms?from=2020-01-06&to=2020-01-12", { locale: "zh-CN" });
    try {
      expect(opened.response?.status()).toBe(200);
      const empty = opened.page.locator('[data-testid="platforms-empty"]');
      await empty.waitFor();
      expect(await empty.innerText()).toContain("导入数据");
      expect(await opened.page.locator("svg.chart-surface").count()).toBe(0);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("a platform-specific benchmark is marked on its bar (Douyin dwell 8 s)", async () => {
    const opened = await open("/platforms?kpi=avgDwell&platform=douyin,xiaohongshu,bilibili");
    try {
      await waitForCharts(opened.page);
      expect(await opened.page.locator('[data-testid="platform-bar-chart"] .benchmark-marker').count()).toBe(1);
      // no general dwell benchmark: no line, and the page says so
      expect(await opened.page.locator('[data-testid="platform-bar-chart"] .benchmark-line').count()).toBe(0);
      expect(await opened.page.locator("#bar-summary").innerText()).toContain("Douyin benchmark 8 s (2026 report p.6)");
      expect(await opened.page.locator('[data-testid="platform-table"] tbody tr').count()).toBe(3);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

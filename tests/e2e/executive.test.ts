// The executive summary in a real browser: both languages, both themes,
// desktop and phone widths; its headline numbers against the API for the same
// period; the period picker (mouse and keyboard); bad URLs; and the A4 print view.
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatMoney, formatPercent, formatPp, formatRoi } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { lastCompleteWeek, monthOf, quarterOf } from "@/lib/metrics/periods";
import { DomainsResponse } from "@/lib/schemas/api/domains";
import { KpisResponse } from "@/lib/schemas/api/kpis";
import { apiGet, launchBrowser, openPage, saveScreenshot } from "./browser";
import { pinnedToday } from "./pinned-clock";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");
const RESULTS = path.resolve(import.meta.dirname, "../../test-results");

const LANGUAGES = [
  { locale: "zh-CN", short: "zh", title: "管理层摘要", print: "打印" },
  { locale: "en", short: "en", title: "Executive summary", print: "Print" },
] as const;
const THEMES = ["light", "dark"] as const;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const CASES = LANGUAGES.flatMap((language) => VIEWPORTS.flatMap((viewport) => THEMES.map((theme) => ({ language, viewport, theme }))));

const CHARTS = ["forecast-chart", "domain-margin-chart", "domain-roi-chart", "platform-roi-chart"] as const;
/** Charts that carry the benchmark as a reference line (the margin chart has one benchmark bar per side instead). */
const CHARTS_WITH_BENCHMARK_LINE = ["forecast-chart", "domain-roi-chart", "platform-roi-chart"] as const;

interface ShownPeriod {
  kind: "month" | "quarter";
  key: string;
  from: string;
  to: string;
}

/**
 * The period the page shows by default on the pinned day, worked out by hand:
 * the month or quarter holding the last day with data (the demo data ends with
 * the last complete ISO week), "so far" when it runs past that day.
 */
function defaultPeriod(kind: ShownPeriod["kind"]): { key: string; partial: boolean } {
  const lastDataDay = lastCompleteWeek(pinnedToday(), 1).end;
  const [year, month] = lastDataDay.split("-");
  const key = kind === "month" ? `${year}-${month}` : `${year}-Q${Math.ceil(Number(month) / 3)}`;
  const end = kind === "month" ? monthOf(lastDataDay).end : quarterOf(lastDataDay).end;
  return { key, partial: end > lastDataDay };
}

async function shownPeriod(page: Page): Promise<ShownPeriod> {
  const root = page.locator('[data-testid="executive-page"]');
  const attr = async (name: string) => {
    const v = await root.getAttribute(name);
    if (!v) throw new Error(`executive-page has no ${name}`);
    return v;
  };
  return { kind: (await attr("data-period-kind")) as ShownPeriod["kind"], key: await attr("data-period-key"), from: await attr("data-period-start"), to: await attr("data-period-end") };
}

/** GET /api/v1/kpis for the page's period, compared with the previous one the same way the page does. */
async function apiKpis(p: ShownPeriod): Promise<KpisResponse> {
  const url = `${baseURL}/api/v1/kpis?from=${p.from}&to=${p.to}&granularity=${p.kind}&compare=previous`;
  const response = await apiGet(url);
  expect(response.status, url).toBe(200);
  return KpisResponse.parse(await response.json());
}

async function apiDomains(p: ShownPeriod): Promise<DomainsResponse> {
  const response = await apiGet(`${baseURL}/api/v1/domains?from=${p.from}&to=${p.to}`);
  expect(response.status).toBe(200);
  return DomainsResponse.parse(await response.json());
}

async function headline(page: Page, key: string): Promise<string> {
  return (await page.locator(`[data-testid="headline-${key}"] [data-testid="headline-value"]`).innerText()).trim();
}

/** The headline figures the page shows equal the API's for the same period, formatted as the page formats them. */
async function expectHeadlinesMatchApi(page: Page, locale: Locale): Promise<KpisResponse> {
  const api = await apiKpis(await shownPeriod(page));
  expect(await headline(page, "revenue")).toBe(formatMoney(api.totals.revenueMinor ?? null, api.workspace.currency, locale));
  expect(await headline(page, "roi")).toBe(formatRoi(api.kpis.roi ?? null));
  expect(await headline(page, "ctr")).toBe(formatPercent(api.kpis.ctr ?? null, locale));
  expect(await headline(page, "interactionRate")).toBe(formatPercent(api.kpis.interactionRate ?? null, locale));
  expect(await headline(page, "conversionRate")).toBe(formatPercent(api.kpis.conversionRate ?? null, locale));
  const ctrChange = api.comparison?.kpis.ctr?.change ?? null;
  if (ctrChange !== null) {
    expect((await page.locator('[data-testid="headline-ctr"] [data-testid="headline-change"]').innerText()).trim()).toBe(formatPp(ctrChange, locale));
  }
  return api;
}

/**
 * The page streams in behind its loading skeleton (React may reveal a
 * streamed boundary a moment after the load event), so wait for the content
 * before asserting on what is visible.
 */
async function waitForContent(page: Page): Promise<void> {
  await page.locator('[data-testid="headline-grid"]').waitFor({ state: "visible", timeout: 15_000 });
}

async function waitForCharts(page: Page): Promise<void> {
  await waitForContent(page);
  for (const chart of CHARTS) {
    await page.locator(`[data-testid="${chart}"] svg.chart-surface`).first().waitFor({ state: "visible", timeout: 15_000 });
  }
}

describe.skipIf(chromiumPath === null)("executive summary page", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(CASES)("$language.locale, $viewport.width×$viewport.height, $theme", async ({ language, viewport, theme }) => {
    const opened = await openPage(browser, `${baseURL}/executive`, {
      locale: language.locale,
      width: viewport.width,
      height: viewport.height,
      colorScheme: theme,
      cookies: { locale: language.locale, theme },
    });
    const { page, response, errors } = opened;
    try {
      expect(response?.status()).toBe(200);
      await waitForCharts(page);
      for (const chart of CHARTS_WITH_BENCHMARK_LINE) {
        expect(await page.locator(`[data-testid="${chart}"] .benchmark-line`).count(), chart).toBe(1);
      }
      // each chart has a text alternative: a caption, a table or the numbers table beside it
      expect(await page.locator('[data-testid="executive-forecast"] table.sr-only tbody tr').count()).toBeGreaterThanOrEqual(12);
      expect(await page.locator('[data-testid="executive-platforms"] table.sr-only tbody tr').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('[data-testid="domain-table"] tbody tr').count()).toBe(5);

      // by default: the latest quarter with data, marked partial while it runs past the data
      const period = await shownPeriod(page);
      expect(period.kind).toBe("quarter");
      const expected = defaultPeriod("quarter");
      expect(period.key).toBe(expected.key);
      expect(await page.locator('[data-testid="executive-page"]').getAttribute("data-partial")).toBe(String(expected.partial));
      expect(await page.locator('[data-testid="headline-grid"] > section').count()).toBe(6);

      const api = await expectHeadlinesMatchApi(page, language.locale);
      // the traffic lights carry text, not only colour
      const roiStatus = api.benchmarks.roi?.status;
      if (roiStatus) {
        expect(await page.locator('[data-testid="headline-roi"] [data-testid="headline-benchmark"] [data-status]').getAttribute("data-status")).toBe(roiStatus);
      }
      expect((await page.locator('[data-testid="headline-roi"] [data-testid="headline-benchmark"]').innerText()).length).toBeGreaterThan(4);

      // public vs private against /api/v1/domains
      const domains = await apiDomains(period);
      for (const d of domains.domains) {
        expect((await page.locator(`[data-testid="domain-${d.domain}-roi"]`).innerText()).split("\n")[0]?.trim()).toContain(formatRoi(d.roi));
        expect((await page.locator(`[data-testid="domain-${d.domain}-conversion"]`).innerText()).trim()).toBe(formatPercent(d.conversionRate, language.locale));
      }

      const findings = await page.locator('[data-testid="executive-findings"] li').count();
      expect(findings).toBeGreaterThanOrEqual(5);
      expect(findings).toBeLessThanOrEqual(8);

      expect(await page.locator("html").getAttribute("lang")).toBe(language.locale);
      expect(await page.locator("h1").innerText()).toBe(language.title);
      expect(await page.locator('[data-testid="print-button"]').innerText()).toContain(language.print);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

      await page.waitForLoadState("networkidle");
      expect(errors).toEqual([]);
    } finally {
      await saveScreenshot(page, `executive-${language.short}-${viewport.width}-${theme}`);
      await opened.close();
    }
  });

  it("changes the period from the picker, by mouse and by keyboard, and the figures follow", async () => {
    const opened = await openPage(browser, `${baseURL}/executive`, { locale: "en", width: 1280, height: 800, cookies: { locale: "en", theme: "light" } });
    const { page, errors } = opened;
    try {
      await waitForContent(page);
      const before = await shownPeriod(page);
      const revenueBefore = await headline(page, "revenue");
      const options = await page.locator('[data-testid="period-select"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(options[0]).toBe(before.key);
      const previousQuarter = options[1];
      expect(previousQuarter).toMatch(/^\d{4}-Q[1-4]$/);

      // mouse: pick the previous quarter, press Show
      await page.selectOption('[data-testid="period-select"]', previousQuarter as string);
      await page.click('[data-testid="period-submit"]');
      await page.waitForURL((url) => url.searchParams.get("at") === previousQuarter && url.searchParams.get("period") === "quarter");
      await page.locator(`[data-testid="executive-page"][data-period-key="${previousQuarter}"]`).waitFor();
      await waitForContent(page);
      expect(await page.locator('[data-testid="executive-page"]').getAttribute("data-partial")).toBe("false");
      expect(await headline(page, "revenue")).not.toBe(revenueBefore);
      await expectHeadlinesMatchApi(page, "en");

      // keyboard: switch to months, then step the list back one month and press Enter on Show
      await page.locator('[data-testid="period-kind-month"]').focus();
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.searchParams.get("period") === "month");
      await page.locator('[data-testid="executive-page"][data-period-kind="month"]').waitFor();
      await waitForContent(page);
      const month = await shownPeriod(page);
      await page.locator('[data-testid="period-select"]').focus();
      await page.keyboard.press("ArrowDown");
      const picked = await page.locator('[data-testid="period-select"]').inputValue();
      expect(picked).not.toBe(month.key);
      // arrows alone do not navigate
      expect(new URL(page.url()).searchParams.get("at")).not.toBe(picked);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("period-submit");
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.searchParams.get("at") === picked);
      await page.locator(`[data-testid="executive-page"][data-period-key="${picked}"]`).waitFor();
      await waitForContent(page);
      await expectHeadlinesMatchApi(page, "en");

      await page.waitForLoadState("networkidle");
      expect(errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it.each([
    { query: "?period=year&at=banana", kind: "quarter", notice: true },
    { query: "?period=quarter&at=2019-Q1", kind: "quarter", notice: true },
    { query: "?period=month&at=2026-Q4", kind: "month", notice: true },
    { query: "?at=2099-13", kind: "quarter", notice: true },
  ] as const)("falls back to the default period for $query", async ({ query, kind, notice }) => {
    const opened = await openPage(browser, `${baseURL}/executive${query}`, { locale: "en", width: 1280, height: 800, cookies: { locale: "en", theme: "light" } });
    const { page, response, errors } = opened;
    try {
      expect(response?.status()).toBe(200);
      await waitForCharts(page);
      const expected = defaultPeriod(kind);
      expect(await shownPeriod(page)).toMatchObject({ kind, key: expected.key });
      expect(await page.locator('[data-testid="executive-page"]').getAttribute("data-partial")).toBe(String(expected.partial));
      expect(await page.locator('[data-testid="period-unavailable"]').isVisible()).toBe(notice);
      await page.waitForLoadState("networkidle");
      expect(errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it.each(THEMES)("prints to A4 without navigation or controls, on light paper (%s theme)", async (theme) => {
    // A4 is 210 mm wide: 794 CSS px at 96 dpi, less 2 × 12 mm margins.
    const opened = await openPage(browser, `${baseURL}/executive`, { locale: "zh-CN", width: 794, height: 1123, cookies: { locale: "zh-CN", theme } });
    const { page, errors } = opened;
    try {
      await waitForCharts(page);
      await page.emulateMedia({ media: "print" });
      expect(await page.locator("header nav").first().isVisible()).toBe(false);
      expect(await page.locator("header.no-print").isVisible()).toBe(false);
      for (const control of ["period-picker", "print-button", "period-select"]) {
        expect(await page.locator(`[data-testid="${control}"]`).isVisible(), control).toBe(false);
      }
      const background = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await background("body")).toBe("rgb(255, 255, 255)");
      expect(await background('[data-testid="executive-findings"]')).toBe("rgb(255, 255, 255)");
      expect(await background('[data-testid="headline-revenue"]')).toBe("rgb(255, 255, 255)");
      // cards are not split across pages
      expect(await page.locator('[data-testid="executive-domains"]').evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
      // charts fit the paper
      for (const chart of CHARTS) {
        const width = await page.locator(`[data-testid="${chart}"] svg.chart-surface`).first().evaluate((el) => el.getBoundingClientRect().width);
        expect(width, chart).toBeGreaterThan(100);
        expect(width, chart).toBeLessThanOrEqual(794);
      }
      await saveScreenshot(page, theme === "light" ? "executive-print" : "executive-print-dark");

      const file = path.join(RESULTS, theme === "light" ? "executive.pdf" : "executive-dark.pdf");
      await mkdir(RESULTS, { recursive: true });
      await page.pdf({ path: file, format: "A4", printBackground: true, preferCSSPageSize: true });
      const pdf = await readFile(file);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

// The content lab (/content) in a real browser: every demo test's variant
// figures, verdict and probabilities equal the test API's; the origin split
// equals /content/origins for the page's range, with Douyin's 8 s line on the
// dwell chart; sorting the top-content table goes through the URL and
// reorders the rows as /content/items does; Chinese at 390 px in dark fits
// without horizontal page overflow.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatProbability } from "@/components/content/figures";
import { formatCount, formatPercent, formatPp, formatSeconds } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { ContentItemsResponse } from "@/lib/schemas/api/content-items";
import { ContentOriginsResponse } from "@/lib/schemas/api/content-origins";
import { ContentTestListResponse, ContentTestResponse } from "@/lib/schemas/api/content-tests";
import { apiGet, launchBrowser, openPage, saveScreenshot } from "./browser";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

async function api<T>(path: string, schema: { parse(v: unknown): T }): Promise<T> {
  const response = await apiGet(`${baseURL}${path}`);
  expect(response.status, path).toBe(200);
  return schema.parse(await response.json());
}

async function shown(page: Page): Promise<{ test: string; from: string; to: string }> {
  const root = page.locator('[data-testid="content-page"]');
  return { test: (await root.getAttribute("data-test")) ?? "", from: (await root.getAttribute("data-from")) ?? "", to: (await root.getAttribute("data-to")) ?? "" };
}

async function expectTestOf(page: Page, locale: Locale): Promise<ContentTestResponse> {
  const { test } = await shown(page);
  const report = await api(`/api/v1/content/tests/${test}`, ContentTestResponse);
  const verdict = page.locator('[data-testid="verdict"]');
  expect(await verdict.getAttribute("data-verdict")).toBe(report.verdict.verdict);
  expect(await verdict.getAttribute("data-winner")).toBe(report.verdict.winner ?? "");
  if (report.verdict.verdict === "not_enough_data" && report.verdict.impressionsStillNeeded !== null) {
    expect(await page.locator('[data-testid="verdict-body"]').innerText()).toContain(formatCount(report.verdict.impressionsStillNeeded, locale));
  }
  expect(await page.locator('[data-testid="variant-row"]').count()).toBe(report.variants.length);
  for (const v of report.variants) {
    const row = page.locator(`[data-testid="variant-row"][data-variant="${v.variant}"]`);
    const cell = async (column: string) => (await row.locator(`[data-column="${column}"]`).innerText()).trim();
    expect(await cell("items")).toBe(formatCount(v.items, locale));
    expect(await cell("impressions")).toBe(formatCount(v.impressions, locale));
    expect(await cell("ctr")).toBe(formatPercent(v.ctr, locale));
    expect(await cell("interactionRate")).toBe(formatPercent(v.interactionRate, locale));
    expect(await cell("dwell")).toBe(v.avgDwell === null ? "—" : formatSeconds(v.avgDwell, locale));
    if (v.vsControl) {
      expect(await cell("diff")).toBe(formatPp(v.vsControl.ctrDiffPp, locale));
      expect(await cell("probability")).toBe(formatProbability(v.vsControl.probabilityToBeatControl, locale));
    }
    expect(await row.locator('[data-testid="winner-badge"]').count()).toBe(report.winner === v.variant ? 1 : 0);
  }
  return report;
}

async function expectOriginsOf(page: Page, locale: Locale): Promise<ContentOriginsResponse> {
  const { from, to } = await shown(page);
  const origins = await api(`/api/v1/content/origins?from=${from}&to=${to}`, ContentOriginsResponse);
  expect(origins.total.items).toBeGreaterThan(0);
  for (const o of [...origins.origins.map((x) => ({ key: x.origin as string, ...x })), { key: "total", ...origins.total }]) {
    const row = page.locator(`[data-testid="origin-row"][data-origin="${o.key}"]`);
    const cell = async (column: string) => (await row.locator(`[data-column="${column}"]`).innerText()).trim();
    expect(await cell("items")).toBe(formatCount(o.items, locale));
    expect(await cell("impressions")).toBe(formatCount(o.impressions, locale));
    expect(await cell("ctr")).toBe(formatPercent(o.ctr, locale));
    expect(await cell("interactionRate")).toBe(formatPercent(o.interactionRate, locale));
    expect(await cell("dwell")).toBe(formatSeconds(o.avgDwell, locale));
  }
  await page.locator('[data-testid="dwell-chart"] svg.recharts-surface').first().waitFor({ state: "visible", timeout: 15_000 });
  expect(origins.dwellBenchmark?.value).toBe(8);
  expect(await page.locator('[data-testid="dwell-chart"] .benchmark-line').count()).toBe(1);
  return origins;
}

async function topIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid="top-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id") ?? ""));
}

describe.skipIf(chromiumPath === null)("content lab page", () => {
  let browser: Browser;
  let tests: ContentTestListResponse["tests"];

  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
    tests = (await api("/api/v1/content/tests", ContentTestListResponse)).tests;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows every demo test's variants and verdict as the API computes them, and the origins (en, 1280 px, light)", async () => {
    const opened = await openPage(browser, `${baseURL}/content`, { locale: "en", width: 1280, height: 900, cookies: { locale: "en" } });
    const { page } = opened;
    try {
      expect(tests.length).toBeGreaterThanOrEqual(3);
      expect((await shown(page)).test).toBe(tests[0]!.key);
      await expectOriginsOf(page, "en");
      await saveScreenshot(page, "content-en-1280");
      const verdicts = new Set<string>();
      for (const t of tests) {
        await page.goto(`${baseURL}/content?test=${t.key}`);
        expect((await shown(page)).test).toBe(t.key);
        verdicts.add((await expectTestOf(page, "en")).verdict.verdict);
      }
      // The demo's tests end with a winner (co-created notes) and no difference (the Douyin hooks).
      expect(verdicts.has("winner")).toBe(true);
      expect(verdicts.has("no_difference")).toBe(true);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("chooses a test through the form and sorts the top content through the URL (zh-CN, 390 px, dark)", async () => {
    const opened = await openPage(browser, `${baseURL}/content`, { locale: "zh-CN", width: 390, height: 844, colorScheme: "dark", cookies: { locale: "zh-CN", theme: "dark" } });
    const { page } = opened;
    try {
      const last = tests.at(-1)!;
      await page.locator('[data-testid="test-select"]').selectOption(last.key);
      await page.locator('[data-testid="content-apply"]').click();
      await page.waitForURL((url) => url.searchParams.get("test") === last.key);
      await expectTestOf(page, "zh-CN");
      await expectOriginsOf(page, "zh-CN");
      const { from, to } = await shown(page);

      const byImpressions = await api(`/api/v1/content/items?from=${from}&to=${to}`, ContentItemsResponse);
      expect(await topIds(page)).toEqual(byImpressions.items.map((i) => i.externalId));
      await page.locator('[data-testid="sort-ctr"]').click();
      await page.waitForURL((url) => url.searchParams.get("sort") === "ctr" && url.searchParams.get("test") === last.key);
      await page.locator('[data-testid="top-table"][data-sort="ctr"]').waitFor();
      const byCtr = await api(`/api/v1/content/items?from=${from}&to=${to}&sort=ctr`, ContentItemsResponse);
      expect(await topIds(page)).toEqual(byCtr.items.map((i) => i.externalId));
      expect(byCtr.items.map((i) => i.externalId)).not.toEqual(byImpressions.items.map((i) => i.externalId));
      const firstRow = page.locator('[data-testid="top-row"]').first();
      expect((await firstRow.locator('[data-column="ctr"]').innerText()).trim()).toBe(formatPercent(byCtr.items[0]!.ctr, "zh-CN"));
      // a second click turns the order round
      await page.locator('[data-testid="sort-ctr"]').click();
      await page.waitForURL((url) => url.searchParams.get("dir") === "asc");
      await page.locator('[data-testid="top-table"][data-dir="asc"]').waitFor();
      const ascending = await api(`/api/v1/content/items?from=${from}&to=${to}&sort=ctr&dir=asc`, ContentItemsResponse);
      expect(await topIds(page)).toEqual(ascending.items.map((i) => i.externalId));

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await saveScreenshot(page, "content-zh-390-dark");
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("says when the URL names a test the workspace does not have", async () => {
    const opened = await openPage(browser, `${baseURL}/content?test=no-such-test`, { locale: "en", width: 1280, height: 800, cookies: { locale: "en" } });
    try {
      expect(await opened.page.locator('[data-testid="unknown-test"]').innerText()).toContain("no-such-test");
      expect((await shown(opened.page)).test).toBe(tests[0]!.key);
    } finally {
      await opened.close();
    }
  });
});

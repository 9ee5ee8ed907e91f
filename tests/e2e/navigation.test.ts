// The header's navigation in a real browser. On a phone (390 px) a button
// names the current page and opens every page the role may open, under its
// group's heading; choosing one navigates and closes the panel. On a desktop
// the dashboards, data and settings are links in the row, the analysis and
// planning pages menus that open on click and close on Escape, a click
// elsewhere or navigation. Neither width scrolls sideways.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage, saveScreenshot } from "./browser";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

const visibleLinks = (page: Page) =>
  page.locator("header nav a").evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute("href")));

describe.skipIf(chromiumPath === null)("header navigation", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("on a phone: one button naming the page, every page under its group when opened", async () => {
    const opened = await openPage(browser, `${baseURL}/platforms`, { locale: "zh-CN", width: 390, height: 844, cookies: { locale: "zh-CN" } });
    const { page } = opened;
    try {
      const button = page.locator('[data-testid="nav-menu-button"]');
      expect(await button.innerText()).toContain("平台对比");
      expect(await button.getAttribute("aria-expanded")).toBe("false");
      expect(await visibleLinks(page)).toEqual([]);
      await button.click();
      expect(await button.getAttribute("aria-expanded")).toBe("true");
      await expect.poll(() => visibleLinks(page)).toEqual(["/", "/platforms", "/executive", "/funnels", "/retention", "/audience", "/content", "/ai", "/goals", "/benchmarks", "/data", "/settings"]);
      expect(await page.locator('[data-testid="nav-panel"]').innerText()).toContain("目标与基准");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await saveScreenshot(page, "nav-zh-390-open");
      await page.locator('nav[aria-label="主导航"] a[href="/ai"]').click();
      await page.waitForURL(`${baseURL}/ai`);
      await expect.poll(() => button.getAttribute("aria-expanded")).toBe("false");
      expect(await button.innerText()).toContain("AI 工具");
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("on a desktop: menus for analysis and planning that open, close on Escape and on navigation", async () => {
    const opened = await openPage(browser, `${baseURL}/`, { locale: "en", width: 1280, height: 800, cookies: { locale: "en" } });
    const { page } = opened;
    try {
      expect(await visibleLinks(page)).toEqual(["/", "/platforms", "/executive", "/data", "/settings"]);
      const analysis = page.locator('[data-testid="nav-group-analysis"]');
      await analysis.click();
      await expect.poll(() => visibleLinks(page)).toEqual(["/", "/platforms", "/executive", "/funnels", "/retention", "/audience", "/content", "/ai", "/data", "/settings"]);
      // A click elsewhere (the page margin, clear of the open menu) closes it.
      await page.mouse.click(4, 790);
      expect(await analysis.getAttribute("aria-expanded")).toBe("false");
      const plan = page.locator('[data-testid="nav-group-plan"]');
      await plan.click();
      expect(await plan.getAttribute("aria-expanded")).toBe("true");
      await expect.poll(() => visibleLinks(page)).toEqual(["/", "/platforms", "/executive", "/goals", "/benchmarks", "/data", "/settings"]);
      await saveScreenshot(page, "nav-en-1280-plan-open");
      await page.keyboard.press("Escape");
      expect(await plan.getAttribute("aria-expanded")).toBe("false");

      // Keyboard: open the planning menu with Enter, follow its link; the menu closes and marks the page's group.
      await plan.focus();
      await page.keyboard.press("Enter");
      await page.locator('nav[aria-label="Main navigation"] a[href="/goals"]').click();
      await page.waitForURL(`${baseURL}/goals`);
      await expect.poll(() => plan.getAttribute("aria-expanded")).toBe("false");
      expect(await plan.getAttribute("class")).toContain("bg-slate-100");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("an executive's planning group is a plain link: one page is no menu", async () => {
    const opened = await openPage(browser, `${baseURL}/`, { locale: "en", width: 1280, height: 800, cookies: { locale: "en" }, as: "executive" });
    try {
      expect(await visibleLinks(opened.page)).toEqual(["/", "/platforms", "/executive", "/goals"]);
      expect(await opened.page.locator('[data-testid^="nav-group-"]').count()).toBe(0);
    } finally {
      await opened.close();
    }
  });
});

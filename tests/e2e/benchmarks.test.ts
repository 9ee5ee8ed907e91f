// The benchmark registry (`/benchmarks`) in a real browser: the built-in 2026
// set with its page references and the two ambiguous ROI figures flagged, its
// figures equal to the API's, in both languages at desktop and phone widths;
// a manager copies it, edits a CTR value (a bad one is refused with the
// field's message and the typed text kept), activates it, and the board's CTR
// benchmark and status follow; analysts read only, executives cannot open it.
// The test puts the demo workspace back as it found it (built-in set active).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatBenchmarkValue } from "@/components/benchmarks/format";
import type { Role } from "@/lib/auth/roles";
import { SESSION_COOKIE } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/fill";
import { benchmarks as messages } from "@/lib/i18n/messages/benchmarks";
import { formatPercent } from "@/lib/format";
import { benchmarkValueRule } from "@/lib/metrics/benchmark-values";
import { BenchmarksResponse, BenchmarkWriteResponse } from "@/lib/schemas/api/benchmarks";
import { WeeklyReportResponse } from "@/lib/schemas/api/weekly-report";
import { axeViolations, blocking, describeViolations } from "./axe";
import { apiGet, launchBrowser, openPage, saveScreenshot } from "./browser";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

const LANGUAGES = [
  { locale: "zh-CN", short: "zh" },
  { locale: "en", short: "en" },
] as const;
const VIEWPORTS = [
  { width: 1280, height: 800, theme: "light" },
  { width: 390, height: 844, theme: "dark" },
] as const;
const CASES = LANGUAGES.flatMap((language) => VIEWPORTS.map((viewport) => ({ language, viewport })));

/** A write to the API as a demo role, from the app's own origin as the page sends it. */
function apiSend(method: string, path: string, body: unknown, as: Role = "manager"): Promise<Response> {
  return fetch(`${baseURL}${path}`, {
    method,
    headers: { cookie: `${SESSION_COOKIE}=${inject("sessions")[as]}`, origin: baseURL, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function registry(query = ""): Promise<BenchmarksResponse> {
  const response = await apiGet(`${baseURL}/api/v1/benchmarks${query}`, "analyst");
  expect(response.status).toBe(200);
  return BenchmarksResponse.parse(await response.json());
}

/** Sets this run made, deleted at the end whatever happened; the built-in set is made active again. */
const made: number[] = [];

describe.skipIf(chromiumPath === null)("benchmark registry", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(async () => {
    await apiSend("PUT", "/api/v1/benchmarks/active", { set: "report-2026" });
    for (const id of made) await apiSend("DELETE", `/api/v1/benchmarks/${id}`, {});
    await browser?.close();
  });

  it.each(CASES)("shows the built-in set as the API has it: $language.locale, $viewport.width px", async ({ language, viewport }) => {
    const m = messages[language.locale];
    const opened = await openPage(browser, `${baseURL}/benchmarks`, {
      locale: language.locale,
      width: viewport.width,
      height: viewport.height,
      colorScheme: viewport.theme,
      cookies: { locale: language.locale, theme: viewport.theme },
      as: "manager",
    });
    const { page, response, errors } = opened;
    try {
      expect(response?.status()).toBe(200);
      const api = await registry();
      expect(api.set).toMatchObject({ key: "report-2026", active: true, builtIn: true });
      const detail = page.locator('[data-testid="set-detail"]');
      await detail.waitFor({ state: "visible" });
      expect(await detail.getAttribute("data-set-key")).toBe("report-2026");
      expect(await page.locator('[data-testid="active-set-line"]').innerText()).toContain(language.locale === "zh-CN" ? api.set.nameZh : api.set.nameEn);

      // every figure: the API's value as the page formats it, and its page in the report
      const rows = page.locator('[data-testid="figure-list"] > li');
      expect(await rows.count()).toBe(api.benchmarks.length);
      for (const b of api.benchmarks) {
        const row = page.locator(`[data-testid="figure-${b.key}"]`);
        const expected = formatBenchmarkValue(b.value, b.unit, benchmarkValueRule(b).kind, language.locale, m.units);
        expect(await row.locator('[data-testid="figure-value"]').innerText(), b.key).toBe(expected);
        if (b.page !== null) expect(await row.locator('[data-testid="figure-page"]').innerText()).toBe(fill(m.pageRef, { page: b.page }));
      }
      // the two disputed ROI figures, and only they, are flagged with their note on screen
      const flagged = await page.locator('[data-testid="figure-ambiguous"]').evaluateAll((els) => els.map((e) => e.closest("li")?.dataset.testid));
      expect(flagged.sort()).toEqual(api.benchmarks.filter((b) => b.ambiguous).map((b) => `figure-${b.key}`).sort());
      expect(flagged).toEqual(["figure-hard_ad_roi_consumer_goods", "figure-ugc_roi_consumer_goods"]);
      expect(await page.locator('[data-testid="figure-hard_ad_roi_consumer_goods"] [data-testid="figure-note"]').innerText()).toBe(m.ambiguousNote);
      expect(await page.locator('[data-testid="figure-multi_platform_linkage_roi"] [data-testid="figure-value"]').innerText()).toBe("1:18");

      // a built-in set has no edit fields, but can be copied
      expect(await page.locator('[data-testid="set-editor"]').count()).toBe(0);
      expect(await page.locator('[data-testid="set-delete"]').count()).toBe(0);
      expect(await page.locator('[data-testid="new-copy-from"]').inputValue()).toBe("report-2026");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.waitForLoadState("networkidle");
      expect(errors).toEqual([]);
    } finally {
      await saveScreenshot(page, `benchmarks-${language.short}-${viewport.width}-${viewport.theme}`);
      await opened.close();
    }
  });

  it("a manager copies the set, edits the CTR (a bad value is refused and kept), activates it, and the board follows", async () => {
    const m = messages.en;
    const opened = await openPage(browser, `${baseURL}/benchmarks`, { locale: "en", width: 1280, height: 800, colorScheme: "light", cookies: { locale: "en" }, as: "manager" });
    const { page, errors } = opened;
    try {
      // copy the built-in set (the form starts from the set on screen)
      const form = page.locator('[data-testid="new-set-form"]');
      await form.locator('[data-testid="new-name-en"]').fill("E2E competitor");
      await form.locator('[data-testid="new-name-zh"]').fill("端到端竞品");
      await form.locator('[data-testid="new-kind"]').selectOption("competitor");
      await form.locator('[data-testid="new-set-submit"]').click();
      await page.waitForURL(/\/benchmarks\?set=set-\d+/);
      const key = new URL(page.url()).searchParams.get("set") as string;
      const created = await registry(`?set=${key}`);
      made.push(created.set.id);
      expect(created.set).toMatchObject({ nameEn: "E2E competitor", kind: "competitor", builtIn: false, active: false });
      await page.locator('[data-testid="set-editor"]').waitFor({ state: "visible" });

      // a CTR of 150% is refused: the field says what it takes, the typed text stays, nothing is written
      const ctr = page.locator('[data-testid="value-short_video_ad_ctr"]');
      expect(await ctr.inputValue()).toBe("3.2");
      await ctr.fill("150");
      await page.locator('[data-testid="edit-save"]').click();
      const fieldError = page.locator('[data-testid="figure-short_video_ad_ctr"] [data-testid="field-error"]');
      await fieldError.waitFor({ state: "visible" });
      expect(await fieldError.innerText()).toBe(m.edit.rate);
      expect(await ctr.getAttribute("aria-invalid")).toBe("true");
      expect(await ctr.inputValue()).toBe("150");
      expect((await registry(`?set=${key}`)).benchmarks.find((b) => b.key === "short_video_ad_ctr")?.value).toBe(0.032);
      const violations = await axeViolations(page);
      expect(blocking(violations).map((v) => v.id), describeViolations(blocking(violations))).toEqual([]);
      await saveScreenshot(page, "benchmarks-edit-error-en");

      // 2.5% is taken
      await ctr.fill("2.5");
      await page.locator('[data-testid="edit-save"]').click();
      await page.locator('[data-testid="edit-notice"]').waitFor({ state: "visible" });
      expect(await page.locator('[data-testid="edit-notice"]').innerText()).toBe(m.edit.saved);
      expect((await registry(`?set=${key}`)).benchmarks.find((b) => b.key === "short_video_ad_ctr")?.value).toBe(0.025);

      // activate it: the page and the API say so
      await page.locator('[data-testid="set-activate"]').click();
      await page.locator('[data-testid="set-action-notice"]').waitFor({ state: "visible" });
      expect((await registry()).set).toMatchObject({ key, active: true });
      await expect.poll(() => page.locator('[data-testid="active-set-line"]').innerText()).toContain("E2E competitor");

      // the board's CTR card is judged against 2.5% now, with the API's status
      await page.goto(`${baseURL}/`);
      const weekly = WeeklyReportResponse.parse(await (await apiGet(`${baseURL}/api/v1/report/weekly`, "manager")).json());
      const benchmark = weekly.total.metrics.ctr.benchmark;
      expect(benchmark).toMatchObject({ key: "short_video_ad_ctr", value: 0.025 });
      const chip = page.locator('[data-testid="kpi-card-ctr"] [data-status]');
      expect(await chip.getAttribute("data-status")).toBe(benchmark?.status);
      expect(await chip.getAttribute("title")).toContain(formatPercent(0.025, "en"));
      await saveScreenshot(page, "benchmarks-board-follows-en");
      await page.waitForLoadState("networkidle");
      // the refused save's 400 is the browser's only complaint
      expect(errors.filter((e) => !e.includes("status of 400"))).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("says in Chinese, on a phone, what a bad value takes", async () => {
    const created = BenchmarkWriteResponse.parse(await (await apiSend("POST", "/api/v1/benchmarks", { nameZh: "内部基准", nameEn: "Internal", kind: "internal", copyFrom: "report-2026" })).json());
    made.push(created.set.id);
    const m = messages["zh-CN"];
    const opened = await openPage(browser, `${baseURL}/benchmarks?set=${created.set.key}`, { locale: "zh-CN", width: 390, height: 844, colorScheme: "dark", cookies: { locale: "zh-CN", theme: "dark" }, as: "manager" });
    const { page, errors } = opened;
    try {
      const roi = page.locator('[data-testid="value-multi_platform_linkage_roi"]');
      expect(await roi.inputValue()).toBe("18");
      await roi.fill("0");
      await page.locator('[data-testid="edit-save"]').click();
      const fieldError = page.locator('[data-testid="figure-multi_platform_linkage_roi"] [data-testid="field-error"]');
      await fieldError.waitFor({ state: "visible" });
      expect(await fieldError.innerText()).toBe(m.edit.roi);
      expect(await roi.inputValue()).toBe("0");
      expect(await page.locator('[data-testid="edit-error"]').innerText()).toBe(m.errors.invalid);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await saveScreenshot(page, "benchmarks-edit-error-zh-390-dark");
      await page.waitForLoadState("networkidle");
      expect(errors.filter((e) => !e.includes("status of 400"))).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("an analyst reads without edit controls; an executive cannot open it, and the API refuses both their writes", async () => {
    const analyst = await openPage(browser, `${baseURL}/benchmarks`, { locale: "en", width: 1280, height: 800, cookies: { locale: "en" }, as: "analyst" });
    try {
      await analyst.page.locator('[data-testid="view-only"]').waitFor({ state: "visible" });
      for (const id of ["set-activate", "set-copy", "new-set-form", "set-editor"]) expect(await analyst.page.locator(`[data-testid="${id}"]`).count(), id).toBe(0);
    } finally {
      await analyst.close();
    }
    const executive = await openPage(browser, `${baseURL}/benchmarks`, { locale: "en", width: 1280, height: 800, cookies: { locale: "en" }, as: "executive" });
    try {
      await executive.page.locator('[data-testid="forbidden"]').waitFor({ state: "visible" });
      expect(await executive.page.locator('nav a[href="/benchmarks"]').count()).toBe(0);
      expect(await executive.page.locator('[data-testid="set-detail"]').count()).toBe(0);
    } finally {
      await executive.close();
    }
    expect((await apiSend("POST", "/api/v1/benchmarks", { nameZh: "高管", nameEn: "Exec", kind: "industry" }, "executive")).status).toBe(403);
    expect((await apiSend("PUT", "/api/v1/benchmarks/active", { set: "report-2026" }, "executive")).status).toBe(403);
    expect((await apiSend("PUT", "/api/v1/benchmarks/active", { set: "report-2026" }, "analyst")).status).toBe(403);
    expect((await apiGet(`${baseURL}/api/v1/benchmarks`, "executive")).status).toBe(403);
  });

  it("names an unknown set in the URL and offers the active one", async () => {
    const opened = await openPage(browser, `${baseURL}/benchmarks?set=no-such-set`, { locale: "en", width: 390, height: 844, cookies: { locale: "en" }, as: "manager" });
    try {
      await opened.page.locator('[data-testid="set-not-found"]').waitFor({ state: "visible" });
      expect(await opened.page.locator('[data-testid="set-not-found"]').innerText()).toContain("no-such-set");
    } finally {
      await opened.close();
    }
  });
});

// axe-core on every page in a real browser: both languages, both themes,
// desktop and phone widths, and the data page again with an import preview on
// screen. No serious or critical violation is allowed, nor a skipped heading
// level (heading-order is only "moderate" to axe, but the issue names it).
// The failure message lists each rule with its elements and, for contrast,
// the colours and the ratio, so it says what to change.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Result } from "axe-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, blocking, describeViolations } from "./axe";
import type { Role } from "../../lib/auth/roles";
import { launchBrowser, openPage } from "./browser";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

const LANGUAGES = [
  { locale: "zh-CN", short: "zh" },
  { locale: "en", short: "en" },
] as const;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const THEMES = ["light", "dark"] as const;
const CASES = LANGUAGES.flatMap((language) => VIEWPORTS.flatMap((viewport) => THEMES.map((theme) => ({ language, viewport, theme }))));

/** Screenshots of every state checked, to look at after a colour change (outside the repository). */
const SHOT_DIR = path.join(os.tmpdir(), "kpi-a11y-screenshots");

/** Rules that fail the test whatever axe's impact for them. */
const ALWAYS_FAILING = new Set(["heading-order"]);

const chartsReady = (charts: readonly string[]) => async (page: Page) => {
  for (const chart of charts) {
    // Recharts on some pages, server-drawn SVG (components/charts/svg) on others
    await page.locator(`[data-testid="${chart}"] :is(svg.recharts-surface, svg.chart-surface)`).first().waitFor({ state: "visible", timeout: 15_000 });
  }
};

interface PageUnderTest {
  name: string;
  path: string;
  /** Resolves once the page shows what it is to be checked with (charts drawn, streamed parts revealed). */
  ready(page: Page): Promise<void>;
  /** Who looks at it: a demo role (default admin) or a signed-out visitor (null). */
  as?: Role | null;
}

const visible = (testId: string) => async (page: Page) => {
  await page.locator(`[data-testid="${testId}"]`).waitFor({ state: "visible" });
};

const PAGES: PageUnderTest[] = [
  { name: "board", path: "/", ready: chartsReady(["trend-chart"]) },
  { name: "platforms", path: "/platforms", ready: chartsReady(["platform-bar-chart", "platform-trend-chart", "platform-scatter-chart"]) },
  {
    name: "executive",
    path: "/executive",
    ready: async (page) => {
      await page.locator('[data-testid="headline-grid"]').waitFor({ state: "visible", timeout: 15_000 });
      await chartsReady(["forecast-chart", "domain-margin-chart", "domain-roi-chart", "platform-roi-chart"])(page);
    },
  },
  {
    name: "data",
    path: "/data",
    ready: async (page) => {
      for (const id of ["import-title", "history-title", "export-title"]) await page.locator(`#${id}`).waitFor({ state: "visible" });
    },
  },
  { name: "goals", path: "/goals", ready: visible("goal-list") },
  { name: "benchmarks", path: "/benchmarks", ready: visible("set-detail") },
  { name: "funnels", path: "/funnels", ready: chartsReady(["ttc-chart-2"]) },
  { name: "audience", path: "/audience", ready: chartsReady(["tier-share-chart"]) },
  { name: "content", path: "/content", ready: chartsReady(["dwell-chart"]) },
  { name: "retention", path: "/retention", ready: chartsReady(["retention-curves"]) },
  { name: "ai", path: "/ai", ready: chartsReady(["scorecard-chart"]) },
  { name: "settings", path: "/settings", ready: visible("settings-audit") },
  { name: "account", path: "/account", ready: visible("membership-list") },
  { name: "signin", path: "/signin", ready: visible("demo-credentials"), as: null },
];

// A dry run of a canonical CSV with one rejected row, so the preview shows its
// counts, its table and a rejected row. Dates long before the demo data; a dry
// run writes nothing.
const PREVIEW_CSV = [
  "date,platform,account,impressions,reach,views,clicks,likes,comments,shares,saves,follows,unfollows,followers,profile_visits,watch_seconds,spend,revenue,conversions,cost",
  "2021-06-01,douyin,e2e_a11y,1000,,,50,10,2,1,,3,,,,,10.50,,,",
  "2021-06-02,douyin,e2e_a11y,12x,,,60,10,2,1,,3,,,,,12.00,,,",
  "",
].join("\n");

/** Every violation seen (any impact), printed at the end as a summary. */
const seen: string[] = [];

function record(state: string, violations: Result[]): void {
  for (const v of violations) seen.push(`${state}: ${v.id} (${v.impact}) × ${v.nodes.length}`);
}

async function expectNoBlockingViolations(page: Page, state: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  const violations = await axeViolations(page);
  record(state, violations);
  const failing = violations.filter((v) => blocking([v]).length > 0 || ALWAYS_FAILING.has(v.id));
  await mkdir(SHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOT_DIR, `${state}.png`), fullPage: true });
  // The ids only: the message already says everything, and the raw results would bury it.
  expect(failing.map((v) => v.id), `axe-core on ${state}:\n${describeViolations(failing)}`).toEqual([]);
}

describe.skipIf(chromiumPath === null)("accessibility (axe-core)", () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kpi-e2e-a11y-"));
    await writeFile(path.join(dir, "preview.csv"), PREVIEW_CSV);
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    if (seen.length > 0) console.log(`[a11y] violations of any impact seen:\n${seen.join("\n")}`);
  });

  const open = (url: string, { language, viewport, theme }: (typeof CASES)[number], as?: Role | null) =>
    openPage(browser, `${baseURL}${url}`, {
      as,
      locale: language.locale,
      width: viewport.width,
      height: viewport.height,
      colorScheme: theme,
      cookies: { locale: language.locale, theme },
    });

  describe.each(PAGES)("$path", (target) => {
    it.each(CASES)("$language.locale, $viewport.width px, $theme", async (testCase) => {
      const opened = await open(target.path, testCase, target.as);
      try {
        expect(opened.response?.status()).toBe(200);
        await target.ready(opened.page);
        expect(await opened.page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(testCase.theme === "dark");
        expect(await opened.page.locator("html").getAttribute("lang")).toBe(testCase.language.locale);
        await expectNoBlockingViolations(opened.page, `${target.name}-${testCase.language.short}-${testCase.viewport.width}-${testCase.theme}`);
      } finally {
        await opened.close();
      }
    });
  });

  describe("/data with an import preview", () => {
    it.each(CASES)("$language.locale, $viewport.width px, $theme", async (testCase) => {
      const opened = await open("/data", testCase);
      const { page } = opened;
      try {
        expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(testCase.theme === "dark");
        await page.locator('[data-testid="drop-zone"][data-ready="true"]').waitFor();
        await page.locator('[data-testid="file-input"]:enabled').setInputFiles(path.join(dir, "preview.csv"));
        await page.locator('[data-testid="import-preview"]').waitFor({ state: "visible", timeout: 30_000 });
        await page.locator('[data-testid="upload-status"]').waitFor({ state: "detached" });
        expect(await page.locator('[data-testid="rejected-row"]').count()).toBe(1);
        await expectNoBlockingViolations(page, `data-preview-${testCase.language.short}-${testCase.viewport.width}-${testCase.theme}`);
      } finally {
        await opened.close();
      }
    });
  });
});

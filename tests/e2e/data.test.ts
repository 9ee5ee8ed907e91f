// The data page (/data) in a real browser: both languages, both themes,
// desktop and phone widths; then the whole import round trip on a canonical
// CSV made here (dry run with a rejected row, commit only with "skip
// rejected", the KPI API following the rows, a re-upload that changes
// nothing, an undo refused while a later import touches the same rows, undo
// newest first, figures back), the real TikTok overview export (year and
// account asked for), a custom column mapping saved as a preset, and API
// tokens, which live on /settings now (create, push with curl's request,
// revoke, refused).
import Database from "better-sqlite3";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sqlitePathFromUrl } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { data } from "@/lib/i18n/messages/data";
import { BUILT_IN_PRESETS } from "@/lib/ingest/presets";
import { KpisResponse } from "@/lib/schemas/api/kpis";
import { apiGet, launchBrowser, openPage, saveScreenshot as saveFullPage, type OpenedPage } from "./browser";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

const LANGUAGES = [
  { locale: "zh-CN", short: "zh", reason: "不是整数" },
  { locale: "en", short: "en", reason: "not a whole number" },
] as const;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const THEMES = ["light", "dark"] as const;
const CASES = LANGUAGES.flatMap((language) => VIEWPORTS.flatMap((viewport) => THEMES.map((theme) => ({ language, viewport, theme }))));

const TIKTOK_OVERVIEW = path.resolve(import.meta.dirname, "../../../shared/realdata/tiktok_overview_en.csv");

// ---- fixtures ------------------------------------------------------------------------------

// Days long before the demo data, on two accounts that do not exist yet, so
// the KPI API's figures for them come from these rows alone.
const FROM = "2021-03-01";
const TO = "2021-03-02";
const HEADER = "date,platform,account,impressions,reach,views,clicks,likes,comments,shares,saves,follows,unfollows,followers,profile_visits,watch_seconds,spend,revenue,conversions,cost";
const canonicalRow = (day: string, platform: string, account: string, impressions: string, clicks: number, spend: string) =>
  `${day},${platform},${account},${impressions},,,${clicks},10,2,1,,3,,,,,${spend},,,`;

/** Four data rows: three valid, one (line 5) with "12x" impressions. Valid rows: impressions 1000 + 1200 + 400 = 2600, clicks 50 + 60 + 20 = 130, spend 10.50 + 12.00 + 4.25 = 26.75. */
const FIRST_CSV = [
  HEADER,
  canonicalRow(FROM, "douyin", "e2e_data_alpha", "1000", 50, "10.50"),
  canonicalRow(TO, "douyin", "e2e_data_alpha", "1200", 60, "12.00"),
  canonicalRow(FROM, "weibo", "e2e_data_beta", "400", 20, "4.25"),
  canonicalRow(TO, "weibo", "e2e_data_beta", "12x", 25, "5.00"),
  "",
].join("\n");

/** The same account-days with other impressions on two of them: updates 2, leaves 1 unchanged. Impressions 1500 + 1200 + 400 = 3100. */
const SECOND_CSV = [
  HEADER,
  canonicalRow(FROM, "douyin", "e2e_data_alpha", "1500", 50, "10.50"),
  canonicalRow(TO, "douyin", "e2e_data_alpha", "1200", 61, "12.00"),
  canonicalRow(FROM, "weibo", "e2e_data_beta", "400", 20, "4.25"),
  "",
].join("\n");

/** A layout no preset knows (German column names), for the mapping step. */
const MAPPED_CSV = ["Tag,Konto,Anzeigen,Klicks,Notiz", "2021-04-01,e2e_map,700,35,a", "2021-04-02,e2e_map,800,40,b", ""].join("\n");

/**
 * Year-less dates in the TikTok overview layout, not in date order (so the
 * year is a guess): 3 March, 5 January, 29 February, 1 March on lines 2–5.
 * With 2025 the latest date is 3 March 2025 and line 4 is a 29 February
 * 2025 does not have (a warning and a rejected row).
 */
const TIKTOK_HEADER = '"Date","Video Views","Profile Views","Likes","Comments","Shares"';
const SHUFFLED_CSV = [TIKTOK_HEADER, '"March 3","100","1","2","0","0"', '"January 5","110","1","2","0","0"', '"February 29","120","1","2","0","0"', '"March 1","130","1","2","0","0"', ""].join("\n");
/** Daily year-less rows in order that step from 28 February to 1 March (lines 3 and 4): 2024 is a leap year, so its 29 February is missing. */
const LEAP_GAP_CSV = [TIKTOK_HEADER, '"February 27","100","1","2","0","0"', '"February 28","110","1","2","0","0"', '"March 1","120","1","2","0","0"', '"March 2","130","1","2","0","0"', ""].join("\n");
/** A header that shares one column with a preset (X's daily overview): below the minimum detection score, so the mapping step. */
const WEAK_CSV = ["Date,Impressions,Note", "2021-06-01,100,a", "2021-06-02,120,b", "2021-06-03,90,c", ""].join("\n");

/** Server work behind a poll (a dev or cold server can take seconds). */
const POLL = { timeout: 15_000 };

let dir: string;
const fixture = (name: string) => path.join(dir, name);

// ---- helpers -------------------------------------------------------------------------------

async function kpis(): Promise<KpisResponse> {
  const response = await apiGet(`${baseURL}/api/v1/kpis?from=${FROM}&to=${TO}&platform=douyin,weibo`);
  expect(response.status).toBe(200);
  return KpisResponse.parse(await response.json());
}

/** The stored rows of the fixture accounts, in plain SQL. */
function storedRows(): { impressions: number; clicks: number } {
  const db = new Database(sqlitePathFromUrl(inject("databaseUrl")), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT COALESCE(SUM(d.impressions), 0) AS impressions, COALESCE(SUM(d.clicks), 0) AS clicks FROM "DailyMetric" d JOIN "Account" a ON a.id = d."accountId"
         WHERE a.handle IN ('e2e_data_alpha', 'e2e_data_beta') AND d.day BETWEEN ? AND ?`,
      )
      .get(FROM, TO) as { impressions: number; clicks: number };
  } finally {
    db.close();
  }
}

/**
 * The year the server suggests for year-less dates whose latest is `month`-`day`:
 * the latest year keeping that date on or before today in the workspace's
 * time zone, worked out here from the workspace row and the pinned test clock
 * (the server's process clock is fixed to the same instant).
 */
function likelyYear(month: number, day: number): number {
  const db = new Database(sqlitePathFromUrl(inject("databaseUrl")), { readonly: true });
  let timeZone: string;
  try {
    timeZone = (db.prepare(`SELECT "timeZone" FROM "Workspace" ORDER BY id LIMIT 1`).get() as { timeZone: string }).timeZone;
  } finally {
    db.close();
  }
  const today = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(inject("now")));
  const [year, todayMonth, todayDay] = today.split("-").map(Number) as [number, number, number];
  return month < todayMonth || (month === todayMonth && day <= todayDay) ? year : year - 1;
}

/** A full-page screenshot from the top (scrolled, the sticky header would be drawn mid-page). */
async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveFullPage(page, name);
}

/** Waits until the page is interactive (hydrated): before, typing and choosing files would be ignored. */
async function interactive(page: Page): Promise<void> {
  await page.locator('[data-testid="drop-zone"][data-ready="true"]').waitFor();
}

async function upload(page: Page, file: string): Promise<void> {
  await interactive(page);
  await page.locator('[data-testid="file-input"]:enabled').setInputFiles(file);
  await page.locator('[data-testid="import-preview"]').waitFor({ state: "visible", timeout: 30_000 });
  await page.locator('[data-testid="upload-status"]').waitFor({ state: "detached" });
}

async function counts(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const key of ["rows", "inserted", "updated", "unchanged", "rejected", "skipped"]) {
    out[key] = Number(await page.locator(`[data-testid="count-${key}"]`).getAttribute("data-value"));
  }
  return out;
}

async function commit(page: Page): Promise<number> {
  await page.locator('[data-testid="commit-button"]').click();
  const result = page.locator('[data-testid="commit-result"]');
  await result.waitFor({ state: "visible", timeout: 30_000 });
  return Number(await result.getAttribute("data-batch"));
}

const historyRow = (page: Page, batch: number) => page.locator(`[data-testid="history-row"][data-batch="${batch}"]`);

async function undo(page: Page, batch: number): Promise<string> {
  const row = historyRow(page, batch);
  await row.locator('[data-testid="undo-button"]').click();
  await row.locator('[data-testid="undo-confirm"]').click();
  const outcome = page.locator('[data-testid="undo-outcome"]');
  await outcome.waitFor({ state: "visible" });
  return outcome.innerText();
}

async function noHorizontalScroll(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

async function push(secret: string, dryRun: boolean): Promise<number> {
  const response = await fetch(`${baseURL}/api/v1/metrics${dryRun ? "?dryRun=true" : ""}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" },
    body: JSON.stringify({ rows: [{ date: "2021-05-01", platform: "douyin", account: "e2e_api", impressions: 900, clicks: 45, spend: "9.90" }] }),
  });
  await response.body?.cancel();
  return response.status;
}

// ---- tests ---------------------------------------------------------------------------------

describe.skipIf(chromiumPath === null)("data page", () => {
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kpi-e2e-data-"));
    await writeFile(fixture("first.csv"), FIRST_CSV);
    await writeFile(fixture("second.csv"), SECOND_CSV);
    await writeFile(fixture("mapped.csv"), MAPPED_CSV);
    await writeFile(fixture("shuffled.csv"), SHUFFLED_CSV);
    await writeFile(fixture("leap-gap.csv"), LEAP_GAP_CSV);
    await writeFile(fixture("weak.csv"), WEAK_CSV);
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("imports a canonical CSV: preview, skip rejected, commit, KPIs follow, re-upload unchanged, undo newest first", async () => {
    const before = await kpis();
    expect(storedRows()).toEqual({ impressions: 0, clicks: 0 });
    const opened: OpenedPage = await openPage(browser, `${baseURL}/data`, { locale: "en", width: 1280, height: 800, colorScheme: "light", cookies: { locale: "en", theme: "light" } });
    const { page, errors } = opened;
    try {
      // 1. The dry run: 4 rows, 3 new, 1 rejected (line 5, impressions "12x"), two new accounts, 2 days.
      await upload(page, fixture("first.csv"));
      expect(await counts(page)).toEqual({ rows: 4, inserted: 3, updated: 0, unchanged: 0, rejected: 1, skipped: 0 });
      const dates = page.locator('[data-testid="preview-dates"]');
      expect([await dates.getAttribute("data-from"), await dates.getAttribute("data-to")]).toEqual([FROM, TO]);
      const accounts = page.locator('[data-testid="preview-account"]');
      expect(await accounts.count()).toBe(2);
      expect(await accounts.evaluateAll((els) => els.map((e) => e.getAttribute("data-new")))).toEqual(["true", "true"]);
      expect(await page.locator('[data-testid="rejected-reason"]').innerText()).toBe("not a whole number");
      expect(await page.locator('[data-testid="sample-table"] tbody tr').count()).toBe(3);
      expect(storedRows()).toEqual({ impressions: 0, clicks: 0 });

      // 2. Commit stays disabled until the rejected row is knowingly skipped.
      const button = page.locator('[data-testid="commit-button"]');
      expect(await button.isDisabled()).toBe(true);
      await page.locator('[data-testid="skip-rejected"]').check();
      expect(await button.isEnabled()).toBe(true);
      await saveScreenshot(page, "data-preview-state");
      const first = await commit(page);
      expect(await page.locator('[data-testid="commit-result"]').innerText()).toContain(`#${first}`);

      // 3. The history shows the batch; the KPI API and the table now hold the three valid rows.
      const row = historyRow(page, first);
      await row.waitFor({ state: "visible" });
      expect(await row.getAttribute("data-status")).toBe("committed");
      expect(await row.locator('[data-testid="history-counts"]').innerText()).toContain("3 new");
      expect(await row.locator('[data-testid="history-counts"]').innerText()).toContain("rejected rows skipped");
      expect(storedRows()).toEqual({ impressions: 2600, clicks: 130 });
      const after = await kpis();
      expect(after.totals.impressions).toBe((before.totals.impressions ?? 0) + 2600);
      expect(after.totals.clicks).toBe((before.totals.clicks ?? 0) + 130);
      expect(after.totals.spendMinor).toBe((before.totals.spendMinor ?? 0) + 2675);
      expect(after.kpis.ctr).toBeCloseTo(130 / 2600, 12);

      // 4. The same file again changes nothing: every valid row is unchanged, and the page says it was imported before.
      await upload(page, fixture("first.csv"));
      expect(await counts(page)).toEqual({ rows: 4, inserted: 0, updated: 0, unchanged: 3, rejected: 1, skipped: 0 });
      await page.locator('[data-testid="previous-import"]').waitFor({ state: "visible" });
      expect(await page.locator('[data-testid="previous-import"]').innerText()).toContain(`#${first}`);

      // 5. A later file changes two of the same rows: 2 updated, 1 unchanged, no rejected rows (commit enabled at once).
      await upload(page, fixture("second.csv"));
      expect(await counts(page)).toEqual({ rows: 3, inserted: 0, updated: 2, unchanged: 1, rejected: 0, skipped: 0 });
      expect(await page.locator('[data-testid="skip-rejected"]').count()).toBe(0);
      const second = await commit(page);
      expect(second).toBeGreaterThan(first);
      await historyRow(page, second).waitFor({ state: "visible" });
      expect(storedRows()).toEqual({ impressions: 3100, clicks: 131 });

      // 6. Undoing the first import is refused while the second touches its rows; the server's reason is shown.
      const refused = await undo(page, first);
      expect(refused).toContain(`#${first}`);
      expect(refused).toContain(String(second));
      expect(await historyRow(page, first).getAttribute("data-status")).toBe("committed");
      expect(storedRows()).toEqual({ impressions: 3100, clicks: 131 });

      // 7. Newest first: undo the second (values restored), then the first (rows gone); the figures are back.
      expect(await undo(page, second)).toContain(`#${second}`);
      await expect.poll(() => historyRow(page, second).getAttribute("data-status"), POLL).toBe("undone");
      expect(storedRows()).toEqual({ impressions: 2600, clicks: 130 });
      expect(await undo(page, first)).toContain(`#${first}`);
      await expect.poll(() => historyRow(page, first).getAttribute("data-status"), POLL).toBe("undone");
      expect(await historyRow(page, first).locator('[data-testid="undo-button"]').count()).toBe(0);
      expect(storedRows()).toEqual({ impressions: 0, clicks: 0 });
      const undone = await kpis();
      expect(undone.totals.impressions).toBe(before.totals.impressions);
      expect(undone.totals.clicks).toBe(before.totals.clicks);

      // The only console errors are the browser's note of the refused undo (HTTP 409).
      expect(errors.filter((e) => !/status of 409/.test(e))).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("asks for the year and the account of the real TikTok overview export, then previews it cleanly (zh-CN, 390 px, dark)", async () => {
    const m = data["zh-CN"];
    const opened = await openPage(browser, `${baseURL}/data`, { locale: "zh-CN", width: 390, height: 844, colorScheme: "dark", cookies: { locale: "zh-CN", theme: "dark" } });
    const { page, errors } = opened;
    try {
      await upload(page, TIKTOK_OVERVIEW);
      expect(await page.locator('[data-testid="detected-preset"]').getAttribute("data-preset")).toBe("tiktok_overview");
      expect(await page.locator('[data-testid="detected-preset"]').innerText()).toContain("TikTok");
      expect(await page.locator('[data-testid="import-preview"]').getAttribute("data-status")).toBe("needs_input");
      expect(await page.locator('[data-testid="preview-status"]').innerText()).toContain(m.needs.year);
      const year = page.locator('[data-testid="need-year"]');
      const account = page.locator('[data-testid="need-account"]');
      await year.waitFor({ state: "visible" });
      await account.waitFor({ state: "visible" });
      expect(await page.locator('[data-testid="commit-button"]').count()).toBe(0);
      // The year is prefilled with the likely one (the last row, 18 April, on or before today), labelled as such.
      const likely = likelyYear(4, 18);
      expect(await year.inputValue()).toBe(String(likely));
      const suggested = page.locator('[data-testid="need-year-suggested"]');
      expect(await suggested.getAttribute("data-year")).toBe(String(likely));
      expect(await suggested.innerText()).toContain(fill(m.needs.yearSuggested, { year: likely }));
      // The preview says how the dates will be read: in the file's order, oldest first.
      expect(await page.locator('[data-testid="yearless-dates"]').getAttribute("data-rule")).toBe("file_order_ascending");
      expect(await page.locator('[data-testid="yearless-rule"]').innerText()).toContain(m.preview.yearless.askAscending);
      await saveScreenshot(page, "data-tiktok-needs-zh-390-dark");

      await year.fill("2025");
      await account.fill("e2e_tiktok");
      await page.locator('[data-testid="needs-apply"]').click();
      await expect.poll(() => page.locator('[data-testid="import-preview"]').getAttribute("data-status"), POLL).toBe("ready");
      const c = await counts(page);
      expect(c.rejected).toBe(0);
      expect(c.rows).toBe(7);
      expect(c.inserted).toBe(7);
      const dates = page.locator('[data-testid="preview-dates"]');
      expect(await dates.getAttribute("data-from")).toBe("2025-04-12");
      expect(await dates.getAttribute("data-to")).toBe("2025-04-18");
      // The typed year is kept and the rule line names it.
      expect(await year.inputValue()).toBe("2025");
      expect(await page.locator('[data-testid="yearless-dates"]').getAttribute("data-year")).toBe("2025");
      expect(await page.locator('[data-testid="yearless-rule"]').innerText()).toContain(fill(m.preview.yearless.file_order_ascending, { year: 2025 }));
      expect(await page.locator('[data-testid="preview-notes"] [data-code="yearless_dates"]').count()).toBe(0);
      expect(await page.locator('[data-testid="commit-button"]').isEnabled()).toBe(true);
      await noHorizontalScroll(page, 390);
      await saveScreenshot(page, "data-tiktok-ready-zh-390-dark");
      expect(errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it.each([
    { locale: "en", short: "en", width: 1280, height: 800, theme: "light" },
    { locale: "zh-CN", short: "zh", width: 1280, height: 800, theme: "light" },
    { locale: "en", short: "en", width: 390, height: 844, theme: "dark" },
  ] as const)("$locale, $width px, $theme: the real TikTok overview's likely year is prefilled; confirming it previews that year", async ({ locale, short, width, height, theme }) => {
    const m = data[locale];
    const opened = await openPage(browser, `${baseURL}/data`, { locale, width, height, colorScheme: theme, cookies: { locale, theme } });
    const { page, errors } = opened;
    const name = `${short}-${width}-${theme}`;
    try {
      await upload(page, TIKTOK_OVERVIEW);
      const likely = likelyYear(4, 18);
      const year = page.locator('[data-testid="need-year"]');
      expect(await year.inputValue()).toBe(String(likely));
      expect(await page.locator('[data-testid="need-year-suggested"]').innerText()).toContain(fill(m.needs.yearSuggested, { year: likely }));
      expect(await page.locator('[data-testid="yearless-rule"]').innerText()).toContain(m.preview.yearless.askAscending);
      await noHorizontalScroll(page, width);
      await saveScreenshot(page, `data-tiktok-year-${name}`);

      // Confirm the suggestion as it is: only the account is typed.
      await page.locator('[data-testid="need-account"]').fill("e2e_tiktok_confirm");
      await page.locator('[data-testid="needs-apply"]').click();
      await expect.poll(() => page.locator('[data-testid="import-preview"]').getAttribute("data-status"), POLL).toBe("ready");
      expect(await page.locator('[data-testid="preview-dates"]').getAttribute("data-from")).toBe(`${likely}-04-12`);
      expect(await page.locator('[data-testid="preview-dates"]').getAttribute("data-to")).toBe(`${likely}-04-18`);
      expect(await page.locator('[data-testid="yearless-dates"]').getAttribute("data-year")).toBe(String(likely));
      expect(await page.locator('[data-testid="yearless-rule"]').innerText()).toContain(fill(m.preview.yearless.file_order_ascending, { year: likely }));
      expect(await page.locator('[data-testid="yearless-warning"]').count()).toBe(0);
      await noHorizontalScroll(page, width);
      await saveScreenshot(page, `data-tiktok-rule-${name}`);
      expect(errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("says when year-less rows out of date order make the year a guess, and names the rows of a 29 February the year lacks or skips", async () => {
    const m = data.en;
    const opened = await openPage(browser, `${baseURL}/data`, { locale: "en", width: 1280, height: 800, colorScheme: "light", cookies: { locale: "en", theme: "light" } });
    const { page, errors } = opened;
    try {
      await upload(page, fixture("shuffled.csv"));
      expect(await page.locator('[data-testid="yearless-dates"]').getAttribute("data-rule")).toBe("largest_gap_guess");
      expect(await page.locator('[data-testid="yearless-rule"]').innerText()).toContain(m.preview.yearless.askGuess);
      await page.locator('[data-testid="need-year"]').fill("2025");
      await page.locator('[data-testid="need-account"]').fill("e2e_shuffled");
      await page.locator('[data-testid="needs-apply"]').click();
      await expect.poll(() => page.locator('[data-testid="import-preview"]').getAttribute("data-status"), POLL).toBe("has_errors");
      expect(await page.locator('[data-testid="yearless-dates"]').getAttribute("data-year")).toBe("2025");
      expect(await page.locator('[data-testid="yearless-rule"]').innerText()).toContain(fill(m.preview.yearless.largest_gap_guess, { year: 2025 }));
      const warning = page.locator('[data-testid="yearless-warning"]');
      expect(await warning.count()).toBe(1);
      expect(await warning.getAttribute("data-code")).toBe("feb_29_not_in_year");
      expect(await warning.getAttribute("data-lines")).toBe("4");
      expect(await warning.innerText()).toContain("line 4");
      expect(await page.locator('[data-testid="rejected-row"]').getAttribute("data-row")).toBe("4");
      const dates = page.locator('[data-testid="preview-dates"]');
      expect([await dates.getAttribute("data-from"), await dates.getAttribute("data-to")]).toEqual(["2025-01-05", "2025-03-03"]);
      await saveScreenshot(page, "data-yearless-guess-en-1280-light");

      // In order, but 28 February → 1 March of a leap year: a warning naming both lines; the rows are still imported.
      await upload(page, fixture("leap-gap.csv"));
      expect(await page.locator('[data-testid="yearless-dates"]').getAttribute("data-rule")).toBe("file_order_ascending");
      await page.locator('[data-testid="need-year"]').fill("2024");
      await page.locator('[data-testid="need-account"]').fill("e2e_leap");
      await page.locator('[data-testid="needs-apply"]').click();
      await expect.poll(() => page.locator('[data-testid="import-preview"]').getAttribute("data-status"), POLL).toBe("ready");
      expect(await warning.getAttribute("data-code")).toBe("feb_29_missing");
      expect(await warning.getAttribute("data-lines")).toBe("3,4");
      expect(await warning.innerText()).toContain("Lines 3 and 4");
      expect((await counts(page)).inserted).toBe(4);
      expect(errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("a header that only weakly resembles a preset goes to the mapping step, which says which layout came closest, its score and the minimum", async () => {
    const m = data.en;
    const opened = await openPage(browser, `${baseURL}/data`, { locale: "en", width: 1280, height: 800, colorScheme: "light", cookies: { locale: "en", theme: "light" } });
    const { page, errors } = opened;
    try {
      await upload(page, fixture("weak.csv"));
      expect(await page.locator('[data-testid="import-preview"]').getAttribute("data-status")).toBe("unknown_layout");
      await page.locator('[data-testid="mapping-editor"]').waitFor({ state: "visible" });
      const sentence = page.locator('[data-testid="detection-below-minimum"]');
      await sentence.waitFor({ state: "visible" });
      const key = await sentence.getAttribute("data-preset");
      const score = Number(await sentence.getAttribute("data-score"));
      const min = Number(await sentence.getAttribute("data-min"));
      expect(key).toBe("x_overview");
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThan(min);
      const pct = (n: number) => new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 0 }).format(n);
      const best = BUILT_IN_PRESETS.find((p) => p.key === key);
      expect(await sentence.innerText()).toBe(fill(m.mapping.belowMinimum, { preset: best?.nameEn ?? "?", score: pct(score), min: pct(min) }));
      await saveScreenshot(page, "data-weak-layout-en-1280-light");
      expect(errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("maps the columns of an unknown layout, previews with the mapping and saves it as a preset", async () => {
    const opened = await openPage(browser, `${baseURL}/data`, { locale: "en", width: 1280, height: 800, colorScheme: "light", cookies: { locale: "en", theme: "light" } });
    const { page, errors } = opened;
    try {
      await upload(page, fixture("mapped.csv"));
      expect(await page.locator('[data-testid="import-preview"]').getAttribute("data-status")).toBe("unknown_layout");
      const editor = page.locator('[data-testid="mapping-editor"]');
      await editor.waitFor({ state: "visible" });
      await page.locator('[data-testid="mapping-date"]').selectOption("Tag");
      await page.locator('[data-testid="mapping-platform"]').selectOption("douyin");
      await editor.getByLabel("Named in a column").check();
      await page.locator('[data-testid="mapping-account-column"]').selectOption("Konto");
      await page.locator('[data-testid="mapping-measure"][data-header="Anzeigen"]').selectOption("impressions");
      await page.locator('[data-testid="mapping-measure"][data-header="Klicks"]').selectOption("clicks");
      await page.locator('[data-testid="mapping-preview"]').click();
      await expect.poll(() => page.locator('[data-testid="import-preview"]').getAttribute("data-status"), POLL).toBe("ready");
      expect(await counts(page)).toEqual({ rows: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0, skipped: 0 });
      expect(await page.locator('[data-testid="sample-table"] tbody tr').first().innerText()).toContain("e2e_map");

      await page.locator('[data-testid="preset-name"]').fill("E2E German daily");
      await page.locator('[data-testid="preset-save"]').click();
      await page.locator('[data-testid="preset-saved"]').waitFor({ state: "visible" });
      await expect
        .poll(() => page.locator('[data-testid="preset-select"] option').allInnerTexts(), POLL)
        .toContain("E2E German daily");
      await saveScreenshot(page, "data-mapping-en-1280-light");

      // Saved: the same columns are now recognised without the editor.
      await upload(page, fixture("mapped.csv"));
      await expect.poll(() => page.locator('[data-testid="detected-preset"]').getAttribute("data-via"), POLL).toBe("saved");
      expect(await page.locator('[data-testid="import-preview"]').getAttribute("data-status")).toBe("ready");
      const batch = await commit(page);
      await historyRow(page, batch).waitFor({ state: "visible" });
      expect(await historyRow(page, batch).getAttribute("data-status")).toBe("committed");
      expect(await historyRow(page, batch).innerText()).toContain("E2E German daily");
      expect(errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("creates an API token shown once, pushes rows with it, revokes it, and is refused after", async () => {
    const opened = await openPage(browser, `${baseURL}/settings#tokens`, { locale: "en", width: 1280, height: 800, colorScheme: "light", cookies: { locale: "en", theme: "light" } });
    const { page, errors } = opened;
    try {
      await page.locator('[data-testid="token-form"][data-ready="true"]').waitFor();
      await page.locator('[data-testid="token-name"]').fill("E2E pusher");
      await page.locator('[data-testid="token-create"]').click();
      const created = page.locator('[data-testid="token-created"]');
      await created.waitFor({ state: "visible" });
      const secret = await page.locator('[data-testid="token-secret"]').inputValue();
      expect(secret).toMatch(/^kpi_[A-Za-z0-9_-]{20,}$/);
      expect(await page.locator('[data-testid="curl-example"]').innerText()).toContain(`Bearer ${secret}`);
      const row = page.locator('[data-testid="token-row"]', { hasText: "E2E pusher" });
      await row.waitFor({ state: "visible" });
      expect(await row.innerText()).toContain(secret.slice(0, 12));
      expect(await row.innerText()).not.toContain(secret);

      expect(await push(secret, true)).toBe(200);
      expect(await push(secret, false)).toBe(201);

      await row.locator('[data-testid="token-revoke"]').click();
      await row.locator('[data-testid="token-revoke-confirm"]').click();
      await expect.poll(() => row.getAttribute("data-revoked"), POLL).toBe("true");
      expect(await push(secret, true)).toBe(401);

      // Once the page is left, the token is never shown again.
      await page.reload();
      expect(await page.locator('[data-testid="token-secret"]').count()).toBe(0);
      expect(await page.locator("body").innerText()).not.toContain(secret);
      expect(errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
  it.each(CASES)("$language.locale, $viewport.width px, $theme: the page, and a dry run in the page's language", async ({ language, viewport, theme }) => {
    const m = data[language.locale];
    const opened = await openPage(browser, `${baseURL}/data`, {
      locale: language.locale,
      width: viewport.width,
      height: viewport.height,
      colorScheme: theme,
      cookies: { locale: language.locale, theme },
    });
    const { page, response, errors } = opened;
    const name = `${language.short}-${viewport.width}-${theme}`;
    let previewShot = false;
    try {
      expect(response?.status()).toBe(200);
      expect(await page.locator("html").getAttribute("lang")).toBe(language.locale);
      expect(await page.locator("h1").innerText()).toBe(m.title);
      for (const id of ["import-title", "history-title", "export-title"]) await page.locator(`#${id}`).waitFor({ state: "visible" });
      expect(await page.locator('[data-testid="template-link"]').getAttribute("href")).toBe("/api/v1/export/template");
      await page.waitForLoadState("networkidle");
      await noHorizontalScroll(page, viewport.width);
      await saveScreenshot(page, `data-${name}`);

      // A dry run writes nothing and speaks the page's language.
      await upload(page, fixture("first.csv"));
      previewShot = true;
      expect(await page.locator('[data-testid="detected-preset"]').getAttribute("data-preset")).toBe("canonical");
      const rejected = page.locator('[data-testid="rejected-row"]');
      expect(await rejected.count()).toBe(1);
      expect(await rejected.getAttribute("data-row")).toBe("5");
      expect(await rejected.getAttribute("data-column")).toBe("impressions");
      expect(await rejected.locator('[data-testid="rejected-reason"]').innerText()).toBe(language.reason);
      expect(await page.locator('[data-testid="commit-button"]').isDisabled()).toBe(true);
      await noHorizontalScroll(page, viewport.width);
      expect(errors).toEqual([]);
    } finally {
      if (previewShot) await saveScreenshot(page, `data-preview-${name}`);
      else await saveScreenshot(page, `data-${name}`);
      await opened.close();
    }
  });
});

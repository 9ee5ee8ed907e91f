// Editing content tests on /content in a real browser, as an analyst: a bad
// start day is refused next to its field with what was typed kept; the new
// test is then created and selected; two posts in no test are assigned to two
// variants from the top-content table and the test shows both variants with
// the API's counts; the test is deleted and its posts are in no test again.
// Whatever fails, the test is removed afterwards so the other files see the
// demo data as seeded.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ContentItemsResponse } from "@/lib/schemas/api/content-items";
import { ContentTestListResponse, ContentTestResponse } from "@/lib/schemas/api/content-tests";
import { apiGet, apiWrite, launchBrowser, openPage, saveScreenshot } from "./browser";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

const NAME = "E2E hook wording";
const KEY = "e2e-hook-wording";

async function tests(): Promise<ContentTestListResponse["tests"]> {
  const response = await apiGet(`${baseURL}/api/v1/content/tests`, "analyst");
  expect(response.status).toBe(200);
  return ContentTestListResponse.parse(await response.json()).tests;
}

describe.skipIf(chromiumPath === null)("editing content tests on /content", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(async () => {
    const left = (await tests()).find((t) => t.key === KEY);
    if (left) await apiWrite(`${baseURL}/api/v1/content/tests/${left.id}`, { method: "DELETE" }, "analyst");
    await browser?.close();
  });

  it("an analyst creates a test, assigns two posts to two variants, sees both, and deletes the test (en, 1280 px)", async () => {
    const opened = await openPage(browser, `${baseURL}/content`, { locale: "en", width: 1280, height: 900, cookies: { locale: "en" }, as: "analyst" });
    const { page } = opened;
    try {
      const form = page.locator('[data-testid="new-test-form"][data-ready="true"]');
      await form.waitFor();
      await form.locator('[data-testid="new-test-name"]').fill(NAME);
      await form.locator('[data-testid="new-test-controlVariant"]').fill("A");
      await form.locator('[data-testid="new-test-startDay"]').fill("2020-02-30");
      await form.locator('[data-testid="new-test-submit"]').click();

      // refused next to the field, what was typed kept, nothing created
      const startDay = form.locator('[data-testid="new-test-startDay"]');
      await page.locator('[data-testid="new-test-startDay"][aria-invalid="true"]').waitFor();
      expect(await form.locator('[data-testid="field-error"]').count()).toBe(1);
      expect(await form.locator('[data-testid="field-error"]').innerText()).toContain("YYYY-MM-DD");
      expect(await startDay.inputValue()).toBe("2020-02-30");
      expect(await form.locator('[data-testid="new-test-name"]').inputValue()).toBe(NAME);
      expect((await tests()).some((t) => t.key === KEY)).toBe(false);

      // an early start keeps the demo's newest test the page's default for the other files
      await startDay.fill("2020-01-06");
      await form.locator('[data-testid="new-test-submit"]').click();
      await page.waitForURL((url) => url.searchParams.get("test") === KEY);
      await page.locator(`[data-testid="content-page"][data-test="${KEY}"]`).waitFor();
      const created = (await tests()).find((t) => t.key === KEY)!;
      expect(created).toMatchObject({ name: NAME, controlVariant: "A", startDay: "2020-01-06", items: 0 });

      // two posts in no test, from the top-content table
      const free = page.locator('[data-testid="top-row"][data-test-key=""]');
      expect(await free.count()).toBeGreaterThanOrEqual(2);
      const ids = [(await free.nth(0).getAttribute("data-id"))!, (await free.nth(1).getAttribute("data-id"))!];
      for (const [externalId, variant] of [[ids[0], "A"], [ids[1], "B"]] as const) {
        const row = page.locator(`[data-testid="top-row"][data-id="${externalId}"]`);
        await row.locator('[data-testid="assign-variant"]').fill(variant);
        await row.locator('[data-testid="assign-submit"]').click();
        await row.locator('[data-testid="assign-done"]').waitFor();
      }
      await page.locator('[data-testid="variant-row"][data-variant="B"]').waitFor();
      const report = ContentTestResponse.parse(await (await apiGet(`${baseURL}/api/v1/content/tests/${created.id}`, "analyst")).json());
      expect(report.variants.map((v) => [v.variant, v.isControl, v.items])).toEqual([["A", true, 1], ["B", false, 1]]);
      expect(await page.locator('[data-testid="variant-row"]').count()).toBe(2);
      for (const v of ["A", "B"]) {
        expect((await page.locator(`[data-testid="variant-row"][data-variant="${v}"] [data-column="items"]`).innerText()).trim()).toBe("1");
      }
      for (const externalId of ids) {
        expect(await page.locator(`[data-testid="top-row"][data-id="${externalId}"]`).getAttribute("data-test-key")).toBe(KEY);
      }

      // delete: the page goes back to the default test and the posts are in no test again
      await page.locator('[data-testid="delete-test"]').click();
      await page.locator('[data-testid="delete-test-confirm"]').click();
      await page.waitForURL((url) => url.searchParams.get("test") === null);
      await page.locator(`[data-testid="content-page"]:not([data-test="${KEY}"])`).waitFor();
      expect((await tests()).some((t) => t.key === KEY)).toBe(false);
      const { from, to } = { from: await page.locator('[data-testid="content-page"]').getAttribute("data-from"), to: await page.locator('[data-testid="content-page"]').getAttribute("data-to") };
      const items = ContentItemsResponse.parse(await (await apiGet(`${baseURL}/api/v1/content/items?from=${from}&to=${to}&limit=500`, "analyst")).json());
      for (const externalId of ids) expect(items.items.find((i) => i.externalId === externalId)).toMatchObject({ testKey: null, variant: null });
    } catch (error) {
      await saveScreenshot(page, "content-edit-failure");
      throw error;
    } finally {
      await opened.close();
    }
  });
});

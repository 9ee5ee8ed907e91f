// Signing in, roles and first run in a real browser.
// - Signed out, every page sends you to sign in (and back where you were
//   going); a wrong password says so; sign-out ends the session.
// - Each demo role sees exactly its pages and sections: the expected lists
//   are written out here by hand from the roles' definitions, not read from
//   the permission module.
// - First run: a second server on an empty database opens on the first-run
//   page; the new admin lands on /data of their own workspace, imports their
//   own file, and the board and the KPI API show it (no demo in the way).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-users";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { addDays, dayInZone, weekOf } from "@/lib/metrics/periods";
import { ROOT, startBuiltApp, type RunningApp } from "../../scripts/app-server";
import { apiWrite, launchBrowser, openPage, saveScreenshot } from "./browser";
import { pinnedNow } from "./pinned-clock";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

const EN = { locale: "en", width: 1280, height: 800, colorScheme: "light", cookies: { locale: "en", theme: "light" } } as const;

const navHrefs = (page: Page) => page.locator('nav[aria-label="Main navigation"] a').evaluateAll((els) => els.map((e) => e.getAttribute("href")));

async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.locator('[data-testid="signin-form"] input[name="email"]').fill(email);
  await page.locator('[data-testid="signin-form"] input[name="password"]').fill(password);
  await page.locator('[data-testid="signin-form"] button[type="submit"]').click();
}

describe.skipIf(!chromiumPath)("signing in and roles", () => {
  let browser: Browser;
  let batch: number;
  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
    // One import of this file's own (a day long before the demo's), so /data has an import a manager could undo.
    const form = new FormData();
    form.set("file", new File(["date,platform,account,impressions,clicks\n2021-07-01,douyin,e2e_roles,100,3\n"], "roles.csv", { type: "text/csv" }));
    const response = await apiWrite(`${baseURL}/api/v1/imports`, { method: "POST", body: form });
    expect(response.status).toBe(201);
    batch = ((await response.json()) as { batch: { id: number } }).batch.id;
  });
  afterAll(async () => {
    await browser?.close();
    if (batch) await (await apiWrite(`${baseURL}/api/v1/imports/${batch}/undo`, { method: "POST" })).body?.cancel();
  });

  it("sends a signed-out visitor to sign in, refuses a wrong password, and returns to the page asked for", async () => {
    const { page, errors, close } = await openPage(browser, `${baseURL}/platforms`, { ...EN, as: null });
    try {
      await page.waitForURL((url) => url.pathname === "/signin");
      expect(new URL(page.url()).searchParams.get("next")).toBe("/platforms");
      expect(await page.locator('[data-testid="demo-credentials"] code').allInnerTexts()).toEqual([
        "admin@demo.example",
        "manager@demo.example",
        "analyst@demo.example",
        "executive@demo.example",
      ]);
      await signInWithForm(page, "analyst@demo.example", "not-the-password");
      await page.locator('[data-testid="signin-error"]').waitFor();
      expect(await page.locator('[data-testid="signin-error"]').innerText()).toBe("The email or password is wrong.");
      await saveScreenshot(page, "signin-error-en");

      await signInWithForm(page, "analyst@demo.example", DEMO_PASSWORD);
      await page.waitForURL(`${baseURL}/platforms`);
      expect(await navHrefs(page)).toEqual(["/", "/platforms", "/executive", "/funnels", "/retention", "/audience", "/content", "/ai", "/goals", "/benchmarks", "/data"]);
      expect(errors.filter((e) => !e.includes("401"))).toEqual([]);
    } finally {
      await close();
    }
  });

  // What each role may open, written out from the roles' definitions.
  const ROLES = [
    { role: "admin", nav: ["/", "/platforms", "/executive", "/funnels", "/retention", "/audience", "/content", "/ai", "/goals", "/benchmarks", "/data", "/settings"], data: { import: true, export: true } },
    { role: "manager", nav: ["/", "/platforms", "/executive", "/funnels", "/retention", "/audience", "/content", "/ai", "/goals", "/benchmarks", "/data"], data: { import: true, export: true } },
    { role: "analyst", nav: ["/", "/platforms", "/executive", "/funnels", "/retention", "/audience", "/content", "/ai", "/goals", "/benchmarks", "/data"], data: { import: false, export: true } },
    { role: "executive", nav: ["/", "/platforms", "/executive", "/goals"], data: null },
  ] as const;

  it.each(ROLES)("$role sees exactly its pages and sections", async ({ role, nav, data }) => {
    const { page, errors, close } = await openPage(browser, `${baseURL}/`, { ...EN, as: role });
    try {
      expect(new URL(page.url()).pathname).toBe("/");
      expect(await navHrefs(page)).toEqual([...nav]);
      await page.locator('[data-testid="user-menu"] summary').click();
      expect(await page.locator('[data-testid="user-role"]').innerText()).toContain(role[0]!.toUpperCase() + role.slice(1));
      for (const path of ["/platforms", "/executive"]) {
        await page.goto(`${baseURL}${path}`);
        expect(await page.locator('[data-testid="forbidden"]').count()).toBe(0);
      }
      await page.goto(`${baseURL}/data`);
      if (data === null) {
        await page.locator('[data-testid="forbidden"]').waitFor();
      } else {
        await page.locator('[data-testid="data-page"]').waitFor();
        expect(await page.locator("section#import").count()).toBe(data.import ? 1 : 0);
        expect(await page.locator("section#export").count()).toBe(data.export ? 1 : 0);
        expect(await page.locator('[data-testid="undo-button"]').count() > 0).toBe(data.import);
      }
      // The API answers the same way for the same session.
      const exportStatus = await page.evaluate(async () => (await fetch("/api/v1/export?from=2026-01-01&to=2026-01-07")).status);
      expect(exportStatus).toBe(data === null ? 403 : 200);
      const undoStatus = await page.evaluate(async () => (await fetch("/api/v1/imports/999999/undo", { method: "POST" })).status);
      expect(undoStatus).toBe(data?.import ? 404 : 403);
      expect(errors.filter((e) => !/40[34]/.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it("signs out from the user menu: the session ends and pages ask to sign in again", async () => {
    const { page, close } = await openPage(browser, `${baseURL}/signin`, { ...EN, as: null });
    try {
      await signInWithForm(page, "executive@demo.example", DEMO_PASSWORD);
      await page.waitForURL(`${baseURL}/`);
      await page.locator('[data-testid="user-menu"] summary').click();
      await page.locator('[data-testid="sign-out"]').click();
      await page.waitForURL(/\/signin/);
      await page.goto(`${baseURL}/executive`);
      await page.waitForURL((url) => url.pathname === "/signin");
      const status = await page.evaluate(async () => (await fetch("/api/v1/report/weekly")).status);
      expect(status).toBe(401);
    } finally {
      await close();
    }
  });
});

describe.skipIf(!chromiumPath)("first run on an empty database", () => {
  let browser: Browser;
  let app: RunningApp | undefined;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kpi-first-run-"));
    const databaseUrl = `file:${path.join(dir, "empty.db")}`;
    await prepareDatabase(databaseUrl);
    app = await startBuiltApp({ databaseUrl, logFile: path.join(ROOT, "test-results", "e2e-first-run-server.log"), fixedNow: pinnedNow() });
    browser = await launchBrowser(chromiumPath as string);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("creates the first admin and workspace, then imports the team's own file into it", async () => {
    const base = app!.baseURL;
    // The last complete Monday–Sunday week before the pinned day, in Shanghai.
    const today = dayInZone(pinnedNow(), "Asia/Shanghai");
    const week = weekOf(addDays(weekOf(today, 1).start, -1), 1);
    const days = Array.from({ length: 7 }, (_, i) => addDays(week.start, i));
    const rows = days.map((day, i) => ({ day, impressions: 1000 + 100 * i, clicks: 30 + i }));
    const csv = ["date,platform,account,impressions,clicks", ...rows.map((r) => `${r.day},xiaohongshu,acme_official,${r.impressions},${r.clicks}`), ""].join("\n");
    const file = path.join(dir, "acme.csv");
    await writeFile(file, csv);
    const impressions = rows.reduce((s, r) => s + r.impressions, 0);
    const clicks = rows.reduce((s, r) => s + r.clicks, 0);

    const { page, errors, close } = await openPage(browser, `${base}/`, { ...EN, as: null });
    try {
      await page.waitForURL((url) => url.pathname === "/setup");
      const form = page.locator('[data-testid="setup-form"]');
      await form.locator('input[name="email"]').fill("Owner@Acme.example");
      await form.locator('input[name="password"]').fill("a long enough password");
      await form.locator('input[name="workspaceName"]').fill("Acme China");
      expect(await form.locator('input[name="demo"]').isChecked()).toBe(false);
      await saveScreenshot(page, "first-run-en");
      await form.locator('button[type="submit"]').click();
      await page.waitForURL(`${base}/data`);
      expect(await page.locator('[data-testid="data-workspace"]').innerText()).toContain("Acme China");
      expect(await navHrefs(page)).toEqual(["/", "/platforms", "/executive", "/funnels", "/retention", "/audience", "/content", "/ai", "/goals", "/benchmarks", "/data", "/settings"]);

      await page.locator('[data-testid="file-input"]:enabled').setInputFiles(file);
      await page.locator('[data-testid="import-preview"]').waitFor({ state: "visible", timeout: 30_000 });
      await page.locator('[data-testid="commit-button"]:enabled').click();
      await page.locator('[data-testid="commit-result"]').waitFor({ state: "visible", timeout: 30_000 });

      const totals = await page.evaluate(async ({ from, to }) => {
        const r = await fetch(`/api/v1/kpis?from=${from}&to=${to}`);
        return ((await r.json()) as { totals: { impressions: number; clicks: number } }).totals;
      }, { from: week.start, to: week.end });
      expect(totals.impressions).toBe(impressions);
      expect(totals.clicks).toBe(clicks);

      await page.goto(`${base}/`);
      expect(await page.locator('[data-testid="board-summary"]').innerText()).toContain("Acme China");
      // The first-run page is gone for good, and the workspace is the admin's only one (no demo beside it).
      await page.goto(`${base}/setup`);
      await page.waitForURL((url) => url.pathname === "/");
      expect(await page.locator('[data-testid="workspace-switcher"]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

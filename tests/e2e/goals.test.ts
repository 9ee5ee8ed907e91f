// /goals in a real browser: every goal's figures equal the API's, in both
// languages at desktop and phone widths and both themes, without horizontal
// overflow; a manager creates a goal through the page and sees it on the
// weekly board's chip, edits it (a refused value names the field and stays in
// the input), and deletes it; an executive reads goals but has no controls
// and the API refuses their writes. The demo data is left as it was found.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatGoalValue } from "@/components/goals/format";
import { SESSION_COOKIE } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locale";
import { goals as goalsMessages } from "@/lib/i18n/messages/goals";
import { lastCompleteWeek, weekLabel } from "@/lib/metrics/periods";
import { formatMoney } from "@/lib/format";
import { GoalListResponse } from "@/lib/schemas/api/goals";
import type { Role } from "@/lib/auth/roles";
import { apiGet, launchBrowser, openPage, saveScreenshot } from "./browser";
import { pinnedToday } from "./pinned-clock";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

const LANGUAGES = [
  { locale: "zh-CN", short: "zh" },
  { locale: "en", short: "en" },
] as const;
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

async function apiGoals(as: Role = "admin"): Promise<GoalListResponse> {
  const response = await apiGet(`${baseURL}/api/v1/goals`, as);
  expect(response.status).toBe(200);
  return GoalListResponse.parse(await response.json());
}

const card = (page: Page, id: number) => page.locator(`[data-testid="goal-row"][data-goal-id="${id}"]`);

async function noHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, "page scrolls sideways").toBeLessThanOrEqual(client);
}

/** Every card shows its goal's target, value so far and projection exactly as the API gives them, formatted as the page formats. */
async function expectCardsEqualApi(page: Page, api: GoalListResponse, locale: Locale): Promise<void> {
  const ids = await page.locator('[data-testid="goal-row"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-goal-id"))));
  expect(ids.sort((a, b) => a - b)).toEqual(api.goals.map((g) => g.id).sort((a, b) => a - b));
  for (const g of api.goals) {
    const c = card(page, g.id);
    const format = (v: number | null) => formatGoalValue(g.unit, v, locale, api.workspace.currency);
    expect(await c.getAttribute("data-projected")).toBe(g.projected === null ? "" : String(g.projected));
    expect(await c.getAttribute("data-target")).toBe(String(g.target));
    expect(await c.getAttribute("data-status")).toBe(g.status ?? "");
    expect((await c.locator('[data-testid="goal-target-value"]').innerText()).trim()).toBe(format(g.target));
    expect((await c.locator('[data-testid="goal-projected"]').innerText()).trim()).toBe(format(g.projected));
    if (g.phase !== "upcoming" && g.valueSoFar !== null) expect((await c.locator('[data-testid="goal-so-far"]').innerText()).trim()).toBe(format(g.valueSoFar));
  }
}

describe.skipIf(chromiumPath === null)("/goals", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(LANGUAGES)("in $locale", ({ locale, short }) => {
    it.each(VIEWPORTS)("at $width px: the demo's goals with the API's numbers, in both themes", async (viewport) => {
      const api = await apiGoals();
      expect(api.goals.length).toBeGreaterThan(0);
      for (const theme of ["light", "dark"] as const) {
        const { page, errors, close } = await openPage(browser, `${baseURL}/goals`, { ...viewport, locale, colorScheme: theme, cookies: { locale, theme } });
        try {
          await page.locator('[data-testid="goal-list"]').waitFor();
          expect(await page.locator("h1").innerText()).toBe(goalsMessages[locale].title);
          await expectCardsEqualApi(page, api, locale);
          expect(await page.locator('[data-testid="goal-form"]').count()).toBe(1);
          await noHorizontalOverflow(page);
          await saveScreenshot(page, `goals-${short}-${viewport.width}-${theme}`);
          expect(errors).toEqual([]);
        } finally {
          await close();
        }
      }
    });
  });

  it("filters from the URL: one KPI, one phase; an unknown value is dropped and said", async () => {
    const api = await apiGoals();
    const ctr = api.goals.filter((g) => g.metric === "ctr").map((g) => g.id).sort((a, b) => a - b);
    const { page, close } = await openPage(browser, `${baseURL}/goals?metric=ctr`, { width: 1280, height: 900, locale: "en", cookies: { locale: "en" } });
    try {
      const shown = await page.locator('[data-testid="goal-row"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-goal-id"))));
      expect(shown.sort((a, b) => a - b)).toEqual(ctr);
      expect(await page.locator('[data-testid="filter-metric"]').inputValue()).toBe("ctr");
      // choosing a phase writes it to the URL
      await page.locator('[data-testid="filter-phase"]').selectOption("ended");
      await page.waitForURL(/phase=ended/);
      await page.locator('[data-testid="goal-list"], [data-testid="empty-state"]').first().waitFor();
      const ended = api.goals.filter((g) => g.metric === "ctr" && g.phase === "ended").length;
      expect(await page.locator('[data-testid="goal-row"]').count()).toBe(ended);
      await page.goto(`${baseURL}/goals?metric=likes`);
      await page.locator('[data-testid="goals-url-notice"]').waitFor();
      expect(await page.locator('[data-testid="goal-row"]').count()).toBe(api.goals.length);
    } finally {
      await close();
    }
  });

  it("a manager creates a goal, sees it paced as the API and on the board's chip, edits it (a refused value stays, its field named) and deletes it", async () => {
    const week = weekLabel(lastCompleteWeek(pinnedToday(), 1).start, 1);
    const before = await apiGoals("manager");
    // The demo sets no spend goal: the board's spend card has no chip yet.
    expect(before.goals.some((g) => g.metric === "spend")).toBe(false);
    const opened = await openPage(browser, `${baseURL}/goals`, { width: 1280, height: 900, locale: "en", cookies: { locale: "en" }, as: "manager" });
    const { page, errors, close } = opened;
    const boardChip = async () => {
      await page.goto(`${baseURL}/`);
      const chip = page.locator('[data-testid="kpi-card-spend"] [data-testid="kpi-goal"]');
      await page.locator('[data-testid="kpi-card-spend"]').waitFor();
      return (await chip.count()) ? (await chip.innerText()).trim() : null;
    };
    let id: number | null = null;
    try {
      expect(await boardChip()).toBeNull();
      await page.goto(`${baseURL}/goals`);

      // ---- create, with the keyboard's Enter
      await page.locator('[data-testid="goal-metric"]').selectOption("spend");
      await page.locator('[data-testid="goal-period-type"]').selectOption("week");
      await page.locator('[data-testid="goal-period"]').selectOption(week);
      await page.locator('[data-testid="goal-target"]').fill("12345");
      await page.locator('[data-testid="goal-target"]').press("Enter");
      await page.locator('[data-testid="goal-form-notice"]').waitFor();
      const created = (await apiGoals("manager")).goals.find((g) => g.metric === "spend" && g.period === week && g.platformKey === null);
      expect(created).toMatchObject({ target: 1_234_500, periodType: "week" });
      id = created!.id;
      await card(page, id).waitFor();
      await expectCardsEqualApi(page, await apiGoals("manager"), "en");
      expect(await boardChip()).toContain(formatMoney(1_234_500, "CNY", "en"));

      // ---- edit: a negative target is refused by the server; the field says so and keeps what was typed
      await page.goto(`${baseURL}/goals`);
      await card(page, id).locator('[data-testid="goal-edit"]').click();
      await page.waitForURL(new RegExp(`edit=${id}`));
      await page.locator('[data-testid="goal-form"][data-mode="edit"]').waitFor();
      const target = page.locator('[data-testid="goal-target"]');
      expect(await target.inputValue()).toBe("12345");
      await target.fill("-5");
      await page.locator('[data-testid="goal-save"]').click();
      await page.locator('[data-testid="goal-form-error"]').waitFor();
      expect(await target.inputValue()).toBe("-5");
      expect(await target.getAttribute("aria-invalid")).toBe("true");
      const fieldError = page.locator('[data-testid="goal-form"] [data-testid="field-error"]');
      expect(await fieldError.innerText()).toMatch(/^Enter an amount from 0 to/);
      expect((await apiGoals("manager")).goals.find((g) => g.id === id)?.target).toBe(1_234_500);
      await saveScreenshot(page, "goals-edit-refused-en");

      await target.fill("20000");
      await page.locator('[data-testid="goal-save"]').click();
      await page.locator('[data-testid="goal-form-notice"]').waitFor();
      expect((await apiGoals("manager")).goals.find((g) => g.id === id)?.target).toBe(2_000_000);
      await expect.poll(async () => (await card(page, id!).getAttribute("data-target")) ?? "").toBe("2000000");
      expect(await boardChip()).toContain(formatMoney(2_000_000, "CNY", "en"));

      // ---- delete (asks once more, in place)
      await page.goto(`${baseURL}/goals`);
      await card(page, id).locator('[data-testid="goal-delete"]').click();
      await card(page, id).locator('[data-testid="goal-delete-confirm"]').click();
      await card(page, id).waitFor({ state: "detached" });
      expect((await apiGoals("manager")).goals.some((g) => g.id === id)).toBe(false);
      id = null;
      expect(await boardChip()).toBeNull();
      expect(errors.filter((e) => !e.includes("400"))).toEqual([]);
    } finally {
      // leave the demo as it was, even when a step failed
      if (id !== null) await fetch(`${baseURL}/api/v1/goals/${id}`, { method: "DELETE", headers: { cookie: `${SESSION_COOKIE}=${inject("sessions").manager}`, origin: baseURL } });
      await close();
    }
  });

  it("in Chinese at 390 px, a refused target is said in Chinese, in the form's unit, and stays in the input", async () => {
    const ctr = (await apiGoals()).goals.find((g) => g.metric === "ctr")!;
    const { page, close } = await openPage(browser, `${baseURL}/goals?edit=${ctr.id}`, { width: 390, height: 844, locale: "zh-CN", cookies: { locale: "zh-CN" } });
    try {
      const target = page.locator('[data-testid="goal-target"]');
      await page.locator('[data-testid="goal-form"][data-mode="edit"]').waitFor();
      await target.fill("abc");
      await page.locator('[data-testid="goal-save"]').click();
      await page.locator('[data-testid="goal-form-error"]').waitFor();
      expect(await page.locator('[data-testid="goal-form"] [data-testid="field-error"]').innerText()).toBe("请输入数字，例如 3.2。");
      await target.fill("250");
      await page.locator('[data-testid="goal-save"]').click();
      await expect.poll(() => page.locator('[data-testid="goal-form"] [data-testid="field-error"]').innerText()).toBe("请输入 0% 到 100% 之间的数字。");
      expect(await target.inputValue()).toBe("250");
      await noHorizontalOverflow(page);
      await saveScreenshot(page, "goals-edit-refused-zh-390");
      expect((await apiGoals()).goals.find((g) => g.id === ctr.id)?.target).toBe(ctr.target);
    } finally {
      await close();
    }
  });

  it("an executive reads the goals but has no controls, and the API refuses their writes", async () => {
    const api = await apiGoals("executive");
    const { page, errors, close } = await openPage(browser, `${baseURL}/goals`, { width: 1280, height: 900, locale: "en", cookies: { locale: "en" }, as: "executive" });
    try {
      await page.locator('[data-testid="goal-list"]').waitFor();
      await expectCardsEqualApi(page, api, "en");
      expect(await page.locator('[data-testid="goal-form"]').count()).toBe(0);
      expect(await page.locator('[data-testid="goal-edit"], [data-testid="goal-delete"]').count()).toBe(0);
      await page.locator('[data-testid="goals-read-only"]').waitFor();
      // ?edit= does not open a form for them either
      await page.goto(`${baseURL}/goals?edit=${api.goals[0]!.id}`);
      expect(await page.locator('[data-testid="goal-form"]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
    const cookie = `${SESSION_COOKIE}=${inject("sessions").executive}`;
    const write = (method: string, path: string, body?: unknown) =>
      fetch(`${baseURL}${path}`, { method, headers: { cookie, origin: baseURL, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    expect((await write("POST", "/api/v1/goals", { metric: "revenue", periodType: "month", period: "2026-11", target: 1 })).status).toBe(403);
    expect((await write("PATCH", `/api/v1/goals/${api.goals[0]!.id}`, { target: 1 })).status).toBe(403);
    expect((await write("DELETE", `/api/v1/goals/${api.goals[0]!.id}`)).status).toBe(403);
    expect((await apiGoals()).goals).toEqual(api.goals);
  });
});

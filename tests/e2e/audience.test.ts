// The audience page (/audience) in a real browser: every tier's share, value,
// value per member and contact rate, and every segment's CTR, interaction
// rate, conversion rate and ROI equal GET /api/v1/tiers and /segments for the
// same platform and period (formatted with lib/format); the platform filter
// lands in the URL and changes the figures; zh-CN at 390 px dark and en at
// 1280 px light, without horizontal page overflow.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatMajorMoney, formatMoney, formatPercent, formatRoi, formatScore } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { addDays, lastCompleteWeek } from "@/lib/metrics/periods";
import { SegmentsResponse } from "@/lib/schemas/api/segments";
import { TiersResponse } from "@/lib/schemas/api/tiers";
import { apiGet, launchBrowser, openPage, saveScreenshot } from "./browser";
import { pinnedToday } from "./pinned-clock";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

interface Query {
  platform: string | null;
  from: string;
  to: string;
}

function queryString(q: Query): string {
  const s = new URLSearchParams({ from: q.from, to: q.to });
  if (q.platform) s.set("platform", q.platform);
  return s.toString();
}

async function api(q: Query): Promise<{ tiers: TiersResponse; segments: SegmentsResponse }> {
  const [t, s] = await Promise.all([apiGet(`${baseURL}/api/v1/tiers?${queryString(q)}`), apiGet(`${baseURL}/api/v1/segments?${queryString(q)}`)]);
  expect(t.status).toBe(200);
  expect(s.status).toBe(200);
  return { tiers: TiersResponse.parse(await t.json()), segments: SegmentsResponse.parse(await s.json()) };
}

type Row = Record<string, string>;

async function shownTiers(page: Page): Promise<Row[]> {
  return page.locator('[data-testid="tier-row"]').evaluateAll((rows) =>
    rows.map((r) => {
      const text = (id: string) => (r.querySelector(`[data-testid="${id}"]`)?.textContent ?? "").trim();
      return {
        platform: r.getAttribute("data-platform") ?? "",
        stage: r.getAttribute("data-stage") ?? "",
        share: text("tier-share"),
        value: text("tier-value"),
        valuePerMember: text("tier-value-per-member"),
        contactRate: text("tier-contact-rate"),
      };
    }),
  );
}

function expectedTiers(t: TiersResponse, locale: Locale): Row[] {
  return t.platforms.flatMap((p) =>
    p.stages.map((s) => ({
      platform: p.platformKey,
      stage: s.stage,
      share: formatPercent(s.share, locale),
      value: formatMoney(s.valueMinor, t.currency, locale),
      valuePerMember: formatMajorMoney(s.valuePerMember, t.currency, locale),
      contactRate: formatScore(s.contactsPerMemberWeek, locale),
    })),
  );
}

async function shownSegments(page: Page): Promise<Row[]> {
  return page.locator('[data-testid="segment-row"], [data-testid="segment-platform-row"]').evaluateAll((rows) =>
    rows.map((r) => {
      const text = (id: string) => (r.querySelector(`[data-testid="${id}"]`)?.textContent ?? "").trim();
      return {
        segment: r.getAttribute("data-segment") ?? "",
        platform: r.getAttribute("data-platform") ?? "all",
        ctr: text("segment-ctr"),
        interactionRate: text("segment-interaction-rate"),
        conversionRate: text("segment-conversion-rate"),
        roi: text("segment-roi"),
      };
    }),
  );
}

function expectedSegments(s: SegmentsResponse, locale: Locale): Row[] {
  const kpis = (k: { ctr: number | null; interactionRate: number | null; conversionRate: number | null; roi: number | null }) => ({
    ctr: formatPercent(k.ctr, locale),
    interactionRate: formatPercent(k.interactionRate, locale),
    conversionRate: formatPercent(k.conversionRate, locale),
    roi: formatRoi(k.roi),
  });
  return s.segments.flatMap((seg) => [
    { segment: seg.segment, platform: "all", ...kpis(seg) },
    ...(seg.byPlatform.length > 1 ? seg.byPlatform.map((p) => ({ segment: seg.segment, platform: p.platformKey, ...kpis(p) })) : []),
  ]);
}

async function shownQuery(page: Page): Promise<Query> {
  const root = page.locator('[data-testid="audience-page"]');
  return {
    platform: (await root.getAttribute("data-platform")) || null,
    from: (await root.getAttribute("data-from")) ?? "",
    to: (await root.getAttribute("data-to")) ?? "",
  };
}

async function expectPageEqualsApi(page: Page, locale: Locale): Promise<{ tiers: TiersResponse; segments: SegmentsResponse }> {
  const q = await shownQuery(page);
  const data = await api(q);
  expect(data.tiers.platforms.length).toBeGreaterThan(0);
  expect(data.segments.segments.length).toBeGreaterThan(0);
  expect(await shownTiers(page)).toEqual(expectedTiers(data.tiers, locale));
  expect(await shownSegments(page)).toEqual(expectedSegments(data.segments, locale));
  // the week-by-week contacts against churn, in the collapsed details of each platform
  const weeks = await page.locator('[data-testid="tier-week-row"]').evaluateAll((rows) =>
    rows.map((r) => [
      r.getAttribute("data-week") ?? "",
      (r.querySelector('[data-testid="week-contacts"]')?.textContent ?? "").trim(),
      (r.querySelector('[data-testid="week-churn"]')?.textContent ?? "").trim(),
    ]),
  );
  expect(weeks).toEqual(
    data.tiers.platforms.flatMap((p) => p.weekly.map((w) => [w.weekStart, formatScore(w.contactsPerMember, locale), formatPercent(w.churnShare, locale)])),
  );
  return data;
}

async function noHorizontalScroll(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

describe.skipIf(chromiumPath === null)("audience page", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    { locale: "zh-CN" as const, width: 390, height: 844, theme: "dark" as const, title: "人群" },
    { locale: "en" as const, width: 1280, height: 800, theme: "light" as const, title: "Audience" },
  ])("shows the API's tiers and segments ($locale, $width px, $theme)", async ({ locale, width, height, theme, title }) => {
    const opened = await openPage(browser, `${baseURL}/audience`, { locale, width, height, colorScheme: theme, cookies: { locale, theme } });
    const { page } = opened;
    try {
      expect(opened.response?.status()).toBe(200);
      expect(await page.locator("h1").innerText()).toBe(title);
      await page.locator('[data-testid="tier-share-chart"] svg.recharts-surface').first().waitFor({ state: "visible", timeout: 15_000 });
      // the default period: the last twelve complete weeks, all platforms
      const week = lastCompleteWeek(pinnedToday(), 1);
      expect(await shownQuery(page)).toEqual({ platform: null, from: addDays(week.start, -77), to: week.end });
      const data = await expectPageEqualsApi(page, locale);
      // one bar per stage in each platform's chart
      expect(await page.locator('[data-testid="tier-share-chart"]').count()).toBe(data.tiers.platforms.length);
      await noHorizontalScroll(page, width);
      await saveScreenshot(page, `audience-${locale}-${width}-${theme}`);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("puts the platform filter in the URL and shows that platform's figures", async () => {
    const opened = await openPage(browser, `${baseURL}/audience`, { locale: "en", width: 1280, height: 800, cookies: { locale: "en" }, as: "analyst" });
    const { page } = opened;
    try {
      const before = await shownSegments(page);
      await page.locator('[data-testid="platform-select"]').selectOption("xiaohongshu");
      await page.locator('[data-testid="apply-filters"]').click();
      await page.waitForURL(/platform=xiaohongshu/);
      expect(new URL(page.url()).searchParams.get("platform")).toBe("xiaohongshu");
      expect((await shownQuery(page)).platform).toBe("xiaohongshu");
      const data = await expectPageEqualsApi(page, "en");
      expect(data.tiers.platforms.map((p) => p.platformKey)).toEqual(["xiaohongshu"]);
      expect(await shownSegments(page)).not.toEqual(before);
      // a platform without tiers or segments says so and where to go
      await page.goto(`${baseURL}/audience?platform=weibo`);
      await page.locator('[data-testid="tiers-empty"]').waitFor({ state: "visible" });
      await page.locator('[data-testid="segments-empty"]').waitFor({ state: "visible" });
      // an invalid parameter falls back to the default and says so
      await page.goto(`${baseURL}/audience?platform=myspace`);
      await page.locator('[data-testid="ignored-params"]').waitFor({ state: "visible" });
      expect((await shownQuery(page)).platform).toBeNull();
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

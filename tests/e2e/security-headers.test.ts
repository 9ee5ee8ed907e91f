// The security headers of the served app, seen by a real browser: every page
// has a Content-Security-Policy with a fresh nonce that is on every script
// Next writes and on our one inline script (the theme that follows the
// system), and nothing on the pages breaks under it: no violation while the
// charts draw, the theme is toggled, the language is switched and every page
// is visited. API answers are never cached and may not be shown as a page.
import type { Browser, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { launchBrowser, openPage } from "./browser";
import { watchCspViolations } from "./csp-violations";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

const STATIC_HEADERS = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name as string, values]));
}

/** The nonce in a page's policy (and the policy), after checking the policy is the strict one. */
async function pagePolicy(response: Response | null): Promise<{ nonce: string; headers: Record<string, string> }> {
  expect(response?.status()).toBe(200);
  const headers = await (response as Response).allHeaders();
  const policy = directives(headers["content-security-policy"] ?? "");
  const script = policy.get("script-src") ?? [];
  const nonce = script.find((s) => s.startsWith("'nonce-"))?.slice(7, -1) ?? "";
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(script).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  return { nonce, headers };
}

describe.skipIf(chromiumPath === null)("security headers", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("gives every page a fresh nonce, on every script of the HTML, and the fixed headers", async () => {
    const nonces: string[] = [];
    for (const path of ["/", "/platforms", "/executive", "/data", "/"]) {
      // No theme cookie: the layout's inline script (follow the system theme) is in the page.
      const opened = await openPage(browser, `${baseURL}${path}`, { locale: "en", width: 1280, height: 800, colorScheme: "dark", cookies: { locale: "en" } });
      try {
        const { nonce, headers } = await pagePolicy(opened.response);
        nonces.push(nonce);
        for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(headers[name], `${path} ${name}`).toBe(value);

        // Every <script> Next wrote, and ours, carries the nonce of this response.
        const html = (await opened.response?.text()) ?? "";
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        expect(scripts.length).toBeGreaterThan(1);
        for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
        expect(html).toContain("prefers-color-scheme: dark");

        // …so it ran: with the system in dark mode and no cookie, the page is dark before any click.
        expect(await opened.page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it("reports no policy violation while charts draw, the theme and language change and every page is visited", async () => {
    const opened = await openPage(browser, `${baseURL}/`, { locale: "en", width: 1280, height: 800, colorScheme: "light", cookies: { locale: "en" } });
    const { page, errors } = opened;
    try {
      const violations = await watchCspViolations(page);
      await page.reload({ waitUntil: "load" });
      await page.locator('[data-testid="trend-chart"] svg.chart-surface').first().waitFor({ state: "visible", timeout: 15_000 });
      expect(await page.locator('[data-testid="sparkline"] svg').count()).toBeGreaterThan(0);

      // The theme toggle (a client component: hydrated under the policy).
      await page.getByRole("button", { name: en.controls.switchToDark }).click();
      expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
      await page.getByRole("button", { name: en.controls.switchToLight }).click();
      expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(false);

      // The language switch refreshes the page's server components in place (an RSC fetch under connect-src).
      await page.locator('header button[lang="zh-CN"]').click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe("zh-CN");
      await page.locator('header button[lang="en"]').click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe("en");

      // Client-side navigation to every page, each drawing its charts or its upload form.
      for (const [path, ready] of [
        ["/platforms", '[data-testid="platform-bar-chart"] svg.chart-surface'],
        ["/executive", '[data-testid="forecast-chart"] svg.chart-surface'],
        ["/data", '[data-testid="drop-zone"][data-ready="true"]'],
        ["/", '[data-testid="trend-chart"] svg.chart-surface'],
      ] as const) {
        await page.locator(`header nav a[href="${path}"]`).click();
        await page.waitForURL(`${baseURL}${path}`);
        await page.locator(ready).first().waitFor({ state: "visible", timeout: 15_000 });
      }
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("never lets an API answer be cached or shown as a page", async () => {
    const opened = await openPage(browser, `${baseURL}/`, { locale: "en", width: 1280, height: 800, cookies: { locale: "en", theme: "light" } });
    try {
      // Through the page's context, so the request carries whatever the page's session carries.
      for (const path of ["/api/v1/benchmarks", "/api/v1/export/template", "/api/v1/no-such-route"]) {
        const response = await opened.page.request.get(`${baseURL}${path}`);
        const headers = response.headers();
        // Next answers an unknown path with its own no-store header, which says the same and more.
        expect(headers["cache-control"], path).toMatch(/\bno-store\b/);
        expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
        for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(headers[name], `${path} ${name}`).toBe(value);
        await response.dispose();
      }
      // A static file has the fixed headers too.
      const icon = await opened.page.request.get(`${baseURL}/icon.svg`);
      expect(icon.headers()["x-content-type-options"]).toBe("nosniff");
      expect(icon.headers()["x-frame-options"]).toBe("DENY");
      await icon.dispose();
    } finally {
      await opened.close();
    }
  });
});

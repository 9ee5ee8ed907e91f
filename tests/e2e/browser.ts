// Helpers for driving Debian's Chromium with playwright-core in e2e tests.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page, type Response } from "playwright-core";
import { inject } from "vitest";
import type { Role } from "../../lib/auth/roles";
import { SESSION_COOKIE } from "../../lib/auth/session";
import { pinnedNow } from "./pinned-clock";

const SCREENSHOT_DIR = path.resolve(import.meta.dirname, "../../test-results/screenshots");

/**
 * Flags this closed network needs (docs/ENVIRONMENT.md). Playwright already
 * passes several of them; repeating them keeps the list checkable against the
 * docs. The fresh `--user-data-dir` is Playwright's own: `launch()` creates a
 * temporary profile per browser, deletes it on close, and refuses the flag in
 * `args` (that is what `launchPersistentContext` is for). `--headless` and
 * `--no-sandbox` come from `headless: true` and `chromiumSandbox: false`.
 */
const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(chromiumPath: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
}

export interface OpenPageOptions {
  /** Browser locale (navigator.language, Accept-Language), e.g. "zh-CN" or "en". */
  locale?: string;
  width: number;
  height: number;
  colorScheme?: "light" | "dark";
  /** Cookies set on the page's origin before it is requested, e.g. `{ locale: "en", theme: "dark" }`. */
  cookies?: Record<string, string>;
  /** Signed in as this demo role (default admin), or signed out (null). */
  as?: Role | null;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** The main document's response (null only for same-document navigations). */
  response: Response | null;
  /** Console errors and uncaught page errors, in order; a healthy page leaves it empty. */
  errors: string[];
  /** Closes the page's context (and so the page). */
  close(): Promise<void>;
}

/**
 * Opens `url` in a fresh context (no shared cookies or storage) and records
 * every console error and page error. The page's clock reads the run's pinned
 * instant, as the server's does, so client code that asks for the time agrees
 * with the page the server rendered (timers still run in real time).
 */
export async function openPage(browser: Browser, url: string, options: OpenPageOptions): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    locale: options.locale,
    colorScheme: options.colorScheme,
  });
  try {
    await context.clock.setFixedTime(pinnedNow());
    const role = options.as === undefined ? "admin" : options.as;
    const cookies = { ...options.cookies, ...(role ? { [SESSION_COOKIE]: inject("sessions")[role] } : {}) };
    const origin = new URL(url).origin;
    await context.addCookies(Object.entries(cookies).map(([name, value]) => ({ name, value, url: origin })));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const { url: source, lineNumber } = message.location();
      errors.push(`console.error: ${message.text()}${source ? ` (${source}:${lineNumber})` : ""}`);
    });
    page.on("pageerror", (error) => errors.push(`page error: ${error.stack ?? error.message}`));
    const response = await page.goto(url, { waitUntil: "load" });
    return { page, context, response, errors, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Saves a full-page screenshot to test-results/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/\.png$/, "")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * GET an API path on the running app as a signed-in demo role (default
 * admin), the way the page's own requests carry the session cookie.
 */
export function apiGet(url: string, as: Role = "admin"): Promise<globalThis.Response> {
  return fetch(url, { headers: { cookie: `${SESSION_COOKIE}=${inject("sessions")[as]}` } });
}

/**
 * A write to the API as a signed-in demo role (default manager), from the
 * app's own origin as the pages' requests are.
 */
export function apiWrite(url: string, init: RequestInit, as: Role = "manager"): Promise<globalThis.Response> {
  const headers = new Headers(init.headers);
  headers.set("cookie", `${SESSION_COOKIE}=${inject("sessions")[as]}`);
  headers.set("origin", new URL(url).origin);
  return fetch(url, { ...init, headers });
}

// Imported text stays text: an account handle, a content title and a file
// name written as HTML (`<img src=x onerror=…>`, `<script>…</script>`) are
// uploaded on /data and shown in the preview and the history exactly as
// typed; no element is made from them, no script runs (no dialog opens) and
// no image is requested. The imports are undone at the end, so the shared
// e2e database is as it was.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, Dialog, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CANONICAL_HEADER } from "@/lib/ingest/canonical";
import { launchBrowser, openPage } from "./browser";
import { watchCspViolations } from "./csp-violations";

const chromiumPath = inject("chromiumPath");
const baseURL = inject("baseURL");

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(1)</script>";
/** A file name that is HTML too (Linux allows < and > in names, not /). */
const FILE_NAME = "<img src=x onerror=alert(2)>.csv";

/** Days long before the demo data, so no figure on the other pages moves. */
const DAY = "2020-01-06";
const canonicalRow = (account: string) => CANONICAL_HEADER.map((c) => ({ date: DAY, platform: "douyin", account, impressions: "100", clicks: "4" })[c] ?? "").join(",");
const CANONICAL_CSV = [CANONICAL_HEADER.join(","), canonicalRow(IMG), canonicalRow(SCRIPT), ""].join("\n");
/** Douyin's works export (one row per work, titles in 作品名称); it names no account, so the page asks for one. */
const WORKS_CSV = ["作品名称,发布时间,体裁,播放量,点赞量", `${SCRIPT},2020-01-06 20:19:00,视频,1200,12`, `${IMG},2020-01-07 09:00:00,视频,800,3`, ""].join("\n");

let dir: string;

async function upload(page: Page, file: string): Promise<void> {
  await page.locator('[data-testid="drop-zone"][data-ready="true"]').waitFor();
  await page.locator('[data-testid="file-input"]:enabled').setInputFiles(file);
  await page.locator('[data-testid="import-preview"]').waitFor({ state: "visible", timeout: 30_000 });
  await page.locator('[data-testid="upload-status"]').waitFor({ state: "detached" });
}

async function commit(page: Page): Promise<number> {
  await page.locator('[data-testid="commit-button"]').click();
  const result = page.locator('[data-testid="commit-result"]');
  await result.waitFor({ state: "visible", timeout: 30_000 });
  return Number(await result.getAttribute("data-batch"));
}

/**
 * Nothing made from the imported text: no image with src "x", no onerror
 * attribute, no script whose code is the payload. Next's own inline scripts
 * carry the page's data (`self.__next_f.push(…)`), the imported text among
 * it, but as a JS string with `<` escaped, so it cannot close the script.
 */
async function noElementsFromData(page: Page): Promise<void> {
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator("[onerror]").count()).toBe(0);
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.textContent ?? ""));
  expect(scripts.filter((code) => /^\s*alert\(/.test(code))).toEqual([]);
  for (const code of scripts.filter((c) => c.includes("alert("))) {
    expect(code.startsWith("self.__next_f.push(")).toBe(true);
    expect(code).not.toMatch(/<(img|script|\/script)/i);
  }
}

describe.skipIf(chromiumPath === null)("imported text renders inert", () => {
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kpi-e2e-injection-"));
    await writeFile(path.join(dir, FILE_NAME), CANONICAL_CSV);
    await writeFile(path.join(dir, "works.csv"), WORKS_CSV);
    browser = await launchBrowser(chromiumPath as string);
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("shows HTML in handles, titles and file names as text, and runs none of it", async () => {
    const opened = await openPage(browser, `${baseURL}/data`, { locale: "en", width: 1280, height: 800, colorScheme: "light", cookies: { locale: "en", theme: "light" } });
    const { page, errors } = opened;
    const dialogs: string[] = [];
    const onDialog = (dialog: Dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    };
    page.on("dialog", onDialog);
    // An <img src=x> made from the data would request /x (relative to the page).
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    const violations = await watchCspViolations(page);
    await page.reload({ waitUntil: "load" });
    const batches: number[] = [];
    try {
      // 1. Canonical CSV: two accounts named as HTML, in the preview's account list and sample table.
      await upload(page, path.join(dir, FILE_NAME));
      expect(await page.locator('[data-testid="import-preview"]').getAttribute("data-status")).toBe("ready");
      expect(await page.locator('[data-testid="preview-account"] span.font-medium').allInnerTexts()).toEqual(expect.arrayContaining([IMG, SCRIPT]));
      const sample = await page.locator('[data-testid="sample-table"]').innerText();
      expect(sample).toContain(IMG);
      expect(sample).toContain(SCRIPT);
      await noElementsFromData(page);
      batches.push(await commit(page));

      // 2. The history shows the file name as typed.
      const row = page.locator(`[data-testid="history-row"][data-batch="${batches[0]}"]`);
      await row.waitFor({ state: "visible" });
      expect(await row.innerText()).toContain(FILE_NAME);

      // 3. Douyin works: titles written as HTML, and the account typed into the page as HTML too.
      await upload(page, path.join(dir, "works.csv"));
      const account = page.locator('[data-testid="need-account"]');
      await account.waitFor({ state: "visible" });
      await account.fill(IMG);
      await page.locator('[data-testid="needs-apply"]').click();
      await expect.poll(() => page.locator('[data-testid="import-preview"]').getAttribute("data-status"), { timeout: 15_000 }).toBe("ready");
      const posts = page.locator('[data-testid="sample-posts-table"]');
      expect(await posts.locator("tbody tr td:nth-child(2)").allInnerTexts()).toEqual([SCRIPT, IMG]);
      expect(await posts.innerText()).toContain(`· ${IMG}`);
      await noElementsFromData(page);
      batches.push(await commit(page));
      await page.locator(`[data-testid="history-row"][data-batch="${batches[1]}"]`).waitFor({ state: "visible" });

      // 4. A fresh render of the page (history from the server) is just as inert.
      await page.reload({ waitUntil: "load" });
      await page.locator(`[data-testid="history-row"][data-batch="${batches[0]}"]`).waitFor({ state: "visible" });
      expect(await page.locator(`[data-testid="history-row"][data-batch="${batches[0]}"]`).innerText()).toContain(FILE_NAME);
      await noElementsFromData(page);
      // An onerror would fire once the image fails; give it time to.
      await page.waitForTimeout(500);

      expect(dialogs).toEqual([]);
      expect(requested.filter((p) => p === "/x" || p === "/data/x")).toEqual([]);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      page.off("dialog", onDialog);
      // Newest first, through the page's context (its session), from the page's origin as the browser's own fetch would be.
      for (const id of batches.reverse()) {
        const undone = await page.request.post(`${baseURL}/api/v1/imports/${id}/undo`, { headers: { origin: baseURL } });
        expect(undone.status(), `undo #${id}`).toBe(200);
        await undone.dispose();
      }
      await opened.close();
    }
  });
});

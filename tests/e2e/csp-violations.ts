// Content-Security-Policy violations a page reports, collected in the page
// itself: the `securitypolicyviolation` event names the directive and what was
// blocked (the console error Chromium also prints, which openPage() records,
// says less). Playwright's init script and evaluate() run outside the page's
// policy, so watching cannot itself be blocked.
import type { Page } from "playwright-core";

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

/**
 * Records every violation from the next navigation on (reload or go to the
 * page after calling this) and returns a function that reads them.
 */
export async function watchCspViolations(page: Page): Promise<() => Promise<CspViolation[]>> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations?.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` });
    });
  });
  return () => page.evaluate(() => window.__cspViolations ?? []);
}

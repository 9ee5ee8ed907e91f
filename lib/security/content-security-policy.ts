// The Content-Security-Policy of every page: scripts run only when they carry
// the request's nonce (Next puts it on its own scripts when it finds it in the
// request's CSP header, see proxy.ts) or were loaded by one that does
// ('strict-dynamic'), so text from an imported file that ever reached the page
// as HTML could not run. Nothing is loaded from another origin.

/** A fresh nonce: 128 random bits, base64 (what a CSP nonce-source allows). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy for one page request.
 *
 * - `style-src 'unsafe-inline'`: React writes `style="…"` attributes in the
 *   server-rendered HTML (progress bars, Recharts' containers and labels), and
 *   attributes cannot carry a nonce; a nonce in style-src would also switch
 *   'unsafe-inline' off. Styles cannot run code.
 * - `'unsafe-eval'` only under `next dev`: React rebuilds server error stacks
 *   in the browser with eval; production never evals.
 * - No `upgrade-insecure-requests`: the app is self-hosted and often served
 *   over plain HTTP on a local network, where it would break every request.
 */
export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The policy of API answers (JSON, CSV): data, never a document, so nothing
 * may load or run if a browser is ever made to show one as a page.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

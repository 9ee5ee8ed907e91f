// Response headers that do not change per request, applied by next.config.ts
// headers() to every response (pages, API, static files). The per-request
// Content-Security-Policy of pages comes from proxy.ts, since it needs a nonce.
import { API_CONTENT_SECURITY_POLICY } from "./content-security-policy";

type Header = { key: string; value: string };

/** Every response. */
export const SECURITY_HEADERS: readonly Header[] = [
  // Links to other sites get the origin only, never a URL with a week, filters or a workspace.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // An uploaded file echoed back as text/csv or JSON is never sniffed into HTML or script.
  { key: "X-Content-Type-Options", value: "nosniff" },
  // No page may be framed (clickjacking); CSP frame-ancestors says the same to newer browsers.
  { key: "X-Frame-Options", value: "DENY" },
  // The dashboard needs none of these; a script that got in could not ask for them either.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/**
 * `/api/…` answers: figures and imports change with every import, and an
 * export or token list must not stay in a shared or browser cache.
 */
export const API_HEADERS: readonly Header[] = [
  { key: "Cache-Control", value: "no-store" },
  { key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY },
];

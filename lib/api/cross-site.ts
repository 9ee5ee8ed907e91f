// Refuses cross-site writes. A page on another origin can make a browser send
// a POST with the user's cookies (a `no-cors` fetch or a form), so every
// mutating request that relies on the session cookie must come from a page
// of this app: its Origin must be the app's own, and its body must be JSON or
// multipart (a `text/plain` body is what such pages can send without asking).
// Bearer-token requests carry no ambient credentials and skip the Origin
// check, not the content type rule.
import { env } from "@/lib/env";
import { json } from "./response";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const BODY_TYPES = ["application/json", "multipart/form-data"];

export function isMutating(request: Request): boolean {
  return !SAFE_METHODS.has(request.method.toUpperCase());
}

/** Origins this app answers on: the request's own (Host and the forwarded protocol) plus APP_ORIGIN. */
function ownOrigins(request: Request): Set<string> {
  const url = new URL(request.url);
  const origins = new Set([url.origin]);
  const host = request.headers.get("host");
  if (host) {
    const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
    origins.add(`${proto}://${host}`);
  }
  for (const o of env().APP_ORIGIN) origins.add(o);
  return origins;
}

function hasBody(request: Request): boolean {
  const length = request.headers.get("content-length");
  return request.headers.has("transfer-encoding") || (length !== null && length !== "0");
}

/** A 403/415 for a cross-site or oddly-typed write; null when the request may go on. */
export function refuseCrossSite(request: Request, { checkOrigin }: { checkOrigin: boolean }): Response | null {
  if (!isMutating(request)) return null;
  if (checkOrigin) {
    const origin = request.headers.get("origin");
    if (!origin || !ownOrigins(request).has(origin)) {
      return json({ error: { code: "cross_site", message: "Cross-site requests are refused: send this request from the app's own pages (or with an API token)." } }, { status: 403 });
    }
  }
  if (hasBody(request)) {
    const type = (request.headers.get("content-type") ?? "").toLowerCase();
    if (!BODY_TYPES.some((t) => type.startsWith(t))) {
      return json({ error: { code: "unsupported_media_type", message: "Send the body as application/json or multipart/form-data." } }, { status: 415 });
    }
  }
  return null;
}

/** The app is reached over HTTPS (directly or behind a proxy that says so): session cookies get Secure. */
export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/**
 * The client's address for per-address limits: the last X-Forwarded-For hop
 * (the one the nearest proxy saw, or the socket address `next start` puts
 * there when the request has none).
 */
export function clientAddress(request: Request): string | null {
  const hops = (request.headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return hops.at(-1)?.slice(0, 64) ?? null;
}

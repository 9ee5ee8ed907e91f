// Runs before every page request (Next 16's proxy, formerly middleware): a
// fresh nonce per request, put in the page's Content-Security-Policy. Next
// reads the nonce from the policy on the *request* and adds it to its own
// scripts; `x-nonce` hands it to our one inline script
// (components/security/NonceScript.tsx). Both request headers are always
// overwritten, so a client cannot choose the nonce. Headers that do not
// change per request (and the API's) are in next.config.ts.
//
// It also sends a browser without a session cookie to sign in before any
// page renders (a real 307, where a redirect from a streaming page would
// arrive as a script). Whether a cookie's session is valid, and what its
// role may see, is still decided by each page through lib/auth/page-access.
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";

/** Pages a signed-out visitor may open. */
const PUBLIC_PAGES = /^\/(signin|setup|invite\/[^/]+)\/?$/;

export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (!request.cookies.has(SESSION_COOKIE) && !PUBLIC_PAGES.test(pathname)) {
    const signin = new URL("/signin", request.url);
    if (pathname !== "/" || search) signin.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signin, 307);
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not the API (a fixed policy, next.config.ts), Next's static
      // files and images, or files such as /icon.svg and public/ (a path ending in `.ext`).
      source: "/((?!api/|_next/static|_next/image|.*\\.\\w+$).*)",
      // Prefetches (next/link) render no document, so they need no nonce (Next's CSP guide).
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};

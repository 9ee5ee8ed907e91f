// Runs before every page request (Next 16's proxy, formerly middleware): a
// fresh nonce per request, put in the page's Content-Security-Policy. Next
// reads the nonce from the policy on the *request* and adds it to its own
// scripts; `x-nonce` hands it to our one inline script
// (components/security/NonceScript.tsx). Both request headers are always
// overwritten, so a client cannot choose the nonce. Headers that do not
// change per request (and the API's) are in next.config.ts.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";

export function proxy(request: NextRequest): NextResponse {
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

// proxy.ts, called as Next calls it: a fresh nonce per request in the page's
// Content-Security-Policy, handed to the render through the request headers
// (Next reads the policy there to put the nonce on its own scripts).
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { config, proxy } from "@/proxy";

/** The headers the proxy passes on to the render, as NextResponse.next({ request }) encodes them. */
function forwarded(response: Response, name: string): string | null {
  return response.headers.get(`x-middleware-request-${name}`);
}

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name as string, values]));
}

/** A page request from a browser that has a session cookie (without one, the proxy sends it to sign in). */
const page = (url: string, headers: Record<string, string> = {}) => new NextRequest(url, { headers: { cookie: "kpi_session=x", ...headers } });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("proxy", () => {
  it("sets a policy with a fresh nonce on every request, and passes the same nonce and policy to the render", () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const response = proxy(page("http://localhost/?week=2026-W47"));
      const policy = response.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/); // 16 random bytes, base64
      expect(forwarded(response, "x-nonce")).toBe(nonce);
      expect(forwarded(response, "content-security-policy")).toBe(policy);
      nonces.add(nonce as string);
    }
    expect(nonces.size).toBe(20);
  });

  it("allows scripts only with the nonce, loads nothing from elsewhere and may not be framed", () => {
    const response = proxy(page("http://localhost/data"));
    const policy = directives(response.headers.get("content-security-policy") ?? "");
    const nonce = forwarded(response, "x-nonce");
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.get("font-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("overwrites a nonce or policy the client sent", () => {
    const request = page("http://localhost/", { "x-nonce": "chosen", "content-security-policy": "script-src 'nonce-chosen'" });
    const response = proxy(request);
    expect(forwarded(response, "x-nonce")).not.toBe("chosen");
    expect(forwarded(response, "content-security-policy")).not.toContain("chosen");
  });

  it("allows eval under next dev only (React's error stacks), never in production", () => {
    expect(proxy(page("http://localhost/")).headers.get("content-security-policy")).not.toContain("unsafe-eval");
    vi.stubEnv("NODE_ENV", "development");
    expect(directives(proxy(page("http://localhost/")).headers.get("content-security-policy") ?? "").get("script-src")).toContain("'unsafe-eval'");
  });

  it("sends a browser without a session cookie to sign in, keeping where it was going; the public pages open", () => {
    const to = (url: string) => {
      const response = proxy(new NextRequest(url));
      return { status: response.status, location: response.headers.get("location") };
    };
    expect(to("http://localhost/platforms?kpi=roi")).toEqual({ status: 307, location: "http://localhost/signin?next=%2Fplatforms%3Fkpi%3Droi" });
    expect(to("http://localhost/")).toEqual({ status: 307, location: "http://localhost/signin" });
    expect(to("http://localhost/settings")).toEqual({ status: 307, location: "http://localhost/signin?next=%2Fsettings" });
    for (const open of ["http://localhost/signin", "http://localhost/setup", "http://localhost/invite/abc123"]) {
      const response = proxy(new NextRequest(open));
      expect(response.headers.get("location"), open).toBeNull();
      expect(response.headers.get("content-security-policy"), open).toContain("frame-ancestors 'none'");
    }
  });

  it("runs on pages, not on the API, Next's static files, files such as /icon.svg or prefetches (Next's own matcher check)", () => {
    const runs = (url: string, headers?: Record<string, string>) => unstable_doesMiddlewareMatch({ config, url, headers });
    for (const page of ["/", "/?week=2026-W47", "/platforms", "/executive", "/data"]) expect(runs(page), page).toBe(true);
    for (const file of ["/api/health", "/api/v1/kpis", "/api/v1/export?from=2026-01-01&to=2026-01-31", "/_next/static/chunks/main.js", "/_next/image", "/icon.svg", "/screenshots/weekly-board-en.png"]) {
      expect(runs(file), file).toBe(false);
    }
    expect(runs("/platforms", { "next-router-prefetch": "1" })).toBe(false);
  });
});

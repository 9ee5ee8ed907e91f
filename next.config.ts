import type { NextConfig } from "next";
import { API_HEADERS, SECURITY_HEADERS } from "./lib/security/static-headers";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Several builds of one checkout (e.g. parallel test runs) can each have their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Browsers and feed readers still ask for /favicon.ico whenever a document's
  // icon link is missing or being replaced (as during router.refresh); answer
  // with the app's icon rather than a 404.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
  // The same on every response; a page's Content-Security-Policy carries a nonce, so it comes from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [...API_HEADERS] },
    ];
  },
};

export default nextConfig;

import type { NextConfig } from "next";
import { API_HEADERS, SECURITY_HEADERS } from "./lib/security/static-headers";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Several builds of one checkout (e.g. parallel test runs) can each have their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The same on every response; a page's Content-Security-Policy carries a nonce, so it comes from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [...API_HEADERS] },
    ];
  },
};

export default nextConfig;

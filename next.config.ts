import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Several builds of one checkout (e.g. parallel test runs) can each have their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;

import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only (generate, and migrate where the native engine
// can be downloaded). The app and scripts resolve the URL in lib/env.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/kpi.db" },
});

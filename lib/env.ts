// process.env, parsed with zod. Nothing else in the app reads process.env.
import path from "node:path";
import { z } from "zod";

const EnvSchema = z.object({
  /** A SQLite file (`file:./data/kpi.db`), or a PostgreSQL server (`postgresql://…`), where imports do not run yet. */
  DATABASE_URL: z
    .string()
    .refine((url) => /^file:.+/.test(url) || isPostgresUrl(url), "DATABASE_URL must be a SQLite file URL such as file:./data/kpi.db, or a postgresql:// URL")
    .default("file:./data/kpi.db"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Extra origins (comma-separated) the app is reached on behind a proxy that rewrites Host, e.g. https://kpi.example.com */
  APP_ORIGIN: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((o) => o.trim().replace(/\/$/, "")).filter(Boolean)),
  /** First admin for scripted installs: created with the first workspace when the database has no user yet. */
  ADMIN_EMAIL: z.string().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  /** Name of the first workspace ADMIN_EMAIL creates. */
  ADMIN_WORKSPACE: z.string().min(1).max(100).default("My team"),
});

export type Env = z.infer<typeof EnvSchema>;

/** Parsed on each call (microseconds), so tests can point the app at their own database file. */
export function env(): Env {
  return EnvSchema.parse(process.env);
}

/** Absolute path of the SQLite file named by a `file:` URL (relative to the working directory). */
export function sqlitePathFromUrl(url: string): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/** Whether a database URL names a PostgreSQL server (`postgresql://…`) rather than a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

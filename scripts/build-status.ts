// Is the production build in .next older than its sources? Used by the start
// script and the browser tests' global setup so that neither serves a stale
// build, and neither rebuilds (minutes on 2 cores) when nothing changed.
//
// The check compares modification times with .next/BUILD_ID, which `next build`
// writes on success. It errs towards rebuilding: any newer file counts, even
// one that would not change the output.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** Directories whose files go into the build (relative to the project root). */
const SOURCE_DIRS = ["app", "components", "lib", "public"];
/** Single files that change the build. */
const SOURCE_FILES = ["next.config.ts", "proxy.ts", "instrumentation-client.ts", "postcss.config.mjs", "tsconfig.json", "package.json", "prisma/schema.prisma"];
/**
 * Written by `prisma generate` on every install (so its times say nothing), and
 * follows prisma/schema.prisma, which is checked instead.
 */
const EXCLUDED_DIRS = ["lib/generated"];

/** Where `next build` writes (next.config.ts reads the same variable). */
export function distDir(): string {
  return process.env.NEXT_DIST_DIR || ".next";
}

export interface BuildStatus {
  needed: boolean;
  /** Why a build is needed, for log lines; null when the build is current. */
  reason: string | null;
}

export async function needsBuild(root: string): Promise<boolean> {
  return (await buildStatus(root)).needed;
}

export async function buildStatus(root: string): Promise<BuildStatus> {
  const buildId = path.join(distDir(), "BUILD_ID");
  const buildIdTime = await mtime(path.join(root, buildId));
  if (buildIdTime === null) return { needed: true, reason: `no ${buildId} (never built)` };

  const excluded = new Set(EXCLUDED_DIRS.map((dir) => path.join(root, dir)));
  for (const file of SOURCE_FILES) {
    const time = await mtime(path.join(root, file));
    if (time !== null && time > buildIdTime) return { needed: true, reason: `${file} is newer than ${buildId}` };
  }
  for (const dir of SOURCE_DIRS) {
    const newer = await findNewerFile(path.join(root, dir), buildIdTime, excluded);
    if (newer !== null) return { needed: true, reason: `${path.relative(root, newer)} is newer than ${buildId}` };
  }
  return { needed: false, reason: null };
}

/** The first file (or directory: a deleted file changes its parent's time) under `dir` modified after `since`. */
async function findNewerFile(dir: string, since: number, excluded: Set<string>): Promise<string | null> {
  if (excluded.has(dir)) return null;
  const dirTime = await mtime(dir);
  if (dirTime === null) return null;
  if (dirTime > since) return dir;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const newer = await findNewerFile(full, since, excluded);
      if (newer !== null) return newer;
    } else {
      const time = await mtime(full);
      if (time !== null && time > since) return full;
    }
  }
  return null;
}

async function mtime(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

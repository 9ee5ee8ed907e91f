// What `npm run db:seed` and `npm run db:reset` do once the database file is
// ready: generate the demo dataset and load it, skipping or replacing as asked.
import { now } from "@/lib/clock";
import type { Db } from "@/lib/db";
import type { Day } from "@/lib/metrics/periods";
import { DEMO_WORKSPACE_SLUG, demoEndDay, generateDemoData } from "./generate-demo-data";
import { ensureDemoUsers } from "./demo-users";
import { loadDemoData, type DemoLoadSummary } from "./load-demo-data";

export interface SeedDemoOptions {
  /** do nothing when any workspace exists (first start of the app) */
  ifEmpty?: boolean;
  /** defaults to demoEndDay(now) */
  endDay?: Day;
  now?: Date;
  weeks?: number;
  seed?: number;
}

export type SeedDemoResult =
  | { status: "skipped"; existingWorkspaces: number }
  | { status: "loaded" | "replaced"; summary: DemoLoadSummary; generateMs: number; loadMs: number };

export async function seedDemoWorkspace(db: Db, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  if (options.ifEmpty) {
    const existingWorkspaces = await db.workspace.count();
    if (existingWorkspaces > 0) return { status: "skipped", existingWorkspaces };
  }
  const endDay = options.endDay ?? demoEndDay(options.now ?? now());
  const started = performance.now();
  const dataset = generateDemoData({ endDay, weeks: options.weeks, seed: options.seed });
  const generated = performance.now();
  const existed = (await db.workspace.count({ where: { slug: DEMO_WORKSPACE_SLUG } })) > 0;
  const summary = await loadDemoData(db, dataset, { replaceExisting: true });
  await ensureDemoUsers(db, summary.workspaceId);
  return {
    status: existed ? "replaced" : "loaded",
    summary,
    generateMs: Math.round(generated - started),
    loadMs: Math.round(performance.now() - generated),
  };
}

/** Lines for the console: what was loaded, over which days, and how long it took. */
export function describeSeedResult(result: SeedDemoResult): string[] {
  if (result.status === "skipped") {
    return [`demo data not loaded: the database already has ${result.existingWorkspaces} workspace(s) (--if-empty)`];
  }
  const { summary } = result;
  const width = Math.max(...Object.keys(summary.counts).map((k) => k.length));
  return [
    `${result.status} workspace "${summary.slug}" (id ${summary.workspaceId}), days ${summary.range.start} … ${summary.range.end}`,
    ...Object.entries(summary.counts).map(([table, n]) => `  ${table.padEnd(width)}  ${n.toLocaleString("en-US").padStart(7)}`),
    `generated in ${result.generateMs} ms, loaded in ${result.loadMs} ms`,
  ];
}

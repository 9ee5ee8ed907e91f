// `npm run import` as a child process on a temp database: a good file
// imports (exit 0), a bad one prints line, column and reason and exits 1
// without writing, bad arguments exit 2. Without --workspace it imports into
// the only workspace that is not the demo, and refuses to guess between several.
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalCsv, checksum, sampleRow } from "../helpers/import-fixtures";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");

let t: TempDatabase;
let dir: string;

beforeAll(async () => {
  t = await createTempDatabase();
  await t.db.workspace.create({ data: { slug: "cli", name: "CLI" } });
  // the demo never counts as "the only workspace": the CLI must not write a team's file into it
  await t.db.workspace.create({ data: { slug: "demo", name: "Demo", isDemo: true } });
  dir = await mkdtemp(path.join(os.tmpdir(), "kpi-cli-"));
});
afterAll(async () => {
  await t.cleanup();
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: t.url },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    if (process.env.DEBUG_CLI) console.error("CLI FAILED", e.code, e.stderr, e.stdout);
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run import", () => {
  it("imports a good file and prints the preview", async () => {
    const file = path.join(dir, "good.csv");
    await writeFile(file, canonicalCsv([sampleRow(1, 0), sampleRow(1, 1), sampleRow(2, 0, "weibo")]));
    const dry = await cli(file, "--dry-run", "--lang", "en");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("3 read: 3 insert, 0 update, 0 unchanged, 0 rejected");
    expect(dry.stdout).toContain("Dry run: nothing was written.");
    expect(await t.db.dailyMetric.count()).toBe(0);

    const result = await cli(file, "--lang", "en");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Workspace: CLI (cli)");
    expect(result.stdout).toMatch(/Preset\s+canonical/);
    expect(result.stdout).toContain("2026-01-01 … 2026-01-02");
    expect(result.stdout).toMatch(/Imported as import #\d+/);
    expect(await t.db.dailyMetric.count()).toBe(3);
    const batch = await t.db.importBatch.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(batch).toMatchObject({ source: "cli", status: "committed", fileName: "good.csv", workspaceId: (await t.db.workspace.findUniqueOrThrow({ where: { slug: "cli" } })).id });
    expect(batch.createdBy).toMatch(/^cli:/);
  });

  it("prints line, column and reason of rejected rows, writes nothing and exits 1", async () => {
    const file = path.join(dir, "bad.csv");
    await writeFile(file, canonicalCsv([sampleRow(3, 0), { ...sampleRow(3, 1), impressions: -5 }, { ...sampleRow(3, 2), date: "2026-02-30" }]));
    const before = checksum(t.file);
    const result = await cli(file, "--lang", "en");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/3\s+impressions\s+-5\s+cannot be negative/);
    expect(result.stdout).toMatch(/4\s+date\s+2026-02-30\s+not a date YYYY-MM-DD/);
    expect(result.stderr).toContain("2 rows were rejected");
    expect(checksum(t.file)).toBe(before);

    const zh = await cli(file, "--dry-run");
    expect(zh.code).toBe(1);
    expect(zh.stdout).toMatch(/3\s+impressions\s+-5\s+不能为负数/);

    const skipped = await cli(file, "--skip-rejected", "--lang", "en");
    expect(skipped.code).toBe(0);
    expect(await t.db.dailyMetric.count({ where: { account: { handle: "acct_3" } } })).toBe(1);
  });

  it("asks for --year of a file whose dates have none, offering the likely one", async () => {
    const file = path.join(dir, "Overview.csv");
    await writeFile(file, '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n"January 1","10","1","2","0","0"\n"January 2","12","1","2","0","0"\n');
    const result = await cli(file, "--account", "@brand", "--lang", "en");
    expect(result.code).toBe(1);
    // the likely year depends on today, which a child process cannot be given: only its presence is checked here
    expect(result.stdout).toMatch(/Needs\s+--year \(likely \d{4}\)/);
    expect(result.stderr).toMatch(/The year is likely \d{4}\./);
  });

  it("exits 2 on bad arguments and 1 on a file it cannot read", async () => {
    const noFile = await cli("--lang", "en");
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain("usage: npm run import");
    expect((await cli(path.join(dir, "missing.csv"))).code).toBe(2);
    expect((await cli(path.join(dir, "good.csv"), "--year", "twenty")).stderr).toContain("--year");
    expect((await cli(path.join(dir, "good.csv"), "--preset", "nope")).code).toBe(2);
    const binary = path.join(dir, "report.xls");
    await writeFile(binary, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const unreadable = await cli(binary, "--lang", "en");
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain(".xls");
  });
});

describe("npm run import with several workspaces", () => {
  it("exits 2 naming the workspaces without --workspace, writes nothing, and imports into the one --workspace names", async () => {
    const second = await t.db.workspace.create({ data: { slug: "second", name: "Second team" } });
    try {
      const file = path.join(dir, "second.csv");
      await writeFile(file, canonicalCsv([sampleRow(8, 0), sampleRow(8, 1)]));
      const before = checksum(t.file);
      const guess = await cli(file, "--lang", "en");
      expect(guess.code).toBe(2);
      expect(guess.stderr).toContain("--workspace");
      for (const slug of ["cli", "second"]) expect(guess.stderr).toContain(slug);
      expect(checksum(t.file)).toBe(before);

      const unknown = await cli(file, "--workspace", "nope", "--lang", "en");
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('"nope"');
      expect(checksum(t.file)).toBe(before);

      const chosen = await cli(file, "--workspace", "second", "--lang", "en");
      expect(chosen.code).toBe(0);
      expect(chosen.stdout).toContain("Workspace: Second team (second)");
      expect(await t.db.dailyMetric.count({ where: { workspaceId: second.id } })).toBe(2);
      expect(await t.db.dailyMetric.count({ where: { account: { handle: "acct_8" } } })).toBe(2);
    } finally {
      await t.db.workspace.delete({ where: { id: second.id } });
    }
  });
});

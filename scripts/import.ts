// npm run import -- <file> [--preset key] [--platform key] [--account handle]
//   [--year YYYY] [--day YYYY-MM-DD] [--workspace slug] [--dry-run]
//   [--skip-rejected] [--lang zh-CN|en]
// Prints the same preview as /data (detected preset, counts, date range,
// accounts, the first errors with line, column, value and reason), then
// imports the file in one transaction unless --dry-run. Large canonical CSV
// files are streamed from disk. Exit codes: 0 imported (or a clean dry run),
// 1 rejected rows (without --skip-rejected), an unreadable file or one that
// needs more options, 2 bad arguments.
import { stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { audit } from "@/lib/auth/audit";
import { createDb, type Db } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { env } from "@/lib/env";
import { localizeRowError, type ImportLang } from "@/lib/ingest/error-messages";
import { commitImport, ImportOptionError, ImportWriteError, previewImport, type ImportPreview, type ImportProgress } from "@/lib/ingest/pipeline";
import { getWorkspaceBySlug, type Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { Day } from "@/lib/schemas/api/params";
import { PlatformKey } from "@/lib/schemas/enums";

const USAGE = `usage: npm run import -- <file> [options]

  --preset <key>        read the file with this preset (default: detected)
  --platform <key>      platform of a file that does not name one (douyin, tiktok, …)
  --account <handle>    account of a file that does not name one
  --year <YYYY>         year of the latest date, for dates written without one ("April 12")
  --day <YYYY-MM-DD>    day of every row, for files without a date column
  --workspace <slug>    workspace to import into (default: the only workspace that is
                        not the demo; required when there are several)
  --dry-run             print the preview only; write nothing
  --skip-rejected       import the valid rows of a file that has rejected ones
  --lang <zh-CN|en>     language of the report (default: zh-CN)
  --help                this text

exit codes: 0 imported, 1 rejected rows / unreadable file / more options needed, 2 bad arguments`;

const Args = z.strictObject({
  file: z.string().min(1, "the file to import is missing"),
  preset: z.string().min(1).optional(),
  platform: PlatformKey.optional(),
  account: z.string().trim().min(1).max(200).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  day: Day.optional(),
  workspace: z.string().min(1).max(64).optional(),
  "dry-run": z.literal(true).optional(),
  "skip-rejected": z.literal(true).optional(),
  lang: z.enum(["zh-CN", "en"]).default("zh-CN"),
  help: z.literal(true).optional(),
});
type Args = z.infer<typeof Args>;

const FLAGS = new Set(["dry-run", "skip-rejected", "help"]);

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  const raw: Record<string, unknown> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    if (FLAGS.has(name)) {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      raw[name] = true;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith("--"))) throw new UsageError(`--${name} needs a value`);
    raw[name] = value;
  }
  if (positional.length > 1) throw new UsageError(`one file at a time (got ${positional.join(", ")})`);
  raw.file = positional[0] ?? "";
  if (raw.help) return { file: "", lang: "zh-CN", help: true };
  const parsed = Args.safeParse(raw);
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues
        .map((i) => (i.code === "unrecognized_keys" ? i.keys.map((k) => `--${k}: unknown option`).join("\n") : `${i.path[0] === "file" ? "<file>" : `--${String(i.path[0])}`}: ${i.message}`))
        .join("\n"),
    );
  }
  return parsed.data;
}

// ---- printing ----------------------------------------------------------------------

/** Columns as a terminal shows them: CJK characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
const pad = (text: string, n: number) => text + " ".repeat(Math.max(0, n - width(text)));
const clip = (text: string, n: number) => (width(text) > n ? `${[...text].slice(0, n - 1).join("")}…` : text);

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) => `  ${cells.map((c, i) => pad(c, widths[i] as number)).join("  ")}`.trimEnd();
  return [line(head), ...rows.map(line)];
}

const T = {
  en: {
    file: "File", preset: "Preset", rows: "Rows", content: "Posts", days: "Days", accounts: "Accounts", rollup: "Result", notes: "Notes", errors: "Errors",
    needs: "Needs", none: "none detected", read: "read", insert: "insert", update: "update", unchanged: "unchanged", rejected: "rejected", skipped: "skipped",
    newAccounts: "new", platform: "platform", account: "account", exists: "exists", yes: "yes", no: "no (created)", line: "line", column: "column",
    value: "value", reason: "reason", of: "of", previously: "This exact file was imported before as import", rowCount: "rows", likely: "likely",
  },
  "zh-CN": {
    file: "文件", preset: "预设", rows: "行", content: "作品", days: "日期", accounts: "账号", rollup: "结果", notes: "说明", errors: "错误",
    needs: "需要", none: "未识别", read: "读取", insert: "新增", update: "更新", unchanged: "不变", rejected: "拒绝", skipped: "跳过",
    newAccounts: "新建", platform: "平台", account: "账号", exists: "已存在", yes: "是", no: "否（将新建）", line: "行", column: "列",
    value: "值", reason: "原因", of: "/", previously: "完全相同的文件之前已导入，导入编号", rowCount: "行数", likely: "可能是",
  },
} as const;

function describePreview(preview: ImportPreview, lang: ImportLang): string[] {
  const t = T[lang];
  const zh = lang === "zh-CN";
  const c = preview.counts;
  const out: string[] = [];
  const mb = (preview.size / 1024 / 1024).toFixed(1);
  out.push(`${pad(t.file, 10)}${preview.fileName} (${mb} MB${preview.format.encoding ? `, ${preview.format.encoding}` : ""}, sha256 ${preview.contentHash.slice(0, 12)})`);
  const p = preview.preset;
  out.push(`${pad(t.preset, 10)}${p ? `${p.key} — ${zh ? p.nameZh : p.nameEn} [${p.via}, ${p.score.toFixed(2)}]` : t.none}`);
  if (preview.needs.length) {
    const likely = preview.dates?.suggestedYear ?? null;
    out.push(`${pad(t.needs, 10)}${preview.needs.map((n) => (n === "year" && likely !== null ? `--year (${t.likely} ${likely})` : `--${n}`)).join(" ")}`);
  }
  out.push(
    `${pad(t.rows, 10)}${c.rows} ${t.read}: ${c.inserted} ${t.insert}, ${c.updated} ${t.update}, ${c.unchanged} ${t.unchanged}, ${c.rejected} ${t.rejected}, ${c.skipped} ${t.skipped}`,
  );
  if (c.contentInserted + c.contentUpdated + c.contentUnchanged > 0) {
    out.push(`${pad(t.content, 10)}${c.contentInserted} ${t.insert}, ${c.contentUpdated} ${t.update}, ${c.contentUnchanged} ${t.unchanged}`);
  }
  if (preview.firstDay) out.push(`${pad(t.days, 10)}${preview.firstDay} … ${preview.lastDay}`);
  if (preview.accountsTotal) {
    out.push(`${pad(t.accounts, 10)}${preview.accountsTotal} (${c.accountsNew} ${t.newAccounts})`);
    out.push(...table([t.platform, t.account, t.rowCount, t.exists], preview.accounts.slice(0, 20).map((a) => [a.platformKey, clip(a.handle, 40), String(a.rows), a.exists ? t.yes : t.no])));
  }
  out.push(`${pad(t.rollup, 10)}${zh ? preview.rollup.zh : preview.rollup.en}`);
  for (const n of preview.notes) out.push(`${pad(t.notes, 10)}${zh ? n.zh : n.en}`);
  if (preview.previousImport) out.push(`${pad("", 10)}${t.previously} #${preview.previousImport.batchId}`);
  if (preview.errorsTotal) {
    const shown = preview.errors.slice(0, 20);
    out.push(`${t.errors} (${shown.length} ${t.of} ${preview.errorsTotal})`);
    out.push(
      ...table(
        [t.line, t.column, t.value, t.reason],
        shown.map((e) => {
          const l = localizeRowError(e, lang);
          return [String(e.row), clip(e.column, 30), clip(e.value.replace(/\s+/g, " "), 30), l.message];
        }),
      ),
    );
  }
  return out;
}

function progressPrinter(): ((p: ImportProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    const pct = p.bytesTotal ? Math.floor((p.bytesRead / p.bytesTotal) * 100) : 0;
    process.stderr.write(`\r${pct}%  ${p.rows.toLocaleString("en")} rows`);
  };
}

// ---- main ---------------------------------------------------------------------------

async function main(argv: readonly string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const file = path.resolve(args.file);
  try {
    if (!(await stat(file)).isFile()) throw new Error("not a file");
  } catch {
    console.error(`${args.file}: no such file\n\n${USAGE}`);
    return 2;
  }
  const url = env().DATABASE_URL;
  await prepareDatabase(url);
  const db = createDb(url);
  try {
    const chosen = await chooseWorkspace(db, args.workspace);
    if (!chosen.ok) {
      console.error(chosen.message);
      return 2;
    }
    const workspace = chosen.workspace;
    console.log(args.lang === "zh-CN" ? `工作区：${workspace.name}（${workspace.slug}）` : `Workspace: ${workspace.name} (${workspace.slug})`);
    const input = {
      path: file,
      fileName: path.basename(file),
      options: { preset: args.preset, platform: args.platform, account: args.account, year: args.year, day: args.day },
      onProgress: progressPrinter(),
    };
    const clearProgress = () => {
      if (input.onProgress) process.stderr.write("\r\x1b[K");
    };
    const zh = args.lang === "zh-CN";
    if (args["dry-run"]) {
      const preview = await previewImport(db, workspace, input);
      clearProgress();
      for (const line of describePreview(preview, args.lang)) console.log(line);
      console.log(zh ? "试运行：未写入任何数据。" : "Dry run: nothing was written.");
      if (preview.status === "ready") return 0;
      return preview.status === "has_errors" && args["skip-rejected"] ? 0 : 1;
    }
    const result = await commitImport(db, workspace, {
      ...input,
      skipRejected: args["skip-rejected"] ?? false,
      createdBy: `cli:${os.userInfo().username}`,
      source: "cli",
    });
    clearProgress();
    for (const line of describePreview(result.preview, args.lang)) console.log(line);
    if (result.ok) {
      await audit(db, { workspaceId: workspace.id, userId: null, actor: `cli:${os.userInfo().username}`, action: "import", target: `import ${result.batchId}`, detail: { fileName: input.fileName, counts: result.counts } });
      console.log(zh ? `已导入，导入编号 #${result.batchId}（可在 /data 撤销）。` : `Imported as import #${result.batchId} (it can be undone on /data).`);
      return 0;
    }
    console.error(zh ? result.message.zh : result.message.en);
    return 1;
  } catch (error) {
    if (error instanceof ImportOptionError) {
      console.error(`--${error.field}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ImportWriteError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });

/**
 * The workspace named by --workspace, or else the only one that is not the
 * demo: the CLI never writes a team's file into the invented demo figures
 * by default, nor guesses between several teams.
 */
async function chooseWorkspace(db: Db, slug: string | undefined): Promise<{ ok: true; workspace: Workspace } | { ok: false; message: string }> {
  if (slug !== undefined) {
    const workspace = await getWorkspaceBySlug(db, slug);
    return workspace ? { ok: true, workspace } : { ok: false, message: `workspace "${slug}" not found (${await slugList(db)})` };
  }
  const own = await db.workspace.findMany({ where: { isDemo: false }, orderBy: { id: "asc" } });
  if (own.length === 1) return { ok: true, workspace: own[0]! };
  if (own.length === 0) return { ok: false, message: `no workspace of your own yet: create one on the first-run page (npm start), or pass --workspace <slug> (${await slugList(db)})` };
  return { ok: false, message: `several workspaces: pass --workspace <slug> (${await slugList(db)})` };
}

async function slugList(db: Db): Promise<string> {
  const all = await db.workspace.findMany({ select: { slug: true }, orderBy: { id: "asc" } });
  return all.length ? `workspaces: ${all.map((w) => w.slug).join(", ")}` : "the database has no workspace";
}

// What /data shows about imports: the history of batches (newest first), one
// batch in detail, and the presets a file can be read with (built-in and the
// workspace's saved mappings).
import type { Db } from "@/lib/db";
import { getImportChangeCounts } from "@/lib/queries/getImportChangeCounts";
import type { ImportBatch } from "@/lib/generated/prisma/client";
import { localizeRowError, type ImportLang } from "@/lib/ingest/error-messages";
import { BUILT_IN_PRESETS } from "@/lib/ingest/presets";
import type { RowError } from "@/lib/ingest/types";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { CustomMapping, type ImportBatchJson, type PresetListJson } from "@/lib/schemas/api/imports";
import { ImportStatus } from "@/lib/schemas/enums";

export function batchJson(b: ImportBatch): ImportBatchJson {
  return {
    id: b.id,
    fileName: b.fileName,
    hashPrefix: b.contentHash.slice(0, 12),
    contentHash: b.contentHash,
    preset: b.preset,
    kind: b.kind,
    source: b.source,
    status: ImportStatus.parse(b.status),
    rowsTotal: b.rowsTotal,
    rowsInserted: b.rowsInserted,
    rowsUpdated: b.rowsUpdated,
    rowsUnchanged: b.rowsUnchanged,
    rowsRejected: b.rowsRejected,
    contentInserted: b.contentInserted,
    contentUpdated: b.contentUpdated,
    skippedRejected: b.skippedRejected,
    firstDay: b.firstDay,
    lastDay: b.lastDay,
    createdBy: b.createdBy,
    createdAt: b.createdAt.toISOString(),
    committedAt: b.committedAt?.toISOString() ?? null,
    undoneAt: b.undoneAt?.toISOString() ?? null,
    canUndo: b.status === "committed",
  };
}

export async function listImports(db: Db, workspace: Workspace, options: { limit?: number } = {}): Promise<ImportBatchJson[]> {
  const batches = await db.importBatch.findMany({ where: { workspaceId: workspace.id }, orderBy: { id: "desc" }, take: options.limit ?? 100 });
  return batches.map(batchJson);
}

export async function getImportBatch(db: Db, workspace: Workspace, id: number): Promise<ImportBatchJson | null> {
  const batch = await db.importBatch.findFirst({ where: { id, workspaceId: workspace.id } });
  return batch ? batchJson(batch) : null;
}

function parseJson(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** One batch with its errors (in the language asked for), options and what it changed. */
export async function getImportDetail(db: Db, workspace: Workspace, id: number, lang: ImportLang) {
  const batch = await db.importBatch.findFirst({ where: { id, workspaceId: workspace.id } });
  if (!batch) return null;
  const changes = await getImportChangeCounts(db, { batchId: id });
  const count = (table: string, action: string) => changes.find((c) => c.table === table && c.action === action)?.rows ?? 0;
  const errors = parseJson(batch.errors);
  const options = parseJson(batch.options);
  return {
    ...batchJson(batch),
    errors: Array.isArray(errors) ? (errors as RowError[]).map((e) => localizeRowError(e, lang)) : [],
    options: options && typeof options === "object" && !Array.isArray(options) ? (options as Record<string, unknown>) : null,
    changes: {
      dailyInserted: count("DailyMetric", "insert"),
      dailyUpdated: count("DailyMetric", "update"),
      contentInserted: count("ContentItem", "insert"),
      contentUpdated: count("ContentItem", "update"),
      accountsCreated: count("Account", "insert"),
    },
  };
}

// ---- presets ---------------------------------------------------------------------

export async function listPresets(db: Db, workspace: Workspace): Promise<PresetListJson> {
  const saved = await db.importPreset.findMany({ where: { workspaceId: workspace.id }, orderBy: { name: "asc" } });
  return {
    builtIn: BUILT_IN_PRESETS.map((p) => ({ key: p.key, nameEn: p.nameEn, nameZh: p.nameZh, platform: p.platform, kind: p.kind })),
    custom: saved.flatMap((p) => {
      const mapping = CustomMapping.safeParse(parseJson(p.mapping));
      const headers = parseJson(p.headers);
      if (!mapping.success) return [];
      return [
        {
          key: `custom:${p.key}`,
          name: p.name,
          headers: Array.isArray(headers) ? headers.filter((h): h is string => typeof h === "string") : [],
          mapping: mapping.data,
          platform: mapping.data.platform ?? null,
          kind: "daily" as const,
          createdAt: p.createdAt.toISOString(),
          updatedAt: p.updatedAt.toISOString(),
        },
      ];
    }),
  };
}

/** A key from a name: ASCII letters and digits, else a short hash of the name (Chinese names). */
export function presetKey(name: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  if (slug.length >= 3) return slug;
  let h = 0;
  for (const ch of name) h = (Math.imul(h, 31) + (ch.codePointAt(0) ?? 0)) >>> 0;
  return `preset-${h.toString(36)}`;
}

/** Saves (or replaces, by name) a custom mapping. */
export async function savePreset(db: Db, workspace: Workspace, input: { name: string; headers: string[]; mapping: CustomMapping }) {
  const key = presetKey(input.name);
  await db.importPreset.upsert({
    where: { workspaceId_key: { workspaceId: workspace.id, key } },
    create: { workspaceId: workspace.id, key, name: input.name, headers: JSON.stringify(input.headers), mapping: JSON.stringify(input.mapping) },
    update: { name: input.name, headers: JSON.stringify(input.headers), mapping: JSON.stringify(input.mapping) },
  });
  const list = await listPresets(db, workspace);
  return list.custom.find((p) => p.key === `custom:${key}`) ?? null;
}

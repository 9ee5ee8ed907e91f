// Upserts content records (one post / video / note each) by (account,
// externalId), counting inserted, updated and unchanged items like the daily
// writer, creating accounts on demand, and recording an ImportChange per
// inserted or updated item so the import can be undone.
//
// On an update, only what the file knows changes: measures whose key is
// present, the title and publish time when the file gives them (null = not
// given). `format` and `origin` are set when the item is created and then left
// alone: origin (AI-generated / human / co-created) is assigned in the
// content lab and no export knows it. Posts files are small (thousands of
// rows), so this writer uses Prisma's API row by row for updates.
import { updateContentItemKpis } from "@/lib/queries/updateContentItemKpis";
import type { ContentRecord } from "./types";
import { type AccountBook, type ChunkCounts, type Queryable } from "./write-daily-metrics";

export const CONTENT_MEASURES = [
  "impressions",
  "reach",
  "views",
  "clicks",
  "likes",
  "comments",
  "shares",
  "saves",
  "follows",
  "watchSeconds",
  "durationSeconds",
] as const satisfies readonly (keyof ContentRecord["measures"])[];
type ContentMeasure = (typeof CONTENT_MEASURES)[number];

export const CONTENT_CHUNK = 500;

/** The columns an update may change (and an undo restores), as stored. */
export const CONTENT_RESTORED_COLUMNS = [...CONTENT_MEASURES, "title", "publishedAt", "importBatchId", "updatedAt"] as const;

const UPDATE_CHANGES_SQL = `INSERT INTO "ImportChange" ("batchId", "table", "rowId", "action", "before")
SELECT ?, 'ContentItem', c."id", 'update', json_object(${CONTENT_RESTORED_COLUMNS.map((col) => `'${col}', c."${col}"`).join(", ")})
FROM json_each(?) j JOIN "ContentItem" c ON c."id" = j.value`;

export interface ContentChunkParams {
  workspaceId: number;
  book: AccountBook;
  records: readonly ContentRecord[];
  write: boolean;
  batchId: number | null;
}

const num = (v: number | bigint | null): number | null => (v === null ? null : Number(v));

/** Classifies (and when writing, applies) a chunk of content records; an (account, externalId) appears once per import. */
export async function applyContentChunk(tx: Queryable, p: ContentChunkParams): Promise<ChunkCounts> {
  const { book, records } = p;
  if (records.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  if (p.write) await book.ensure(tx, records.map((r) => ({ platformKey: r.platformKey, handle: r.account })), p.batchId);

  const accountIds = new Set<number>();
  const externalIds = new Set<string>();
  for (const r of records) {
    const id = book.idOf(r.platformKey, r.account);
    if (id !== undefined) {
      accountIds.add(id);
      externalIds.add(r.externalId);
    }
  }
  const existing = accountIds.size
    ? await tx.contentItem.findMany({
        where: { workspaceId: p.workspaceId, accountId: { in: [...accountIds] }, externalId: { in: [...externalIds] } },
        select: {
          id: true, accountId: true, externalId: true, title: true, publishedAt: true,
          impressions: true, reach: true, views: true, clicks: true, likes: true, comments: true, shares: true, saves: true,
          follows: true, watchSeconds: true, durationSeconds: true,
        },
      })
    : [];
  const stored = new Map(existing.map((e) => [`${e.accountId}\u0000${e.externalId}`, e]));

  const inserts: ContentRecord[] = [];
  const updates: { id: number; record: ContentRecord; measures: Partial<Record<ContentMeasure, number | null>> }[] = [];
  let unchanged = 0;
  for (const r of records) {
    const accountId = book.idOf(r.platformKey, r.account);
    const current = accountId === undefined ? undefined : stored.get(`${accountId}\u0000${r.externalId}`);
    if (!current) {
      inserts.push(r);
      continue;
    }
    const measures: Partial<Record<ContentMeasure, number | null>> = {};
    let changed = false;
    for (const m of CONTENT_MEASURES) {
      if (!(m in r.measures)) continue;
      const value = r.measures[m] ?? null;
      measures[m] = value;
      if (value !== num(current[m])) changed = true;
    }
    if (r.title !== null && r.title !== current.title) changed = true;
    if (r.publishedAt !== null && r.publishedAt.getTime() !== current.publishedAt?.getTime()) changed = true;
    if (changed) updates.push({ id: current.id, record: r, measures });
    else unchanged++;
  }

  if (p.write) {
    if (inserts.length) {
      const created = await tx.contentItem.createManyAndReturn({
        data: inserts.map((r) => ({
          workspaceId: p.workspaceId,
          accountId: book.idOf(r.platformKey, r.account) as number,
          externalId: r.externalId,
          title: r.title,
          publishedAt: r.publishedAt,
          format: r.format,
          origin: r.origin,
          ...Object.fromEntries(CONTENT_MEASURES.filter((m) => m in r.measures).map((m) => [m, r.measures[m] ?? null])),
          importBatchId: p.batchId,
        })),
        select: { id: true },
      });
      await updateContentItemKpis(tx, { ids: created.map((c) => c.id) });
      if (p.batchId !== null) {
        const batchId = p.batchId;
        await tx.importChange.createMany({ data: created.map((c) => ({ batchId, table: "ContentItem", rowId: c.id, action: "insert" })) });
      }
    }
    if (updates.length) {
      if (p.batchId !== null) await tx.$executeRawUnsafe(UPDATE_CHANGES_SQL, p.batchId, JSON.stringify(updates.map((u) => u.id)));
      for (const u of updates) {
        await tx.contentItem.update({
          where: { id: u.id },
          data: {
            ...u.measures,
            ...(u.record.title !== null ? { title: u.record.title } : {}),
            ...(u.record.publishedAt !== null ? { publishedAt: u.record.publishedAt } : {}),
            importBatchId: p.batchId,
          },
        });
      }
      await updateContentItemKpis(tx, { ids: updates.map((u) => u.id) });
    }
  }
  return { inserted: inserts.length, updated: updates.length, unchanged };
}

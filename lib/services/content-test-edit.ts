// Creating, changing and deleting content test groups, and putting posts into
// (or taking them out of) a test's variants. Each write is one transaction
// with its content_test_edit audit event. Another workspace's test → not
// found; another workspace's post → invalid, naming the id that was sent and
// nothing of that post.
import { audit } from "@/lib/auth/audit";
import type { Db } from "@/lib/db";
import type { ApiMessage } from "@/lib/api/response";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import {
  endsBeforeStart,
  type ContentTestEditResponse,
  type ContentTestItemsBody,
  type ContentTestPatchBody,
  type NewContentTestBody,
} from "@/lib/schemas/api/content-tests";
import { firstFreeKey, slugOf } from "@/lib/slug";

interface Who {
  actor: string;
  userId: number | null;
}

export type ContentTestEdit =
  | { kind: "ok"; value: ContentTestEditResponse }
  | { kind: "deleted"; id: number; unassigned: number }
  | { kind: "not_found" }
  | { kind: "invalid"; field: string; message: ApiMessage };

async function answer(db: Db, workspace: Workspace, id: number): Promise<ContentTestEdit> {
  const g = await db.contentTestGroup.findFirst({ where: { id, workspaceId: workspace.id }, include: { _count: { select: { items: true } } } });
  if (!g) throw new Error(`content test ${id} vanished after its write`);
  return {
    kind: "ok",
    value: {
      test: {
        id: g.id, key: g.key, name: g.name, hypothesis: g.hypothesis, controlVariant: g.controlVariant,
        startDay: g.startDay, endDay: g.endDay, running: g.endDay === null, items: g._count.items,
      },
    },
  };
}

const orNull = (s: string | null | undefined) => (s === undefined ? undefined : s === null || s === "" ? null : s);

export async function createContentTest(db: Db, workspace: Workspace, params: Who & { body: NewContentTestBody }): Promise<ContentTestEdit> {
  const { name, controlVariant, startDay } = params.body;
  const hypothesis = orNull(params.body.hypothesis) ?? null;
  const endDay = params.body.endDay ?? null;
  const key = await firstFreeKey(slugOf(name, "test"), async (k) =>
    (await db.contentTestGroup.findUnique({ where: { workspaceId_key: { workspaceId: workspace.id, key: k } }, select: { id: true } })) !== null,
  );
  const id = await db.$transaction(async (tx) => {
    const test = await tx.contentTestGroup.create({ data: { workspaceId: workspace.id, key, name, hypothesis, controlVariant, startDay, endDay } });
    await audit(tx, { workspaceId: workspace.id, userId: params.userId, actor: params.actor, action: "content_test_edit", target: `test ${name}`, detail: { added: key, controlVariant, startDay, endDay } });
    return test.id;
  });
  return answer(db, workspace, id);
}

export async function updateContentTest(db: Db, workspace: Workspace, params: Who & { id: number; body: ContentTestPatchBody }): Promise<ContentTestEdit> {
  const found = await db.contentTestGroup.findFirst({ where: { id: params.id, workspaceId: workspace.id } });
  if (!found) return { kind: "not_found" };
  const { name, controlVariant, startDay, endDay } = params.body;
  if (endsBeforeStart(startDay ?? found.startDay, endDay === undefined ? found.endDay : endDay)) {
    return { kind: "invalid", field: endDay === undefined ? "startDay" : "endDay", message: { code: "end_before_start" } };
  }
  await db.$transaction(async (tx) => {
    await tx.contentTestGroup.update({ where: { id: found.id }, data: { name, hypothesis: orNull(params.body.hypothesis), controlVariant, startDay, endDay } });
    await audit(tx, { workspaceId: workspace.id, userId: params.userId, actor: params.actor, action: "content_test_edit", target: `test ${name ?? found.name}`, detail: { changed: params.body } });
  });
  return answer(db, workspace, found.id);
}

/** Deletes the test; its posts stay, in no test and no variant. */
export async function removeContentTest(db: Db, workspace: Workspace, params: Who & { id: number }): Promise<ContentTestEdit> {
  const found = await db.contentTestGroup.findFirst({ where: { id: params.id, workspaceId: workspace.id } });
  if (!found) return { kind: "not_found" };
  const unassigned = await db.$transaction(async (tx) => {
    const { count } = await tx.contentItem.updateMany({ where: { workspaceId: workspace.id, testGroupId: found.id }, data: { testGroupId: null, variant: null } });
    await tx.contentTestGroup.delete({ where: { id: found.id } });
    await audit(tx, { workspaceId: workspace.id, userId: params.userId, actor: params.actor, action: "content_test_edit", target: `test ${found.name}`, detail: { removed: found.key, unassigned: count } });
    return count;
  });
  return { kind: "deleted", id: found.id, unassigned };
}

/** Unassigns first, then assigns (a post in both lists ends up assigned); the same post twice in `assignments`: the last variant wins. */
export async function assignContentTestItems(db: Db, workspace: Workspace, params: Who & { id: number; body: ContentTestItemsBody }): Promise<ContentTestEdit> {
  const found = await db.contentTestGroup.findFirst({ where: { id: params.id, workspaceId: workspace.id } });
  if (!found) return { kind: "not_found" };
  const { assignments, unassign } = params.body;
  const wanted = [...new Set(assignments.map((a) => a.itemId))];
  const own = new Set(
    (await db.contentItem.findMany({ where: { workspaceId: workspace.id, id: { in: wanted } }, select: { id: true } })).map((i) => i.id),
  );
  const missing = wanted.find((id) => !own.has(id));
  if (missing !== undefined) return { kind: "invalid", field: "assignments.itemId", message: { code: "unknown_content_item", values: { id: missing } } };
  const variantOf = new Map(assignments.map((a) => [a.itemId, a.variant]));
  await db.$transaction(async (tx) => {
    let unassigned = 0;
    if (unassign.length > 0) {
      unassigned = (await tx.contentItem.updateMany({ where: { workspaceId: workspace.id, testGroupId: found.id, id: { in: unassign } }, data: { testGroupId: null, variant: null } })).count;
    }
    const byVariant = new Map<string, number[]>();
    for (const [itemId, variant] of variantOf) byVariant.set(variant, [...(byVariant.get(variant) ?? []), itemId]);
    for (const [variant, ids] of byVariant) {
      await tx.contentItem.updateMany({ where: { workspaceId: workspace.id, id: { in: ids } }, data: { testGroupId: found.id, variant } });
    }
    await audit(tx, {
      workspaceId: workspace.id, userId: params.userId, actor: params.actor, action: "content_test_edit", target: `test ${found.name}`,
      detail: { assigned: Object.fromEntries([...byVariant].map(([v, ids]) => [v, ids.length])), unassigned },
    });
  });
  return answer(db, workspace, found.id);
}

// Deleting the workspace from /settings: the admin types its name to confirm;
// lib/services/workspaces deletes it (and nothing else) in one transaction,
// which also records `workspace_delete` and points the admin's session at
// another of their workspaces, or none. The event is kept outside any
// workspace (workspaceId null): the workspace's own log goes with it.
import { audit } from "@/lib/auth/audit";
import type { Db } from "@/lib/db";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { deleteWorkspace } from "./workspaces";

type Ref = { id: number; slug: string; name: string };

export type DeleteWorkspaceResult = { kind: "ok"; deleted: Ref; next: Ref | null } | { kind: "mismatch" };

export async function deleteWorkspaceConfirmed(
  db: Db,
  workspace: Workspace,
  params: { confirm: string; actor: string; userId: number | null; sessionId: number | null },
): Promise<DeleteWorkspaceResult> {
  if (params.confirm !== workspace.name) return { kind: "mismatch" };
  let next: Ref | null = null;
  await deleteWorkspace(db, workspace.id, async (tx) => {
    await audit(tx, {
      workspaceId: null,
      userId: params.userId,
      actor: params.actor,
      action: "workspace_delete",
      target: `workspace ${workspace.slug}`,
      detail: { id: workspace.id, name: workspace.name, isDemo: workspace.isDemo },
    });
    if (params.userId === null) return;
    const other = await tx.membership.findFirst({
      where: { userId: params.userId },
      orderBy: { workspaceId: "asc" },
      include: { workspace: { select: { id: true, slug: true, name: true } } },
    });
    next = other?.workspace ?? null;
    // (a demo admin's account went with the demo workspace, and their sessions with it)
    if (params.sessionId !== null) await tx.session.updateMany({ where: { id: params.sessionId }, data: { workspaceId: next?.id ?? null } });
  });
  return { kind: "ok", deleted: { id: workspace.id, slug: workspace.slug, name: workspace.name }, next };
}

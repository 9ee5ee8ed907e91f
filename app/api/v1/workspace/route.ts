// DELETE /api/v1/workspace { confirm: "<the workspace's name>" } → 200
// { deleted, next }: deletes the current workspace with everything in it
// (and nothing outside it). `confirm` must be the name exactly (400 naming
// `confirm` otherwise). The caller's session then looks at another of their
// workspaces (`next`), or none. Admins only; recorded as workspace_delete.
import { readJson } from "@/lib/api/import-requests";
import { badField, json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { DeleteWorkspaceBody, DeleteWorkspaceResponse, SettingsQuery } from "@/lib/schemas/api/settings";
import { deleteWorkspaceConfirmed } from "@/lib/services/workspace-deletion";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute("workspace.delete", async (request, { db, workspace, query, actor, userId, principal, locale }) => {
  parseInput(SettingsQuery, queryObject(query));
  const read = await readJson(request, DeleteWorkspaceBody, 4 * 1024);
  if (!read.ok) return read.response;
  const result = await deleteWorkspaceConfirmed(db, workspace, {
    confirm: read.body.confirm,
    actor,
    userId,
    sessionId: principal.kind === "user" ? principal.session.id : null,
  });
  if (result.kind === "mismatch") return badField("confirm", { code: "confirm_mismatch" }, locale);
  return json(DeleteWorkspaceResponse.parse({ deleted: result.deleted, next: result.next }));
});

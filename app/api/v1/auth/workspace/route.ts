// POST /api/v1/auth/workspace { workspaceId } → 200 { workspace }: the
// session looks at another of the user's workspaces from now on. 404 for a
// workspace the user is not a member of (as if it did not exist).
import { readJson } from "@/lib/api/import-requests";
import { json, notFound } from "@/lib/api/response";
import { accountRoute } from "@/lib/api/route";
import { audit } from "@/lib/auth/audit";
import { SwitchWorkspaceBody } from "@/lib/schemas/api/auth";

export const dynamic = "force-dynamic";

export const POST = accountRoute(async (request, { db, principal, actor }) => {
  const read = await readJson(request, SwitchWorkspaceBody, 4 * 1024);
  if (!read.ok) return read.response;
  const member = principal.memberships.find((m) => m.workspace.id === read.body.workspaceId);
  if (!member) return notFound(`Workspace ${read.body.workspaceId}`);
  await db.session.update({ where: { id: principal.session.id }, data: { workspaceId: member.workspace.id } });
  await audit(db, { workspaceId: member.workspace.id, userId: principal.user.id, actor, action: "workspace_switch" });
  return json({ workspace: { id: member.workspace.id, slug: member.workspace.slug, name: member.workspace.name, role: member.role } });
});

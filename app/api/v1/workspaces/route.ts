// POST /api/v1/workspaces { name, industry?, timeZone?, currency?, weekStart? }
// → 201 { workspace }: a new workspace (another brand or client) with the
// signed-in user as its admin; the session switches to it.
import { readJson } from "@/lib/api/import-requests";
import { json } from "@/lib/api/response";
import { accountRoute } from "@/lib/api/route";
import { audit } from "@/lib/auth/audit";
import { createWorkspaceFor } from "@/lib/auth/first-run";
import { WorkspaceFields } from "@/lib/schemas/api/auth";

export const dynamic = "force-dynamic";

export const POST = accountRoute(async (request, { db, principal, actor }) => {
  // The demo users' password is public: a workspace of theirs would be open to anyone.
  if (principal.user.isDemo) return json({ error: { code: "demo_user", message: "Demo users cannot create workspaces: set up your own account first." } }, { status: 403 });
  const read = await readJson(request, WorkspaceFields, 16 * 1024);
  if (!read.ok) return read.response;
  const workspace = await createWorkspaceFor(db, principal.user.id, read.body);
  await db.session.update({ where: { id: principal.session.id }, data: { workspaceId: workspace.id } });
  await audit(db, { workspaceId: workspace.id, userId: principal.user.id, actor, action: "workspace_create", target: `workspace ${workspace.slug}` });
  return json({ workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name } }, { status: 201 });
});

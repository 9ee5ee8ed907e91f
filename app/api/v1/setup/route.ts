// POST /api/v1/setup — first run: { email, password, name?, workspace:
// { name, industry?, timeZone?, currency?, weekStart? }, demo? } → 201 with
// the new admin signed in. Only while the install has no user of its own
// (409 afterwards). `demo: false` removes the demo workspace; `demo: true`
// loads it when it is not there.
import { isHttps } from "@/lib/api/cross-site";
import { readJson } from "@/lib/api/import-requests";
import { json } from "@/lib/api/response";
import { publicRoute } from "@/lib/api/route";
import { completeFirstRun, needsFirstRun } from "@/lib/auth/first-run";
import { createSession, sessionCookie } from "@/lib/auth/session";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { auth } from "@/lib/i18n/messages/auth";
import { SetupBody } from "@/lib/schemas/api/auth";
import { deleteWorkspace, findDemoWorkspace } from "@/lib/services/workspaces";

export const dynamic = "force-dynamic";

export const POST = publicRoute(async (request, { db, locale }) => {
  const done = () => json({ error: { code: "already_set_up", message: auth[locale].setup.alreadyDone } }, { status: 409 });
  if (!(await needsFirstRun(db))) return done();
  const read = await readJson(request, SetupBody, 16 * 1024);
  if (!read.ok) return read.response;
  const { demo, ...input } = read.body;
  const created = await completeFirstRun(db, input);
  if (!created) return done();
  const demoWorkspace = await findDemoWorkspace(db);
  if (!demo && demoWorkspace) await deleteWorkspace(db, demoWorkspace.id);
  if (demo && !demoWorkspace) await seedDemoWorkspace(db);
  const session = await createSession(db, created.userId, created.workspace.id);
  return json(
    { workspace: { id: created.workspace.id, slug: created.workspace.slug, name: created.workspace.name } },
    { status: 201, headers: { "Set-Cookie": sessionCookie(session.secret, isHttps(request)) } },
  );
});

// POST /api/v1/auth/password { currentPassword, newPassword } → 200; every
// other session of the user is signed out. Demo users share a public
// password and cannot change it.
import { readJson } from "@/lib/api/import-requests";
import { json } from "@/lib/api/response";
import { accountRoute } from "@/lib/api/route";
import { audit } from "@/lib/auth/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { auth } from "@/lib/i18n/messages/auth";
import { ChangePasswordBody } from "@/lib/schemas/api/auth";

export const dynamic = "force-dynamic";

export const POST = accountRoute(async (request, { db, principal, actor, locale }) => {
  const read = await readJson(request, ChangePasswordBody, 16 * 1024);
  if (!read.ok) return read.response;
  const m = auth[locale].account;
  const issue = (code: string, message: string, field: string, status: number) => json({ error: { code, message, issues: [{ field, message }] } }, { status });
  if (principal.user.isDemo) return issue("demo_user", m.demoPassword, "newPassword", 403);
  const user = await db.user.findUniqueOrThrow({ where: { id: principal.user.id } });
  if (!(await verifyPassword(user.passwordHash, read.body.currentPassword))) return issue("wrong_password", m.wrongPassword, "currentPassword", 400);
  const passwordHash = await hashPassword(read.body.newPassword);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: now() } }),
    db.session.deleteMany({ where: { userId: user.id, id: { not: principal.session.id } } }),
  ]);
  await audit(db, { workspaceId: principal.workspace?.id ?? null, userId: user.id, actor, action: "password_change" });
  return json({ changed: true });
});

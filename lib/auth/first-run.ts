// First run: a database without a team of its own yet. Until someone creates
// the first real (non-demo) admin — on /setup or with ADMIN_EMAIL and
// ADMIN_PASSWORD — the app offers the first-run page; afterwards it never
// does again.
import { now } from "@/lib/clock";
import { firstFreeKey, slugOf } from "@/lib/slug";
import type { Db } from "@/lib/db";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { audit } from "./audit";
import { hashPassword } from "./password";

export async function needsFirstRun(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { isDemo: false } })) === 0;
}

export interface FirstRunInput {
  email: string;
  password: string;
  name?: string | null;
  workspace: { name: string; industry: string | null; timeZone: string; currency: string; weekStart: 1 | 7 };
}

/** A URL-safe slug for a workspace name, unique among existing slugs. */
export function uniqueSlug(db: Db, name: string): Promise<string> {
  return firstFreeKey(slugOf(name, "team"), async (slug) => (await db.workspace.findUnique({ where: { slug }, select: { id: true } })) !== null);
}

/**
 * Creates a workspace with `userId` as its admin, in one transaction.
 */
export async function createWorkspaceFor(db: Db, userId: number, input: FirstRunInput["workspace"]): Promise<Workspace> {
  const slug = await uniqueSlug(db, input.name);
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({
      data: { slug, name: input.name, industry: input.industry, timeZone: input.timeZone, currency: input.currency, weekStart: input.weekStart },
    });
    await tx.membership.create({ data: { userId, workspaceId: workspace.id, role: "admin" } });
    return workspace;
  });
}

/**
 * The first admin and the first workspace. Refused (null) once a real user
 * exists: checked again inside the transaction, so two first-run forms sent
 * at once cannot both succeed.
 */
export async function completeFirstRun(db: Db, input: FirstRunInput): Promise<{ userId: number; workspace: Workspace } | null> {
  const passwordHash = await hashPassword(input.password);
  const slug = await uniqueSlug(db, input.workspace.name);
  const created = await db.$transaction(async (tx) => {
    if ((await tx.user.count({ where: { isDemo: false } })) > 0) return null;
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    if (existing) return null;
    const user = await tx.user.create({ data: { email: input.email, name: input.name ?? null, passwordHash, passwordChangedAt: now() } });
    const w = input.workspace;
    const workspace = await tx.workspace.create({
      data: { slug, name: w.name, industry: w.industry, timeZone: w.timeZone, currency: w.currency, weekStart: w.weekStart },
    });
    await tx.membership.create({ data: { userId: user.id, workspaceId: workspace.id, role: "admin" } });
    return { userId: user.id, workspace };
  });
  if (created) {
    await audit(db, { workspaceId: created.workspace.id, userId: created.userId, actor: `user:${input.email}`, action: "setup", target: `workspace ${created.workspace.slug}` });
  }
  return created;
}

// A workspace's members: list, change a role, remove. A membership is looked
// up within the workspace only (another workspace's id is "not found"), and
// no change may leave the workspace without an admin: the change is written
// first and the admins counted after it, inside the same transaction, so two
// admins demoting each other at once cannot both succeed.
import { audit } from "@/lib/auth/audit";
import { RoleSchema, type Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import type { MemberJson } from "@/lib/schemas/api/settings";

const withUser = { user: { select: { id: true, email: true, name: true, isDemo: true } } } as const;

type MembershipRow = {
  id: number;
  userId: number;
  role: string;
  createdAt: Date;
  user: { id: number; email: string; name: string | null; isDemo: boolean };
};

function memberJson(m: MembershipRow, selfUserId: number | null, role?: Role): MemberJson {
  return {
    id: m.id,
    userId: m.userId,
    email: m.user.email,
    name: m.user.name,
    // a role the app no longer knows shows as the least one, never as more rights
    role: role ?? RoleSchema.catch("executive").parse(m.role),
    isDemo: m.user.isDemo,
    self: m.userId === selfUserId,
    createdAt: m.createdAt.toISOString(),
  };
}

/** Members, admins first, then by email. */
export async function listMembers(db: Db, workspace: Workspace, params: { selfUserId: number | null }): Promise<MemberJson[]> {
  const rows = await db.membership.findMany({ where: { workspaceId: workspace.id }, include: withUser });
  const order = RoleSchema.options;
  return rows
    .map((m) => memberJson(m, params.selfUserId))
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}

export type MemberChange =
  | { kind: "ok"; member: MemberJson; changed: boolean }
  | { kind: "not_found" }
  /** the change would leave the workspace without an admin */
  | { kind: "last_admin" }
  /** the membership changed while this request ran: read it again */
  | { kind: "stale" };

class Refused extends Error {
  constructor(readonly kind: "last_admin" | "stale") {
    super(kind);
  }
}

async function refusedAs<T>(work: () => Promise<T>): Promise<T | { kind: "last_admin" | "stale" }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refused) return { kind: error.kind };
    throw error;
  }
}

interface Who {
  actor: string;
  userId: number | null;
}

export async function changeMemberRole(db: Db, workspace: Workspace, params: Who & { id: number; role: Role }): Promise<MemberChange> {
  const found = await db.membership.findFirst({ where: { id: params.id, workspaceId: workspace.id }, include: withUser });
  if (!found) return { kind: "not_found" };
  if (found.role === params.role) return { kind: "ok", member: memberJson(found, params.userId), changed: false };
  return refusedAs(async () => {
    await db.$transaction(async (tx) => {
      const written = await tx.membership.updateMany({ where: { id: found.id, workspaceId: workspace.id, role: found.role }, data: { role: params.role } });
      if (written.count === 0) throw new Refused("stale");
      if ((await tx.membership.count({ where: { workspaceId: workspace.id, role: "admin" } })) === 0) throw new Refused("last_admin");
      await audit(tx, {
        workspaceId: workspace.id,
        userId: params.userId,
        actor: params.actor,
        action: "member_role",
        target: `user ${found.user.email}`,
        detail: { membershipId: found.id, from: found.role, to: params.role },
      });
    });
    return { kind: "ok" as const, member: memberJson(found, params.userId, params.role), changed: true };
  });
}

/**
 * Removes the member from this workspace (their account and their other
 * workspaces stay). Their sessions looking at this workspace stop looking at
 * it at once (Session.workspaceId → null; their next request picks another
 * of their workspaces, or none).
 */
export async function removeMember(db: Db, workspace: Workspace, params: Who & { id: number }): Promise<MemberChange> {
  const found = await db.membership.findFirst({ where: { id: params.id, workspaceId: workspace.id }, include: withUser });
  if (!found) return { kind: "not_found" };
  return refusedAs(async () => {
    await db.$transaction(async (tx) => {
      const written = await tx.membership.deleteMany({ where: { id: found.id, workspaceId: workspace.id } });
      if (written.count === 0) throw new Refused("stale");
      if ((await tx.membership.count({ where: { workspaceId: workspace.id, role: "admin" } })) === 0) throw new Refused("last_admin");
      await tx.session.updateMany({ where: { userId: found.userId, workspaceId: workspace.id }, data: { workspaceId: null } });
      await audit(tx, {
        workspaceId: workspace.id,
        userId: params.userId,
        actor: params.actor,
        action: "member_remove",
        target: `user ${found.user.email}`,
        detail: { membershipId: found.id, role: found.role },
      });
    });
    return { kind: "ok" as const, member: memberJson(found, params.userId), changed: true };
  });
}

// Who is asking, from what the request carries that a client cannot forge:
// the session cookie's secret or an API token. The workspace comes with it —
// the session's chosen workspace (always one of the user's) or the token's —
// and never from a query parameter.
import type { Db } from "@/lib/db";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { findBearer, type ApiTokenJson } from "@/lib/services/api-tokens";
import type { Asker } from "./permissions";
import { RoleSchema, type Role, type TokenScope } from "./roles";
import { readSession, type SessionRecord } from "./session";

export interface MembershipRef {
  workspace: { id: number; slug: string; name: string; isDemo: boolean };
  role: Role;
}

export type Principal =
  | {
      kind: "user";
      user: SessionRecord["user"];
      session: SessionRecord;
      /** null when the user belongs to no workspace (yet) */
      workspace: Workspace | null;
      role: Role | null;
      memberships: MembershipRef[];
    }
  | { kind: "token"; token: ApiTokenJson; scopes: TokenScope[]; workspace: Workspace };

/** The user's memberships, oldest workspace first, with valid roles only. */
export async function membershipsOf(db: Db, userId: number): Promise<(MembershipRef & { full: Workspace })[]> {
  const rows = await db.membership.findMany({ where: { userId }, include: { workspace: true }, orderBy: { workspaceId: "asc" } });
  return rows.flatMap((m) => {
    const role = RoleSchema.safeParse(m.role);
    if (!role.success) return [];
    const w = m.workspace;
    return [{ workspace: { id: w.id, slug: w.slug, name: w.name, isDemo: w.isDemo }, role: role.data, full: w }];
  });
}

export async function userPrincipal(db: Db, sessionSecret: string | null): Promise<Principal | null> {
  const session = await readSession(db, sessionSecret);
  if (!session) return null;
  const memberships = await membershipsOf(db, session.userId);
  const current = memberships.find((m) => m.workspace.id === session.workspaceId) ?? memberships[0] ?? null;
  return {
    kind: "user",
    user: session.user,
    session,
    workspace: current?.full ?? null,
    role: current?.role ?? null,
    memberships: memberships.map(({ workspace, role }) => ({ workspace, role })),
  };
}

export async function tokenPrincipal(db: Db, authorization: string | null): Promise<Principal | null> {
  const found = await findBearer(db, authorization);
  if (!found) return null;
  return { kind: "token", token: found.token, scopes: found.token.scopes, workspace: found.workspace };
}

/** What the permission module needs to know about a principal (null: a member of no workspace). */
export function askerOf(principal: Principal): Asker | null {
  if (principal.kind === "token") return { kind: "token", scopes: principal.scopes };
  return principal.role ? { kind: "user", role: principal.role } : null;
}

/** Who did it, as recorded on imports and in the audit log. */
export function actorOf(principal: Principal): string {
  return principal.kind === "user" ? `user:${principal.user.email}` : `token:${principal.token.name} (${principal.token.prefix}…)`;
}

export function userIdOf(principal: Principal): number | null {
  return principal.kind === "user" ? principal.user.id : null;
}

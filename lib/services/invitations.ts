// Invitations: an admin invites an email with a role and passes the one-time
// link on (no mail server needed). The link holds 32 random bytes; only
// their sha256 is stored, so a copy of the database hands out no links. A
// link works once, for INVITATION_DAYS days, until revoked. Accepting it
// creates the account (a new email, with a password) or needs the invited
// user signed in (an existing account), then adds the membership.
import { randomBytes } from "node:crypto";
import { audit } from "@/lib/auth/audit";
import { hashPassword } from "@/lib/auth/password";
import { RoleSchema, type Role } from "@/lib/auth/roles";
import { hashSecret } from "@/lib/auth/session";
import type { Db } from "@/lib/db";
import type { Invitation } from "@/lib/generated/prisma/client";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { INVITATION_DAYS, InvitationToken, type InvitationJson } from "@/lib/schemas/api/settings";

const DAY_MS = 24 * 3600_000;

interface Who {
  actor: string;
  userId: number | null;
}

const isPending = (i: Pick<Invitation, "acceptedAt" | "revokedAt" | "expiresAt">, now: Date) => !i.acceptedAt && !i.revokedAt && i.expiresAt > now;

function invitationJson(i: Invitation, inviters: ReadonlyMap<number, string>): InvitationJson {
  return {
    id: i.id,
    email: i.email,
    role: RoleSchema.catch("executive").parse(i.role),
    invitedBy: i.invitedByUserId === null ? null : (inviters.get(i.invitedByUserId) ?? null),
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
  };
}

async function inviterEmails(db: Db, rows: readonly Invitation[]): Promise<Map<number, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.invitedByUserId === null ? [] : [r.invitedByUserId])))];
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
  return new Map(users.map((u) => [u.id, u.email]));
}

/** Invitations that can still be accepted, newest first. */
export async function listPendingInvitations(db: Db, workspace: Workspace, params: { now: Date }): Promise<InvitationJson[]> {
  const rows = await db.invitation.findMany({
    where: { workspaceId: workspace.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: params.now } },
    orderBy: { id: "desc" },
  });
  const inviters = await inviterEmails(db, rows);
  return rows.map((r) => invitationJson(r, inviters));
}

export type CreateInvitationResult =
  | { kind: "ok"; invitation: InvitationJson; link: string }
  /** demo users' passwords are public: they stay in the demo workspace */
  | { kind: "demo_user" }
  | { kind: "already_member" };

/**
 * A new invitation and its link (returned here only). A pending invitation
 * for the same email in this workspace is revoked, so only the newest link works.
 */
export async function createInvitation(
  db: Db,
  workspace: Workspace,
  params: Who & { email: string; role: Role; origin: string; now: Date },
): Promise<CreateInvitationResult> {
  const user = await db.user.findUnique({ where: { email: params.email }, select: { id: true, isDemo: true } });
  if (user?.isDemo) return { kind: "demo_user" };
  if (user && (await db.membership.findUnique({ where: { userId_workspaceId: { userId: user.id, workspaceId: workspace.id } } }))) return { kind: "already_member" };

  const secret = randomBytes(32).toString("base64url");
  const expiresAt = new Date(params.now.getTime() + INVITATION_DAYS * DAY_MS);
  const row = await db.$transaction(async (tx) => {
    const replaced = await tx.invitation.updateMany({
      where: { workspaceId: workspace.id, email: params.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: params.now },
    });
    const created = await tx.invitation.create({
      data: {
        workspaceId: workspace.id,
        email: params.email,
        role: params.role,
        tokenHash: hashSecret(secret),
        invitedByUserId: params.userId,
        createdAt: params.now,
        expiresAt,
      },
    });
    await audit(tx, {
      workspaceId: workspace.id,
      userId: params.userId,
      actor: params.actor,
      action: "member_invite",
      target: `invitation ${created.id}`,
      detail: { email: params.email, role: params.role, expiresAt: expiresAt.toISOString(), ...(replaced.count ? { replaced: replaced.count } : {}) },
    });
    return created;
  });
  const inviters = await inviterEmails(db, [row]);
  return { kind: "ok", invitation: invitationJson(row, inviters), link: `${params.origin}/invite/${secret}` };
}

export type RevokeInvitationResult = { kind: "ok"; invitation: InvitationJson; changed: boolean } | { kind: "not_found" } | { kind: "accepted" };

/** Revokes an invitation of this workspace (again: no change). An accepted one cannot be: remove the member instead. */
export async function revokeInvitation(db: Db, workspace: Workspace, params: Who & { id: number; now: Date }): Promise<RevokeInvitationResult> {
  const row = await db.invitation.findFirst({ where: { id: params.id, workspaceId: workspace.id } });
  if (!row) return { kind: "not_found" };
  if (row.acceptedAt) return { kind: "accepted" };
  const inviters = await inviterEmails(db, [row]);
  if (row.revokedAt) return { kind: "ok", invitation: invitationJson(row, inviters), changed: false };
  const revoked = await db.$transaction(async (tx) => {
    const written = await tx.invitation.updateMany({ where: { id: row.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: params.now } });
    if (written.count === 0) return false;
    await audit(tx, {
      workspaceId: workspace.id,
      userId: params.userId,
      actor: params.actor,
      action: "invite_revoke",
      target: `invitation ${row.id}`,
      detail: { email: row.email, role: row.role },
    });
    return true;
  });
  // accepted between the read and the write: say so rather than pretend it was revoked
  if (!revoked) return (await db.invitation.findUniqueOrThrow({ where: { id: row.id } })).acceptedAt ? { kind: "accepted" } : { kind: "ok", invitation: invitationJson(row, inviters), changed: false };
  return { kind: "ok", invitation: invitationJson(row, inviters), changed: true };
}

export interface OpenInvitation {
  id: number;
  email: string;
  role: Role;
  workspace: { id: number; slug: string; name: string; timeZone: string };
  expiresAt: Date;
  /** the invited email already has an account (accepting needs that user signed in) */
  existingUser: { id: number; name: string | null } | null;
}

/** The pending invitation a link's secret names; null when unknown, malformed, used, revoked or expired. */
export async function findOpenInvitation(db: Db, token: string, params: { now: Date }): Promise<OpenInvitation | null> {
  if (!InvitationToken.safeParse(token).success) return null;
  const row = await db.invitation.findUnique({ where: { tokenHash: hashSecret(token) }, include: { workspace: { select: { id: true, slug: true, name: true, timeZone: true } } } });
  if (!row || !isPending(row, params.now)) return null;
  const role = RoleSchema.safeParse(row.role);
  if (!role.success) return null;
  const user = await db.user.findUnique({ where: { email: row.email }, select: { id: true, name: true, isDemo: true } });
  if (user?.isDemo) return null;
  return { id: row.id, email: row.email, role: role.data, workspace: row.workspace, expiresAt: row.expiresAt, existingUser: user ? { id: user.id, name: user.name } : null };
}

export type AcceptInvitationResult =
  | { kind: "ok"; user: { id: number; email: string; created: boolean }; workspace: { id: number; slug: string; name: string }; role: Role }
  /** unknown, used, revoked or expired */
  | { kind: "invalid" }
  /** a new account needs a password */
  | { kind: "password_required" }
  /** the email has an account: its user must be signed in to accept */
  | { kind: "sign_in_required"; email: string }
  | { kind: "wrong_user"; email: string }
  | { kind: "already_member"; email: string };

class Refused extends Error {
  constructor(readonly result: AcceptInvitationResult) {
    super(result.kind);
  }
}

/**
 * Accepts an invitation: claims it (once: the claim is the transaction's
 * first write, so two tabs accepting at once cannot both get in), creates the
 * account when the email has none, adds the membership and records
 * `invite_accept`. The caller then starts a session for the user.
 */
export async function acceptInvitation(
  db: Db,
  params: { token: string; password?: string; name?: string; signedInUserId: number | null; now: Date },
): Promise<AcceptInvitationResult> {
  const open = await findOpenInvitation(db, params.token, { now: params.now });
  if (!open) return { kind: "invalid" };
  const existing = open.existingUser;
  if (existing && params.signedInUserId === null) return { kind: "sign_in_required", email: open.email };
  if (existing && params.signedInUserId !== existing.id) return { kind: "wrong_user", email: open.email };
  if (!existing && !params.password) return { kind: "password_required" };
  const passwordHash = existing ? null : await hashPassword(params.password as string);

  try {
    const userId = await db.$transaction(async (tx) => {
      const claimed = await tx.invitation.updateMany({
        where: { id: open.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: params.now } },
        data: { acceptedAt: params.now },
      });
      if (claimed.count === 0) throw new Refused({ kind: "invalid" });
      let id: number;
      if (existing) {
        id = existing.id;
        if (await tx.membership.findUnique({ where: { userId_workspaceId: { userId: id, workspaceId: open.workspace.id } } })) {
          throw new Refused({ kind: "already_member", email: open.email });
        }
      } else {
        // an account made for this email since the invitation was read: its owner accepts signed in
        if (await tx.user.findUnique({ where: { email: open.email }, select: { id: true } })) throw new Refused({ kind: "sign_in_required", email: open.email });
        const user = await tx.user.create({ data: { email: open.email, name: params.name || null, passwordHash: passwordHash as string, createdAt: params.now, passwordChangedAt: params.now } });
        id = user.id;
      }
      await tx.membership.create({ data: { userId: id, workspaceId: open.workspace.id, role: open.role, createdAt: params.now } });
      await audit(tx, {
        workspaceId: open.workspace.id,
        userId: id,
        actor: `user:${open.email}`,
        action: "invite_accept",
        target: `invitation ${open.id}`,
        detail: { email: open.email, role: open.role, newAccount: !existing },
      });
      return id;
    });
    const { id, slug, name } = open.workspace;
    return { kind: "ok", user: { id: userId, email: open.email, created: !existing }, workspace: { id, slug, name }, role: open.role };
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

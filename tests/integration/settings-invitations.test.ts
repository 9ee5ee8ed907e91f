// Invitations end to end through the route handlers: an admin creates a
// one-time link, the invited person accepts it (a new account, or an
// existing one signed in), the new session cookie works, and the link never
// works twice, after it expires or once it is revoked.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as revokeRoute } from "@/app/api/v1/invitations/[id]/route";
import { POST as acceptRoute } from "@/app/api/v1/invitations/accept/route";
import { GET as listRoute, POST as inviteRoute } from "@/app/api/v1/invitations/route";
import { GET as membersRoute } from "@/app/api/v1/members/route";
import { GET as weeklyRoute } from "@/app/api/v1/report/weekly/route";
import { userPrincipal } from "@/lib/auth/principal";
import { SESSION_COOKIE } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { InvitationAcceptedResponse, InvitationCreatedResponse, InvitationListResponse, InvitationRevokedResponse } from "@/lib/schemas/api/settings";
import { badFields, callRoute } from "../helpers/route-call";
import { asMember, jsonAs, ORIGIN, sessionSecretOf, signedInMember, useDatabase, type Member } from "../helpers/settings-session";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
let n = 0;

beforeAll(async () => {
  t = await createTempDatabase();
  useDatabase(t.url);
});
afterAll(() => t.cleanup());

async function workspaceWithAdmin(): Promise<{ ws: Workspace; admin: Member }> {
  n++;
  const ws = await t.db.workspace.create({ data: { slug: `invite-${n}`, name: `Invite ${n}` } });
  return { ws, admin: await signedInMember(t.db, ws.id, "admin", `boss${n}@example.com`) };
}

async function invite(admin: Member, email: string, role = "analyst") {
  const response = await callRoute(inviteRoute, "/api/v1/invitations", {}, jsonAs(admin, "POST", { email, role }));
  expect(response.status).toBe(201);
  const body = InvitationCreatedResponse.parse(await response.json());
  const token = body.link.slice(body.link.lastIndexOf("/") + 1);
  return { ...body, token };
}

const accept = (body: unknown, as: Member | { cookie: string } | null = null) => callRoute(acceptRoute, "/api/v1/invitations/accept", {}, jsonAs(as, "POST", body));

describe("POST /api/v1/invitations", () => {
  it("gives a one-time link shown once, stores only its hash, expires in 7 days and records the invitation", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const before = now().getTime();
    const created = await invite(admin, "  New.Person@Example.com ", "manager");
    expect(created.link).toMatch(new RegExp(`^${ORIGIN}/invite/[A-Za-z0-9_-]{43}$`));
    expect(created.invitation).toMatchObject({ email: "new.person@example.com", role: "manager", invitedBy: admin.email });

    const row = await t.db.invitation.findUniqueOrThrow({ where: { id: created.invitation.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(created.token, "utf8").digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.token);
    // 7 days of 86,400,000 ms after it was made (the clock ticks between the two reads)
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(7 * 86_400_000);
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before);

    const [event] = await t.db.auditEvent.findMany({ where: { workspaceId: ws.id, action: "member_invite" } });
    expect(event).toMatchObject({ actor: `user:${admin.email}`, userId: admin.userId, target: `invitation ${row.id}` });
    expect(event!.detail).not.toContain(created.token);

    const list = InvitationListResponse.parse(await (await callRoute(listRoute, "/api/v1/invitations", {}, asMember(admin))).json());
    expect(list.invitations.map((i) => i.id)).toEqual([row.id]);
  });

  it("refuses demo users, members and malformed emails (400 naming email), and bad roles", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const demo = await t.db.user.create({ data: { email: `viewer-${ws.id}@demo.example`, passwordHash: "x", isDemo: true } });
    const member = await signedInMember(t.db, ws.id, "analyst", `member-${ws.id}@example.com`);
    for (const email of [demo.email, member.email, member.email.toUpperCase(), "not-an-email", ""]) {
      const response = await callRoute(inviteRoute, "/api/v1/invitations", {}, jsonAs(admin, "POST", { email, role: "analyst" }));
      expect(response.status, email).toBe(400);
      expect(await badFields(response)).toEqual(["email"]);
    }
    expect(await badFields(await callRoute(inviteRoute, "/api/v1/invitations", {}, jsonAs(admin, "POST", { email: "ok@example.com", role: "owner" })))).toEqual(["role"]);
    expect(await t.db.invitation.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("replaces a pending invitation for the same email: only the newest link works", async () => {
    const { admin } = await workspaceWithAdmin();
    const first = await invite(admin, "twice@example.com");
    const second = await invite(admin, "twice@example.com", "manager");
    expect((await accept({ token: first.token, password: "a long enough password" })).status).toBe(404);
    const accepted = await accept({ token: second.token, password: "a long enough password" });
    expect(accepted.status).toBe(200);
    expect(InvitationAcceptedResponse.parse(await accepted.json()).role).toBe("manager");
  });
});

describe("POST /api/v1/invitations/accept", () => {
  it("creates the account and membership, signs in with a working cookie, and cannot be used twice", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const { token, invitation } = await invite(admin, "fresh@example.com", "analyst");

    expect(await badFields(await accept({ token }))).toEqual(["password"]);
    expect(await badFields(await accept({ token, password: "short" }))).toEqual(["password"]);
    expect(await badFields(await accept({ token: "not-a-token", password: "a long enough password" }))).toEqual(["token"]);
    expect(await t.db.user.count({ where: { email: "fresh@example.com" } })).toBe(0);

    const response = await accept({ token, password: "a long enough password", name: "Fresh Person" });
    expect(response.status).toBe(200);
    const body = InvitationAcceptedResponse.parse(await response.json());
    expect(body).toMatchObject({ workspace: { id: ws.id }, role: "analyst", user: { email: "fresh@example.com", created: true } });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "fresh@example.com" } });
    expect(user).toMatchObject({ name: "Fresh Person", isDemo: false });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await t.db.membership.findUniqueOrThrow({ where: { userId_workspaceId: { userId: user.id, workspaceId: ws.id } } })).toMatchObject({ role: "analyst" });
    expect((await t.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).not.toBeNull();

    // the cookie is a session of the new user looking at the workspace, with the invited role
    const secret = sessionSecretOf(response);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.headers.get("set-cookie")).toContain("HttpOnly");
    const cookie = { cookie: `${SESSION_COOKIE}=${secret}` };
    expect((await callRoute(weeklyRoute, "/api/v1/report/weekly", {}, asMember(cookie))).status).toBe(200);
    expect((await callRoute(membersRoute, "/api/v1/members", {}, asMember(cookie))).status).toBe(403);
    const principal = await userPrincipal(t.db, secret);
    expect(principal).toMatchObject({ kind: "user", user: { email: "fresh@example.com" }, role: "analyst", workspace: { id: ws.id } });

    const [event] = await t.db.auditEvent.findMany({ where: { workspaceId: ws.id, action: "invite_accept" } });
    expect(event).toMatchObject({ actor: "user:fresh@example.com", userId: user.id, target: `invitation ${invitation.id}` });

    // the link is spent
    const again = await accept({ token, password: "another long password" });
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ error: { code: "invitation_invalid" } });
    expect(await t.db.user.count({ where: { email: "fresh@example.com" } })).toBe(1);
    const list = InvitationListResponse.parse(await (await callRoute(listRoute, "/api/v1/invitations", {}, asMember(admin))).json());
    expect(list.invitations).toEqual([]);
  });

  it("answers 404 for an expired link and for an unknown one", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const { token, invitation } = await invite(admin, "late@example.com");
    // the seven days are over: its expiry is a moment ago
    await t.db.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(now().getTime() - 1) } });
    expect((await accept({ token, password: "a long enough password" })).status).toBe(404);
    expect((await accept({ token: "A".repeat(43), password: "a long enough password" })).status).toBe(404);
    expect(await t.db.user.count({ where: { email: "late@example.com" } })).toBe(0);
    expect(await t.db.membership.count({ where: { workspaceId: ws.id } })).toBe(1);
  });

  it("answers 404 once revoked; revoking is recorded and another workspace's id is not found", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const { admin: otherAdmin } = await workspaceWithAdmin();
    const { token, invitation } = await invite(admin, "revoked@example.com");
    const theirs = await invite(otherAdmin, "theirs@example.com");

    const wrongWorkspace = await callRoute(revokeRoute, "/api/v1/invitations/x", { id: String(theirs.invitation.id) }, asMember(admin, "DELETE"));
    expect(wrongWorkspace.status).toBe(404);
    expect(JSON.stringify(await wrongWorkspace.json())).not.toContain("theirs@example.com");
    expect((await t.db.invitation.findUniqueOrThrow({ where: { id: theirs.invitation.id } })).revokedAt).toBeNull();

    const revoked = await callRoute(revokeRoute, "/api/v1/invitations/x", { id: String(invitation.id) }, asMember(admin, "DELETE"));
    expect(revoked.status).toBe(200);
    expect(InvitationRevokedResponse.parse(await revoked.json()).invitation.id).toBe(invitation.id);
    const [event] = await t.db.auditEvent.findMany({ where: { workspaceId: ws.id, action: "invite_revoke" } });
    expect(event).toMatchObject({ actor: `user:${admin.email}`, userId: admin.userId, target: `invitation ${invitation.id}` });
    // revoking again changes and records nothing
    expect((await callRoute(revokeRoute, "/api/v1/invitations/x", { id: String(invitation.id) }, asMember(admin, "DELETE"))).status).toBe(200);
    expect(await t.db.auditEvent.count({ where: { workspaceId: ws.id, action: "invite_revoke" } })).toBe(1);

    expect((await accept({ token, password: "a long enough password" })).status).toBe(404);
    // an accepted invitation cannot be revoked (remove the member instead)
    expect((await accept({ token: theirs.token, password: "a long enough password" })).status).toBe(200);
    expect((await callRoute(revokeRoute, "/api/v1/invitations/x", { id: String(theirs.invitation.id) }, asMember(otherAdmin, "DELETE"))).status).toBe(409);
  });

  it("needs an existing account's own session: 401 signed out, 403 as someone else, then joins with a fresh session", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const { ws: home } = await workspaceWithAdmin();
    const existing = await signedInMember(t.db, home.id, "manager", `existing-${ws.id}@example.com`);
    const someoneElse = await signedInMember(t.db, home.id, "analyst", `else-${ws.id}@example.com`);
    const { token, invitation } = await invite(admin, existing.email, "executive");

    const signedOut = await accept({ token });
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ error: { code: "sign_in_required" } });
    // a password does not stand in for the session
    expect((await accept({ token, password: "a long enough password" })).status).toBe(401);
    const wrong = await accept({ token }, someoneElse);
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ error: { code: "wrong_user" } });
    expect(await t.db.membership.count({ where: { workspaceId: ws.id } })).toBe(1);

    const response = await accept({ token }, existing);
    expect(response.status).toBe(200);
    expect(InvitationAcceptedResponse.parse(await response.json())).toMatchObject({ role: "executive", user: { id: existing.userId, created: false } });
    expect(await t.db.membership.findUniqueOrThrow({ where: { userId_workspaceId: { userId: existing.userId, workspaceId: ws.id } } })).toMatchObject({ role: "executive" });
    // the new session looks at the workspace joined; the browser's previous session is gone
    const secret = sessionSecretOf(response);
    expect(secret).not.toBe(existing.secret);
    expect(await userPrincipal(t.db, existing.secret)).toBeNull();
    expect(await userPrincipal(t.db, secret)).toMatchObject({ user: { id: existing.userId }, workspace: { id: ws.id }, role: "executive" });
    // their membership elsewhere is untouched
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: existing.membershipId } })).role).toBe("manager");

    const [event] = await t.db.auditEvent.findMany({ where: { workspaceId: ws.id, action: "invite_accept" } });
    expect(event).toMatchObject({ actor: `user:${existing.email}`, userId: existing.userId, target: `invitation ${invitation.id}` });
    expect((await accept({ token }, { cookie: `${SESSION_COOKIE}=${secret}` })).status).toBe(404);
  });

  it("is refused from another site (the Origin check of public routes)", async () => {
    const { admin } = await workspaceWithAdmin();
    const { token } = await invite(admin, "csrf@example.com");
    const init = jsonAs(null, "POST", { token, password: "a long enough password" });
    const response = await callRoute(acceptRoute, "/api/v1/invitations/accept", {}, { ...init, headers: { ...(init.headers as Record<string, string>), origin: "https://evil.example" } });
    expect(response.status).toBe(403);
    expect(await t.db.user.count({ where: { email: "csrf@example.com" } })).toBe(0);
  });
});

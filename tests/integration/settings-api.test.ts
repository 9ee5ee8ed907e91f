// The /settings routes, called as Next calls them with a signed-in member's
// session cookie, against a real SQLite file: workspace settings, deleting
// the workspace, members, the audit log, and who may call them. Invitations
// are in settings-invitations.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as auditRoute } from "@/app/api/v1/audit/route";
import { DELETE as revokeInvitationRoute } from "@/app/api/v1/invitations/[id]/route";
import { GET as listInvitationsRoute, POST as inviteRoute } from "@/app/api/v1/invitations/route";
import { DELETE as removeMemberRoute, PATCH as memberRoleRoute } from "@/app/api/v1/members/[id]/route";
import { GET as membersRoute } from "@/app/api/v1/members/route";
import { GET as weeklyRoute } from "@/app/api/v1/report/weekly/route";
import { GET as getSettingsRoute, PATCH as patchSettingsRoute } from "@/app/api/v1/settings/route";
import { DELETE as revokeTokenRoute } from "@/app/api/v1/tokens/[id]/route";
import { GET as listTokensRoute, POST as createTokenRoute } from "@/app/api/v1/tokens/route";
import { DELETE as deleteWorkspaceRoute } from "@/app/api/v1/workspace/route";
import { userPrincipal } from "@/lib/auth/principal";
import type { Role } from "@/lib/auth/roles";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { TokenCreatedResponse } from "@/lib/schemas/api/imports";
import {
  AuditListResponse,
  DeleteWorkspaceResponse,
  MemberListResponse,
  MemberResponse,
  SettingsPatchResponse,
  SettingsResponse,
} from "@/lib/schemas/api/settings";
import { WeeklyReportResponse } from "@/lib/schemas/api/weekly-report";
import { createApiToken } from "@/lib/services/api-tokens";
import { badFields, callRoute } from "../helpers/route-call";
import { asMember, jsonAs, signedInMember, useDatabase, type Member } from "../helpers/settings-session";
import { createTempDatabase, type TempDatabase, addDailyMetrics } from "../helpers/temp-db";

let t: TempDatabase;
let n = 0;

beforeAll(async () => {
  t = await createTempDatabase();
  useDatabase(t.url);
});
afterAll(() => t.cleanup());

/** A fresh workspace and its admin, per test. */
async function workspaceWithAdmin(fields: { name?: string; isDemo?: boolean } = {}): Promise<{ ws: Workspace; admin: Member }> {
  n++;
  const ws = await t.db.workspace.create({ data: { slug: `settings-${n}`, name: fields.name ?? `Settings ${n}`, isDemo: fields.isDemo ?? false } });
  const admin = await signedInMember(t.db, ws.id, "admin", `admin${n}@example.com`, { name: `Admin ${n}` });
  return { ws, admin };
}

async function auditOf(workspaceId: number | null, action: string) {
  return t.db.auditEvent.findMany({ where: { workspaceId, action }, orderBy: { id: "asc" } });
}

const patch = (m: Member | null, body: unknown) => callRoute(patchSettingsRoute, "/api/v1/settings", {}, jsonAs(m, "PATCH", body));

describe("GET and PATCH /api/v1/settings", () => {
  it("reads the settings with the benchmark sets the workspace may choose (the built-in set and its own, never another's)", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const { ws: other } = await workspaceWithAdmin();
    await t.db.benchmarkSet.create({ data: { workspaceId: ws.id, key: `own-${ws.id}`, nameZh: "自有", nameEn: "Own", source: "test" } });
    await t.db.benchmarkSet.create({ data: { workspaceId: other.id, key: `theirs-${other.id}`, nameZh: "他人", nameEn: "Theirs", source: "test" } });

    const response = await callRoute(getSettingsRoute, "/api/v1/settings", {}, asMember(admin));
    expect(response.status).toBe(200);
    const body = SettingsResponse.parse(await response.json());
    expect(body.settings).toEqual({
      name: ws.name,
      weekStart: 1,
      timeZone: "Asia/Shanghai",
      currency: "CNY",
      interactionDenominator: "impressions",
      benchmarkTolerance: 0.1,
      activeBenchmarkSet: "report-2026",
    });
    const keys = body.benchmarkSets.map((s) => s.key);
    expect(keys).toContain("report-2026");
    expect(keys).toContain(`own-${ws.id}`);
    expect(keys).not.toContain(`theirs-${other.id}`);
  });

  it("refuses each bad field with a 400 naming it, and writes nothing", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const { ws: other } = await workspaceWithAdmin();
    await t.db.benchmarkSet.create({ data: { workspaceId: other.id, key: `foreign-${other.id}`, nameZh: "他人", nameEn: "Theirs", source: "test" } });
    const cases: [unknown, string][] = [
      [{ name: "" }, "name"],
      [{ name: "x".repeat(101) }, "name"],
      [{ weekStart: 3 }, "weekStart"],
      [{ weekStart: "7" }, "weekStart"],
      [{ timeZone: "Mars/Olympus_Mons" }, "timeZone"],
      [{ currency: "usd" }, "currency"],
      [{ interactionDenominator: "views" }, "interactionDenominator"],
      [{ benchmarkTolerance: 0.51 }, "benchmarkTolerance"],
      [{ benchmarkTolerance: -0.01 }, "benchmarkTolerance"],
      [{ activeBenchmarkSet: "no-such-set" }, "activeBenchmarkSet"],
      [{ activeBenchmarkSet: `foreign-${other.id}` }, "activeBenchmarkSet"],
      [{ colour: "blue" }, "colour"],
    ];
    for (const [body, field] of cases) {
      const response = await patch(admin, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await badFields(response), JSON.stringify(body)).toEqual([field]);
    }
    // a valid field beside a bad one is not applied either
    expect(await badFields(await patch(admin, { name: "Renamed", weekStart: 2 }))).toEqual(["weekStart"]);
    expect(await t.db.workspace.findUniqueOrThrow({ where: { id: ws.id } })).toMatchObject({ name: ws.name, weekStart: 1, activeBenchmarkSetId: null });
    expect(await auditOf(ws.id, "settings_change")).toHaveLength(0);
  });

  it("applies a change at once (weeks start on Sunday in the weekly report) and records who changed what", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const weekOfReport = async () => {
      const response = await callRoute(weeklyRoute, "/api/v1/report/weekly", {}, asMember(admin));
      expect(response.status).toBe(200);
      return WeeklyReportResponse.parse(await response.json()).week;
    };
    // getUTCDay of a YYYY-MM-DD read as UTC midnight: 1 = Monday, 0 = Sunday
    const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

    const before = await weekOfReport();
    expect(weekday(before.start)).toBe(1);

    const response = await patch(admin, { weekStart: 7, benchmarkTolerance: 0.2, name: "  Renamed team  " });
    expect(response.status).toBe(200);
    const body = SettingsPatchResponse.parse(await response.json());
    expect(body.changed.sort()).toEqual(["benchmarkTolerance", "name", "weekStart"]);
    expect(body.settings).toMatchObject({ weekStart: 7, benchmarkTolerance: 0.2, name: "Renamed team" });

    const after = await weekOfReport();
    expect(weekday(after.start)).toBe(0);
    // both are the last complete week: seven days ending before today, a day apart in where they start
    expect(weekday(after.end)).toBe(6);

    const events = await auditOf(ws.id, "settings_change");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: `user:${admin.email}`, userId: admin.userId, target: `workspace ${ws.slug}` });
    expect(JSON.parse(events[0]!.detail!)).toEqual({
      changes: {
        weekStart: { from: 1, to: 7 },
        benchmarkTolerance: { from: 0.1, to: 0.2 },
        name: { from: ws.name, to: "Renamed team" },
      },
    });

    // the same values again change nothing and record nothing
    const again = SettingsPatchResponse.parse(await (await patch(admin, { weekStart: 7, name: "Renamed team" })).json());
    expect(again.changed).toEqual([]);
    expect(await auditOf(ws.id, "settings_change")).toHaveLength(1);
  });

  it("chooses the workspace's own benchmark set by key, and the built-in one back", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const own = await t.db.benchmarkSet.create({ data: { workspaceId: ws.id, key: `mine-${ws.id}`, nameZh: "自有", nameEn: "Own", source: "test" } });
    const builtIn = await t.db.benchmarkSet.findUniqueOrThrow({ where: { key: "report-2026" } });

    const chosen = SettingsPatchResponse.parse(await (await patch(admin, { activeBenchmarkSet: own.key })).json());
    expect(chosen.settings.activeBenchmarkSet).toBe(own.key);
    expect((await t.db.workspace.findUniqueOrThrow({ where: { id: ws.id } })).activeBenchmarkSetId).toBe(own.id);

    SettingsPatchResponse.parse(await (await patch(admin, { activeBenchmarkSet: "report-2026", timeZone: "Europe/Berlin", currency: "EUR", interactionDenominator: "reach" })).json());
    expect(await t.db.workspace.findUniqueOrThrow({ where: { id: ws.id } })).toMatchObject({
      activeBenchmarkSetId: builtIn.id,
      timeZone: "Europe/Berlin",
      currency: "EUR",
      interactionDenominator: "reach",
    });
  });
});

describe("DELETE /api/v1/workspace", () => {
  /** Rows of every kind in a workspace, to see that deleting another one leaves them all. */
  async function fill(ws: Workspace, admin: Member) {
    const account = await t.db.account.create({ data: { workspaceId: ws.id, platformKey: "douyin", handle: `h${ws.id}`, displayName: "h", industry: "consumer_goods" } });
    await addDailyMetrics(t.db, { data: { workspaceId: ws.id, accountId: account.id, day: "2026-11-18", impressions: 100 } });
    await t.db.annotation.create({ data: { workspaceId: ws.id, day: "2026-11-18", text: "note" } });
    await createApiToken(t.db, ws, { name: "etl", scopes: ["ingest"], createdByUserId: admin.userId });
    await t.db.invitation.create({ data: { workspaceId: ws.id, email: `x${ws.id}@example.com`, role: "analyst", tokenHash: `hash-${ws.id}`, expiresAt: new Date("2030-01-01") } });
    await t.db.auditEvent.create({ data: { workspaceId: ws.id, actor: "system", action: "import" } });
  }
  async function counts(workspaceId: number) {
    const where = { where: { workspaceId } };
    return {
      accounts: await t.db.account.count(where),
      dailyMetrics: await t.db.dailyMetric.count(where),
      annotations: await t.db.annotation.count(where),
      tokens: await t.db.apiToken.count(where),
      invitations: await t.db.invitation.count(where),
      auditEvents: await t.db.auditEvent.count(where),
      memberships: await t.db.membership.count(where),
      sessions: await t.db.session.count(where),
    };
  }
  const del = (m: Member | null, confirm: unknown) => callRoute(deleteWorkspaceRoute, "/api/v1/workspace", {}, jsonAs(m, "DELETE", { confirm }));

  it("needs the name exactly (400 naming confirm), then deletes this workspace only and moves the session to the admin's other one", async () => {
    const { ws, admin } = await workspaceWithAdmin({ name: "Brand Alpha" });
    const { ws: kept, admin: keptAdmin } = await workspaceWithAdmin();
    // the admin of ws is also an analyst in `kept`, whose own admin has a session there too
    await t.db.membership.create({ data: { userId: admin.userId, workspaceId: kept.id, role: "analyst" } });
    await fill(ws, admin);
    await fill(kept, keptAdmin);
    const keptBefore = await counts(kept.id);
    const users = await t.db.user.count();

    for (const wrong of ["brand alpha", "Brand Alpha ", "Brand", "", kept.name]) {
      const response = await del(admin, wrong);
      expect(response.status, wrong).toBe(400);
      expect(await badFields(response)).toEqual(["confirm"]);
    }
    expect(await badFields(await del(admin, 42))).toEqual(["confirm"]);
    expect(await t.db.workspace.count({ where: { id: ws.id } })).toBe(1);

    const response = await del(admin, "Brand Alpha");
    expect(response.status).toBe(200);
    const body = DeleteWorkspaceResponse.parse(await response.json());
    expect(body).toEqual({ deleted: { id: ws.id, slug: ws.slug, name: "Brand Alpha" }, next: { id: kept.id, slug: kept.slug, name: kept.name } });

    expect(await t.db.workspace.count({ where: { id: ws.id } })).toBe(0);
    expect(await counts(ws.id)).toEqual({ accounts: 0, dailyMetrics: 0, annotations: 0, tokens: 0, invitations: 0, auditEvents: 0, memberships: 0, sessions: 0 });
    expect(await counts(kept.id)).toEqual({ ...keptBefore, sessions: keptBefore.sessions + 1 });
    expect(await t.db.user.count()).toBe(users);
    // the caller's session now looks at the workspace they still have
    const session = await t.db.session.findFirstOrThrow({ where: { userId: admin.userId } });
    expect(session.workspaceId).toBe(kept.id);

    const events = await auditOf(null, "workspace_delete");
    expect(events.at(-1)).toMatchObject({ actor: `user:${admin.email}`, userId: admin.userId, target: `workspace ${ws.slug}` });
  });

  it("leaves the session without a workspace when the admin has no other", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const body = DeleteWorkspaceResponse.parse(await (await del(admin, ws.name)).json());
    expect(body.next).toBeNull();
    expect((await t.db.session.findFirstOrThrow({ where: { userId: admin.userId } })).workspaceId).toBeNull();
  });

  it("takes the demo users with the demo workspace, the demo admin's own session included", async () => {
    const { ws } = await workspaceWithAdmin({ isDemo: true, name: "Demo" });
    const demoAdmin = await signedInMember(t.db, ws.id, "admin", `admin-${ws.id}@demo.example`, { isDemo: true });
    const demoAnalyst = await signedInMember(t.db, ws.id, "analyst", `analyst-${ws.id}@demo.example`, { isDemo: true });
    const response = await del(demoAdmin, "Demo");
    expect(response.status).toBe(200);
    expect(await t.db.user.count({ where: { id: { in: [demoAdmin.userId, demoAnalyst.userId] } } })).toBe(0);
    expect(await t.db.session.count({ where: { userId: demoAdmin.userId } })).toBe(0);
  });
});

describe("members", () => {
  const role = (m: Member, id: number, body: unknown) => callRoute(memberRoleRoute, `/api/v1/members/${id}`, { id: String(id) }, jsonAs(m, "PATCH", body));
  const remove = (m: Member, id: number) => callRoute(removeMemberRoute, `/api/v1/members/${id}`, { id: String(id) }, asMember(m, "DELETE"));

  it("lists the members with the one asking marked", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const analyst = await signedInMember(t.db, ws.id, "analyst", `analyst-list-${ws.id}@example.com`, { name: "Ana" });
    const body = MemberListResponse.parse(await (await callRoute(membersRoute, "/api/v1/members", {}, asMember(admin))).json());
    expect(body.members).toEqual([
      expect.objectContaining({ id: admin.membershipId, email: admin.email, role: "admin", self: true }),
      expect.objectContaining({ id: analyst.membershipId, email: analyst.email, name: "Ana", role: "analyst", self: false }),
    ]);
  });

  it("changes a role and removes a member, recording both with the admin as actor", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const { ws: other } = await workspaceWithAdmin();
    const member = await signedInMember(t.db, ws.id, "analyst", `member-${ws.id}@example.com`);
    // the same person in another workspace, with a session looking there
    const elsewhere = await signedInMember(t.db, other.id, "manager", member.email);

    expect(await badFields(await role(admin, member.membershipId, { role: "owner" }))).toEqual(["role"]);
    const changed = await role(admin, member.membershipId, { role: "manager" });
    expect(changed.status).toBe(200);
    expect(MemberResponse.parse(await changed.json()).member).toMatchObject({ id: member.membershipId, role: "manager" });
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: member.membershipId } })).role).toBe("manager");
    const [roleEvent] = await auditOf(ws.id, "member_role");
    expect(roleEvent).toMatchObject({ actor: `user:${admin.email}`, userId: admin.userId, target: `user ${member.email}` });
    expect(JSON.parse(roleEvent!.detail!)).toEqual({ membershipId: member.membershipId, from: "analyst", to: "manager" });

    const removed = await remove(admin, member.membershipId);
    expect(removed.status).toBe(200);
    expect(await t.db.membership.count({ where: { id: member.membershipId } })).toBe(0);
    // their session that looked at ws looks at nothing now; the one elsewhere is untouched; the account stays
    const sessions = await t.db.session.findMany({ where: { userId: member.userId }, orderBy: { id: "asc" } });
    expect(sessions.map((s) => s.workspaceId)).toEqual([null, other.id]);
    expect(await t.db.membership.count({ where: { id: elsewhere.membershipId } })).toBe(1);
    const [removeEvent] = await auditOf(ws.id, "member_remove");
    expect(removeEvent).toMatchObject({ actor: `user:${admin.email}`, userId: admin.userId, target: `user ${member.email}` });

    // the removed member's cookie no longer reaches ws: it reaches the workspace they still have
    const principal = await userPrincipal(t.db, member.secret);
    expect(principal?.workspace?.id).toBe(other.id);
  });

  it("never leaves a workspace without an admin (409), and lets one of two admins step down", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const analyst = await signedInMember(t.db, ws.id, "analyst", `a-${ws.id}@example.com`);
    for (const response of [await role(admin, admin.membershipId, { role: "manager" }), await remove(admin, admin.membershipId)]) {
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({ error: { code: "last_admin", message: expect.any(String) } });
    }
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: admin.membershipId } })).role).toBe("admin");

    expect((await role(admin, analyst.membershipId, { role: "admin" })).status).toBe(200);
    expect((await role(admin, admin.membershipId, { role: "executive" })).status).toBe(200);
    // now the analyst-turned-admin is the last one
    const second = { ...analyst };
    expect((await role(second, second.membershipId, { role: "manager" })).status).toBe(409);
    expect((await remove(second, second.membershipId)).status).toBe(409);
    expect(await t.db.membership.count({ where: { workspaceId: ws.id, role: "admin" } })).toBe(1);
    expect(await auditOf(ws.id, "member_remove")).toHaveLength(0);
  });

  it("answers another workspace's membership id with a 404 that tells nothing about it", async () => {
    const { ws: mine, admin } = await workspaceWithAdmin();
    const { ws: theirs } = await workspaceWithAdmin();
    const stranger = await signedInMember(t.db, theirs.id, "analyst", `stranger-${theirs.id}@example.com`);
    for (const response of [await role(admin, stranger.membershipId, { role: "admin" }), await remove(admin, stranger.membershipId)]) {
      expect(response.status).toBe(404);
      expect(JSON.stringify(await response.json())).not.toContain(stranger.email);
    }
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: stranger.membershipId } })).role).toBe("analyst");
    expect(await auditOf(mine.id, "member_role")).toHaveLength(0);
    expect((await role(admin, 999_999, { role: "admin" })).status).toBe(404);
    expect(await badFields(await role(admin, 0, { role: "admin" }))).toEqual(["id"]);
  });
});

describe("GET /api/v1/audit", () => {
  it("pages the workspace's events newest first, and never shows another workspace's", async () => {
    const { ws, admin } = await workspaceWithAdmin();
    const { ws: other } = await workspaceWithAdmin();
    for (let i = 1; i <= 5; i++) await t.db.auditEvent.create({ data: { workspaceId: ws.id, actor: "system", action: "import", target: `import ${i}` } });
    await t.db.auditEvent.create({ data: { workspaceId: other.id, actor: "system", action: "import", target: "theirs" } });

    const page = async (query: string) => {
      const response = await callRoute(auditRoute, `/api/v1/audit${query}`, {}, asMember(admin));
      expect(response.status).toBe(200);
      return AuditListResponse.parse(await response.json());
    };
    const first = await page("?limit=2");
    expect(first.events.map((e) => e.target)).toEqual(["import 5", "import 4"]);
    const second = await page(`?limit=2&before=${first.nextBefore}`);
    expect(second.events.map((e) => e.target)).toEqual(["import 3", "import 2"]);
    const last = await page(`?limit=2&before=${second.nextBefore}`);
    expect(last.events.map((e) => e.target)).toEqual(["import 1"]);
    expect(last.nextBefore).toBeNull();
    expect((await page("")).events.map((e) => e.target)).not.toContain("theirs");

    for (const [query, field] of [["?limit=0", "limit"], ["?limit=201", "limit"], ["?before=x", "before"], ["?page=2", "page"]]) {
      expect(await badFields(await callRoute(auditRoute, `/api/v1/audit${query}`, {}, asMember(admin)))).toEqual([field]);
    }
  });
});

describe("who may call the settings routes", () => {
  let ws: Workspace;
  let admin: Member;
  const members = {} as Record<Exclude<Role, "admin">, Member>;
  let invitationId = 0;
  let tokenId = 0;

  beforeEach(async () => {
    ({ ws, admin } = await workspaceWithAdmin());
    for (const r of ["manager", "analyst", "executive"] as const) members[r] = await signedInMember(t.db, ws.id, r, `${r}-${ws.id}@example.com`);
    const invitation = await t.db.invitation.create({ data: { workspaceId: ws.id, email: `pending-${ws.id}@example.com`, role: "analyst", tokenHash: `perm-${ws.id}`, expiresAt: new Date("2030-01-01") } });
    invitationId = invitation.id;
    tokenId = (await createApiToken(t.db, ws, { name: "etl", scopes: ["ingest", "read"], createdByUserId: admin.userId })).token.id;
  });

  /** Every settings route, called as `who` would (cookie, or the token's header). */
  function calls(who: Member | null, headers: Record<string, string> = {}) {
    const target = members.analyst;
    const get = { ...asMember(who), headers: { ...asMember(who).headers, ...headers } };
    const write = (method: "POST" | "PATCH" | "DELETE", body: unknown) => {
      const init = jsonAs(who, method, body);
      return { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } };
    };
    return [
      ["GET settings", () => callRoute(getSettingsRoute, "/api/v1/settings", {}, get)],
      ["PATCH settings", () => callRoute(patchSettingsRoute, "/api/v1/settings", {}, write("PATCH", { weekStart: 7 }))],
      ["DELETE workspace", () => callRoute(deleteWorkspaceRoute, "/api/v1/workspace", {}, write("DELETE", { confirm: ws.name }))],
      ["GET members", () => callRoute(membersRoute, "/api/v1/members", {}, get)],
      ["PATCH member", () => callRoute(memberRoleRoute, "/api/v1/members/x", { id: String(target.membershipId) }, write("PATCH", { role: "admin" }))],
      ["DELETE member", () => callRoute(removeMemberRoute, "/api/v1/members/x", { id: String(target.membershipId) }, write("DELETE", {}))],
      ["GET invitations", () => callRoute(listInvitationsRoute, "/api/v1/invitations", {}, get)],
      ["POST invitation", () => callRoute(inviteRoute, "/api/v1/invitations", {}, write("POST", { email: "new@example.com", role: "admin" }))],
      ["DELETE invitation", () => callRoute(revokeInvitationRoute, "/api/v1/invitations/x", { id: String(invitationId) }, write("DELETE", {}))],
      ["GET audit", () => callRoute(auditRoute, "/api/v1/audit", {}, get)],
      ["GET tokens", () => callRoute(listTokensRoute, "/api/v1/tokens", {}, get)],
      ["POST token", () => callRoute(createTokenRoute, "/api/v1/tokens", {}, write("POST", { name: "x", scopes: ["read"] }))],
      ["DELETE token", () => callRoute(revokeTokenRoute, "/api/v1/tokens/x", { id: String(tokenId) }, write("DELETE", {}))],
    ] as const;
  }

  async function nothingChanged(tokens = 1) {
    expect(await t.db.workspace.findUniqueOrThrow({ where: { id: ws.id } })).toMatchObject({ weekStart: 1 });
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: members.analyst.membershipId } })).role).toBe("analyst");
    expect((await t.db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).toBeNull();
    expect(await t.db.invitation.count({ where: { workspaceId: ws.id } })).toBe(1);
    expect((await t.db.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).revokedAt).toBeNull();
    expect(await t.db.apiToken.count({ where: { workspaceId: ws.id } })).toBe(tokens);
  }

  it("answers 403 to managers, analysts and executives on every one, and changes nothing", async () => {
    for (const r of ["manager", "analyst", "executive"] as const) {
      for (const [name, call] of calls(members[r])) {
        const response = await call();
        expect(response.status, `${r}: ${name}`).toBe(403);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
      }
    }
    await nothingChanged();
  });

  it("answers 403 to an API token whatever its scopes, and 401 when signed out", async () => {
    const { secret } = await createApiToken(t.db, ws, { name: "all", scopes: ["ingest", "read"], createdByUserId: admin.userId });
    for (const [name, call] of calls(null, { authorization: `Bearer ${secret}` })) expect((await call()).status, name).toBe(403);
    for (const [name, call] of calls(null)) expect((await call()).status, name).toBe(401);
    await nothingChanged(2);
  });

  it("lets the admin call them (tokens created with the scopes asked for)", async () => {
    const created = await callRoute(createTokenRoute, "/api/v1/tokens", {}, jsonAs(admin, "POST", { name: "reader", scopes: ["read"] }));
    expect(created.status).toBe(201);
    expect(TokenCreatedResponse.parse(await created.json()).token.scopes).toEqual(["read"]);
    expect(await badFields(await callRoute(createTokenRoute, "/api/v1/tokens", {}, jsonAs(admin, "POST", { name: "x", scopes: ["write"] })))).toEqual(["scopes"]);
    for (const [name, call] of calls(admin).filter(([name]) => name.startsWith("GET"))) expect((await call()).status, name).toBe(200);
  });

  it("refuses a write that rides on the cookie from another site", async () => {
    const init = jsonAs(admin, "PATCH", { weekStart: 7 });
    const response = await callRoute(patchSettingsRoute, "/api/v1/settings", {}, { ...init, headers: { ...(init.headers as Record<string, string>), origin: "https://evil.example" } });
    expect(response.status).toBe(403);
    await nothingChanged();
  });
});

// Every route handler × every role × own workspace / another workspace /
// signed out / API tokens, against the real handlers on a real SQLite file.
//
// ROUTES lists each route with the action it must ask for; the test first
// checks that the list and the route files under app/api agree, so a new
// route without a row here fails. ALLOWED is written out by hand from the
// roles' definitions (admin: everything; manager: imports, goals,
// annotations, benchmark sets; analyst: reads everything, exports, journeys,
// content tests and the AI tool scorecard; executive: the board, the platform comparison and the
// executive summary) — it does not read lib/auth/permissions.ts, so a wrong
// rule there shows up here.
//
// IDOR: every route that takes an id is called with the id of a record in
// another workspace, and must answer 404 without any of its data.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Action } from "@/lib/auth/permissions";
import type { Role, TokenScope } from "@/lib/auth/roles";
import { createSession, SESSION_COOKIE } from "@/lib/auth/session";
import { createApiToken } from "@/lib/services/api-tokens";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

type Access = Action | "account" | "public";

const ROUTES: Record<string, Access> = {
  "GET /api/v1/ai-tools/scorecard": "analysis.read",
  "PATCH /api/v1/ai-tools/scorecard": "scorecard.write",
  "POST /api/v1/ai-tools": "scorecard.write",
  "PATCH /api/v1/ai-tools/[id]": "scorecard.write",
  "DELETE /api/v1/ai-tools/[id]": "scorecard.write",
  "GET /api/v1/benchmarks": "analysis.read",
  "POST /api/v1/benchmarks": "benchmarks.write",
  "PATCH /api/v1/benchmarks/[id]": "benchmarks.write",
  "DELETE /api/v1/benchmarks/[id]": "benchmarks.write",
  "PUT /api/v1/benchmarks/active": "benchmarks.write",
  "GET /api/v1/cohorts": "analysis.read",
  "GET /api/v1/content/items": "analysis.read",
  "GET /api/v1/content/origins": "analysis.read",
  "GET /api/v1/content/tests": "analysis.read",
  "GET /api/v1/content/tests/[id]": "analysis.read",
  "POST /api/v1/content/tests": "content_tests.write",
  "PATCH /api/v1/content/tests/[id]": "content_tests.write",
  "DELETE /api/v1/content/tests/[id]": "content_tests.write",
  "PUT /api/v1/content/tests/[id]/items": "content_tests.write",
  "GET /api/v1/domains": "analysis.read",
  "GET /api/v1/export": "data.export",
  "GET /api/v1/export/template": "imports.read",
  "GET /api/v1/goals": "dashboard.read",
  "POST /api/v1/goals": "goals.write",
  "PATCH /api/v1/goals/[id]": "goals.write",
  "DELETE /api/v1/goals/[id]": "goals.write",
  "GET /api/v1/imports": "imports.read",
  "POST /api/v1/imports": "imports.write",
  "GET /api/v1/imports/[id]": "imports.read",
  "POST /api/v1/imports/[id]/undo": "imports.write",
  "POST /api/v1/imports/preview": "imports.write",
  "GET /api/v1/journeys": "analysis.read",
  "POST /api/v1/journeys": "journeys.write",
  "GET /api/v1/journeys/[id]": "analysis.read",
  "PATCH /api/v1/journeys/[id]": "journeys.write",
  "DELETE /api/v1/journeys/[id]": "journeys.write",
  "GET /api/v1/kpis": "dashboard.read",
  "POST /api/v1/metrics": "metrics.ingest",
  "GET /api/v1/presets": "imports.read",
  "POST /api/v1/presets": "imports.write",
  "GET /api/v1/report/weekly": "dashboard.read",
  "GET /api/v1/segments": "analysis.read",
  "GET /api/v1/tiers": "analysis.read",
  "GET /api/v1/tokens": "tokens.manage",
  "POST /api/v1/tokens": "tokens.manage",
  "DELETE /api/v1/tokens/[id]": "tokens.manage",
  "POST /api/v1/auth/signin": "public",
  "POST /api/v1/auth/signout": "account",
  "POST /api/v1/auth/password": "account",
  "POST /api/v1/auth/workspace": "account",
  "POST /api/v1/workspaces": "account",
  "POST /api/v1/setup": "public",
  "GET /api/v1/settings": "settings.manage",
  "PATCH /api/v1/settings": "settings.manage",
  "DELETE /api/v1/workspace": "workspace.delete",
  "GET /api/v1/members": "members.manage",
  "PATCH /api/v1/members/[id]": "members.manage",
  "DELETE /api/v1/members/[id]": "members.manage",
  "GET /api/v1/invitations": "members.manage",
  "POST /api/v1/invitations": "members.manage",
  "DELETE /api/v1/invitations/[id]": "members.manage",
  "POST /api/v1/invitations/accept": "public",
  "GET /api/v1/audit": "audit.read",
  "GET /api/health": "public",
};

const EVERY_ACTION: Action[] = [
  "dashboard.read", "analysis.read", "data.export", "imports.read", "imports.write", "metrics.ingest",
  "goals.write", "annotations.write", "benchmarks.write", "journeys.write", "content_tests.write", "scorecard.write",
  "settings.manage", "members.manage", "tokens.manage", "audit.read", "workspace.delete",
];
const ALLOWED: Record<Role, Action[]> = {
  admin: EVERY_ACTION,
  manager: ["dashboard.read", "analysis.read", "data.export", "imports.read", "imports.write", "metrics.ingest", "goals.write", "annotations.write", "benchmarks.write", "journeys.write", "content_tests.write", "scorecard.write"],
  analyst: ["dashboard.read", "analysis.read", "data.export", "imports.read", "journeys.write", "content_tests.write", "scorecard.write"],
  executive: ["dashboard.read"],
};
const SCOPE_ALLOWS: Record<TokenScope, Action[]> = {
  read: ["dashboard.read", "analysis.read", "data.export", "imports.read"],
  ingest: ["metrics.ingest"],
};
const ROLES = Object.keys(ALLOWED) as Role[];

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;
const APP_DIR = path.resolve(import.meta.dirname, "../../app");

/** Every `METHOD /path` the route files export, found on disk. */
async function discoverRoutes(): Promise<Map<string, Handler>> {
  const found = new Map<string, Handler>();
  const files = (await readdir(path.join(APP_DIR, "api"), { recursive: true })).filter((f) => f.endsWith("route.ts"));
  for (const file of files) {
    const route = `/api/${path.dirname(file).split(path.sep).join("/")}`;
    const mod = (await import(path.join(APP_DIR, "api", file))) as Record<string, unknown>;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      if (typeof mod[method] === "function") found.set(`${method} ${route}`, mod[method] as Handler);
    }
  }
  return found;
}

/** A request for a route key, its [id] segments filled with `id`; writes send JSON `{}` from the app's own origin. */
function requestFor(key: string, id: string, headers: Record<string, string>, query = "", body = "{}"): { request: Request; params: Record<string, string> } {
  const [method, pattern] = key.split(" ") as [string, string];
  const url = new URL(`${pattern.replaceAll("[id]", id)}${query}`, "http://localhost");
  const write = method !== "GET";
  const request = new Request(url, {
    method,
    headers: { ...headers, ...(write ? { origin: "http://localhost", "content-type": "application/json" } : {}) },
    body: write ? body : undefined,
  });
  return { request, params: pattern.includes("[id]") ? { id } : {} };
}

let t: TempDatabase;
let routes: Map<string, Handler>;
let own: Workspace;
let other: Workspace;
const users = {} as Record<Role, number>;
let otherAdmin: number;
const tokens = {} as Record<TokenScope, string>;
/** ids of records in the other workspace, for the IDOR checks */
const foreign = {} as Record<string, string>;

async function member(workspace: Workspace, role: Role, email: string): Promise<number> {
  const user = await t.db.user.create({ data: { email, passwordHash: "not-used-here" } });
  await t.db.membership.create({ data: { userId: user.id, workspaceId: workspace.id, role } });
  return user.id;
}

/** A fresh session per call: sign-out, called as every role, ends the session it is called with. */
async function cookieOf(userId: number, workspace: Workspace): Promise<string> {
  const { secret } = await createSession(t.db, userId, workspace.id);
  return `${SESSION_COOKIE}=${secret}`;
}

beforeAll(async () => {
  t = await createTempDatabase();
  process.env.DATABASE_URL = t.url;
  routes = await discoverRoutes();
  own = await t.db.workspace.create({ data: { slug: "own", name: "Own" } });
  other = await t.db.workspace.create({ data: { slug: "other", name: "Other" } });
  for (const role of ROLES) users[role] = await member(own, role, `${role}@own.example`);
  otherAdmin = await member(other, "admin", "admin@other.example");
  for (const scope of ["read", "ingest"] as const) tokens[scope] = (await createApiToken(t.db, own, { name: scope, scopes: [scope], createdByUserId: null })).secret;

  // Records of the other workspace, one per kind a route takes by id.
  const batch = await t.db.importBatch.create({ data: { workspaceId: other.id, fileName: "secret-other.csv", contentHash: "x", preset: "canonical", status: "committed" } });
  const journey = await t.db.journey.create({ data: { workspaceId: other.id, key: "secret-journey", nameZh: "秘密", nameEn: "Secret journey" } });
  const test = await t.db.contentTestGroup.create({ data: { workspaceId: other.id, key: "secret-test", name: "Secret test", controlVariant: "A", startDay: "2026-01-01" } });
  const benchmarkSet = await t.db.benchmarkSet.create({ data: { workspaceId: other.id, key: "secret-set", nameZh: "秘密", nameEn: "Secret set", source: "secret" } });
  const token = await createApiToken(t.db, other, { name: "secret-token", scopes: ["read"], createdByUserId: null });
  const goal = await t.db.goal.create({ data: { workspaceId: other.id, metric: "revenue", periodType: "month", startDay: "2026-11-01", endDay: "2026-11-30", target: 424_242 } });
  const aiTool = await t.db.aiTool.create({ data: { workspaceId: other.id, key: "secret-tool", name: "Secret tool", category: "image" } });
  const otherMember = await t.db.user.create({ data: { email: "secret-member@other.example", passwordHash: "x" } });
  const membership = await t.db.membership.create({ data: { userId: otherMember.id, workspaceId: other.id, role: "analyst" } });
  const invitation = await t.db.invitation.create({
    data: { workspaceId: other.id, email: "secret-invitee@other.example", role: "analyst", tokenHash: "secret-hash", expiresAt: new Date("2099-01-01T00:00:00Z") },
  });
  Object.assign(foreign, {
    imports: String(batch.id),
    journeys: String(journey.id),
    tests: String(test.id),
    benchmarks: String(benchmarkSet.id),
    tokens: String(token.token.id),
    members: String(membership.id),
    invitations: String(invitation.id),
    goals: String(goal.id),
    aiTools: String(aiTool.id),
  });
});
afterAll(async () => {
  await t.cleanup();
});

const call = async (key: string, headers: Record<string, string>, options: { id?: string; query?: string; body?: string } = {}) => {
  const { request, params } = requestFor(key, options.id ?? "999999", headers, options.query, options.body);
  return routes.get(key)!(request, { params: Promise.resolve(params) });
};

describe("the permission table", () => {
  it("lists every route handler, and only those", () => {
    expect([...routes.keys()].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  describe.each(Object.entries(ROUTES))("%s", (key, access) => {
    it("signed out", async () => {
      const response = await call(key, {});
      if (access === "public") expect(response.status).not.toBe(401);
      else expect(response.status).toBe(401);
    });

    it.each(ROLES)("as %s of the workspace", async (role) => {
      const response = await call(key, { cookie: await cookieOf(users[role], own) });
      const allowed = access === "public" || access === "account" || ALLOWED[role].includes(access);
      if (allowed) expect([401, 403]).not.toContain(response.status);
      else expect(response.status).toBe(403);
    });

    it.runIf(access !== "public" && access !== "account")("naming another workspace: 404, as if it did not exist", async () => {
      const response = await call(key, { cookie: await cookieOf(users.admin, own) }, { query: `?workspace=${other.slug}` });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("Other");
    });

    it.runIf(access !== "public" && access !== "account").each(["read", "ingest"] as const)("with a %s-scoped token", async (scope) => {
      const response = await call(key, { authorization: `Bearer ${tokens[scope]}` });
      if (SCOPE_ALLOWS[scope].includes(access as Action)) expect([401, 403]).not.toContain(response.status);
      else expect(response.status).toBe(403);
    });
  });
});

describe("records of another workspace (IDOR)", () => {
  // A valid body where the route reads one, so that only the id decides the answer.
  const BY_ID: [string, string, string?][] = [
    ["GET /api/v1/imports/[id]", "imports"],
    ["POST /api/v1/imports/[id]/undo", "imports"],
    ["GET /api/v1/journeys/[id]", "journeys"],
    ["PATCH /api/v1/journeys/[id]", "journeys", JSON.stringify({ nameEn: "Taken over" })],
    ["DELETE /api/v1/journeys/[id]", "journeys"],
    ["GET /api/v1/content/tests/[id]", "tests"],
    ["PATCH /api/v1/content/tests/[id]", "tests", JSON.stringify({ name: "Taken over" })],
    ["DELETE /api/v1/content/tests/[id]", "tests"],
    ["PUT /api/v1/content/tests/[id]/items", "tests", JSON.stringify({ unassign: [1] })],
    ["PATCH /api/v1/benchmarks/[id]", "benchmarks", JSON.stringify({ nameEn: "Taken over" })],
    ["DELETE /api/v1/benchmarks/[id]", "benchmarks"],
    ["DELETE /api/v1/tokens/[id]", "tokens"],
    ["PATCH /api/v1/members/[id]", "members", JSON.stringify({ role: "executive" })],
    ["DELETE /api/v1/members/[id]", "members"],
    ["DELETE /api/v1/invitations/[id]", "invitations"],
    ["PATCH /api/v1/goals/[id]", "goals", JSON.stringify({ target: 1 })],
    ["DELETE /api/v1/goals/[id]", "goals"],
    ["PATCH /api/v1/ai-tools/[id]", "aiTools", JSON.stringify({ name: "Mine now" })],
    ["DELETE /api/v1/ai-tools/[id]", "aiTools"],
  ];

  it("every route with an [id] is in this list", () => {
    expect(Object.keys(ROUTES).filter((k) => k.includes("[id]")).sort()).toEqual(BY_ID.map(([k]) => k).sort());
  });

  it.each(BY_ID)("%s with the other workspace's id: 404 and none of its data", async (key, kind, body) => {
    const response = await call(key, { cookie: await cookieOf(users.admin, own) }, { id: foreign[kind], body });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/secret/i);
    // …while its own workspace's admin does find it (where a GET of the record exists).
    const read = key.replace(/^\w+/, "GET").replace("/undo", "").replace("/items", "");
    if (routes.has(read)) expect((await call(read, { cookie: await cookieOf(otherAdmin, other) }, { id: foreign[kind] })).status).toBe(200);
  });

  it("the other workspace's token, member, invitation, benchmark set, goal, AI tool and journey are untouched by the first workspace's admin", async () => {
    expect((await t.db.benchmarkSet.findUniqueOrThrow({ where: { id: Number(foreign.benchmarks) } })).nameEn).toBe("Secret set");
    expect((await t.db.apiToken.findUniqueOrThrow({ where: { id: Number(foreign.tokens) } })).revokedAt).toBeNull();
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: Number(foreign.members) } })).role).toBe("analyst");
    expect((await t.db.invitation.findUniqueOrThrow({ where: { id: Number(foreign.invitations) } })).revokedAt).toBeNull();
    expect((await t.db.goal.findUniqueOrThrow({ where: { id: Number(foreign.goals) } })).target).toBe(424_242);
    expect((await t.db.aiTool.findUniqueOrThrow({ where: { id: Number(foreign.aiTools) } })).name).toBe("Secret tool");
    expect((await t.db.journey.findUniqueOrThrow({ where: { id: Number(foreign.journeys) } })).nameEn).toBe("Secret journey");
    expect((await t.db.contentTestGroup.findUniqueOrThrow({ where: { id: Number(foreign.tests) } })).name).toBe("Secret test");
  });
});

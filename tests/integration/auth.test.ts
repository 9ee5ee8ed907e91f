// Users, sessions and tokens through the real route handlers on a real
// SQLite file: signing in and out, the sign-in limits, session expiry,
// password changes, API token scopes, cross-site writes, switching
// workspace and the first run. Expected values come from the rules as
// documented (a session lasts 7 idle days and 30 days at most; 5 failed
// sign-ins per account and 30 per address in 15 minutes), not from the code.
import { createHash } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as passwordRoute } from "@/app/api/v1/auth/password/route";
import { POST as signinRoute } from "@/app/api/v1/auth/signin/route";
import { POST as signoutRoute } from "@/app/api/v1/auth/signout/route";
import { POST as switchRoute } from "@/app/api/v1/auth/workspace/route";
import { GET as kpisRoute } from "@/app/api/v1/kpis/route";
import { POST as metricsRoute } from "@/app/api/v1/metrics/route";
import { POST as setupRoute } from "@/app/api/v1/setup/route";
import { DELETE as revokeRoute } from "@/app/api/v1/tokens/[id]/route";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { anotherSession, apiToken, cookieCredentials, signedInMember, TEST_ORIGIN, TEST_PASSWORD, type Credentials } from "../helpers/auth";
import { testNow } from "../helpers/clock";
import { callRoute, type CallInit } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A dashboard read any role and a `read` token may make: 200 while the credentials hold. */
const KPIS = "/api/v1/kpis?from=2026-11-16&to=2026-11-22";
const rows = [{ date: "2026-06-01", platform: "bilibili", account: "bili", impressions: 100, clicks: 5 }];

let t: TempDatabase;
let team: Workspace;
let otherTeam: Workspace;
let T0: number;

beforeAll(async () => {
  t = await createTempDatabase();
  process.env.DATABASE_URL = t.url;
  team = await t.db.workspace.create({ data: { slug: "team", name: "Team" } });
  otherTeam = await t.db.workspace.create({ data: { slug: "other-team", name: "Other team" } });
});
afterAll(() => t.cleanup());

// Every test starts at the run's pinned instant and moves the clock itself.
beforeEach(() => {
  T0 = testNow().getTime();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});
const at = (ms: number) => vi.setSystemTime(T0 + ms);

const jsonPost = (body: unknown, headers: Record<string, string> = {}): CallInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

/** POST /api/v1/auth/signin from the app's own page (English answers). */
function signin(email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  return callRoute(signinRoute, "/api/v1/auth/signin?lang=en", undefined, { ...jsonPost({ email, password }, { origin: TEST_ORIGIN, ...headers }), as: null });
}

/** The session cookie a response sets: its value and its attributes, lower-cased. */
function setCookie(response: Response): { name: string; value: string; attributes: string[] } {
  const header = response.headers.get("set-cookie") ?? "";
  const [pair = "", ...attributes] = header.split(";").map((p) => p.trim());
  const eq = pair.indexOf("=");
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes: attributes.map((a) => a.toLowerCase()) };
}

const read = (as: Credentials | null, path = KPIS) => callRoute(kpisRoute, path, undefined, { as });

describe("POST /api/v1/auth/signin", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie on Path=/, Secure only over HTTPS; the database holds its sha256", async () => {
    const m = await signedInMember(t.db, team, "analyst");
    const response = await signin(m.user.email, TEST_PASSWORD);
    expect(response.status).toBe(200);
    const cookie = setCookie(response);
    expect(cookie.name).toBe("kpi_session");
    expect(cookie.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(cookie.attributes).not.toContain("secure");
    // the new session works, and the database knows it only by its hash
    expect((await read(cookieCredentials(cookie.value, m.user.email))).status).toBe(200);
    const stored = await t.db.session.findMany({ where: { userId: m.user.id, tokenHash: sha256(cookie.value) } });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(await t.db.session.findMany())).not.toContain(cookie.value);

    // behind a proxy that terminates TLS and says so
    const https = await signin(m.user.email, TEST_PASSWORD, { host: "kpi.example.com", origin: "https://kpi.example.com", "x-forwarded-proto": "https" });
    expect(https.status).toBe(200);
    expect(setCookie(https).attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/", "secure"]));
  });

  it("answers a wrong password and an unknown email with the same 401", async () => {
    const m = await signedInMember(t.db, team, "analyst");
    const wrong = await signin(m.user.email, "not-the-password");
    const unknown = await signin("nobody@team.test", TEST_PASSWORD);
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    const [a, b] = [await wrong.json(), await unknown.json()];
    expect(a).toEqual(b);
    expect(a).toEqual({ error: { code: "invalid_credentials", message: "The email or password is wrong." } });
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a sign-in from another site (login CSRF)", async () => {
    const m = await signedInMember(t.db, team, "analyst");
    expect((await signin(m.user.email, TEST_PASSWORD, { origin: "https://evil.example" })).status).toBe(403);
  });

  it("locks an account for 15 minutes after 5 failures, even for the right password; other accounts still sign in", async () => {
    const locked = await signedInMember(t.db, team, "analyst");
    const other = await signedInMember(t.db, team, "analyst");
    const address = { "x-forwarded-for": "198.51.100.5" };
    for (let i = 1; i <= 5; i++) expect((await signin(locked.user.email, `wrong-${i}`, address)).status, `attempt ${i}`).toBe(401);

    const sixth = await signin(locked.user.email, TEST_PASSWORD, address);
    expect(sixth.status).toBe(429);
    // all five failures at the same (pinned) instant: the first frees its slot 15 minutes later
    expect(sixth.headers.get("retry-after")).toBe(String(15 * 60));
    const body = (await sixth.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toContain("15 min");
    expect(sixth.headers.get("set-cookie")).toBeNull();
    // in Chinese too
    const zh = await callRoute(signinRoute, "/api/v1/auth/signin?lang=zh-CN", undefined, { ...jsonPost({ email: locked.user.email, password: TEST_PASSWORD }, { origin: TEST_ORIGIN }), as: null });
    expect(((await zh.json()) as { error: { message: string } }).error.message).toContain("15 分钟");

    // another account, from the same address, is not locked
    expect((await signin(other.user.email, TEST_PASSWORD, address)).status).toBe(200);

    // 10 minutes later: still locked, 5 minutes to go
    at(10 * MINUTE);
    const later = await signin(locked.user.email, TEST_PASSWORD, address);
    expect(later.status).toBe(429);
    expect(later.headers.get("retry-after")).toBe(String(5 * 60));
    // once the window has passed, the right password works again
    at(15 * MINUTE + 1000);
    expect((await signin(locked.user.email, TEST_PASSWORD, address)).status).toBe(200);
  });

  it("limits one address to 30 failures, whatever the accounts, and reads the address the nearest proxy saw", async () => {
    const m = await signedInMember(t.db, team, "analyst");
    const address = "203.0.113.7";
    // 30 different unknown emails: no account reaches its own limit
    for (let i = 1; i <= 30; i++) expect((await signin(`nobody-${i}@team.test`, "guess", { "x-forwarded-for": address })).status, `attempt ${i}`).toBe(401);
    const limited = await signin(m.user.email, TEST_PASSWORD, { "x-forwarded-for": address });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBe(15 * 60);
    // a client cannot escape by naming another address in front of the proxy's hop
    expect((await signin(m.user.email, TEST_PASSWORD, { "x-forwarded-for": `192.0.2.1, ${address}` })).status).toBe(429);
    // the same account from another address signs in
    expect((await signin(m.user.email, TEST_PASSWORD, { "x-forwarded-for": "203.0.113.8" })).status).toBe(200);
  });
});

describe("sessions", () => {
  it("sign-out deletes the session: the old cookie then gets 401", async () => {
    const m = await signedInMember(t.db, team, "analyst");
    const signedIn = setCookie(await signin(m.user.email, TEST_PASSWORD));
    const session = cookieCredentials(signedIn.value, m.user.email);
    expect((await read(session)).status).toBe(200);

    const out = await callRoute(signoutRoute, "/api/v1/auth/signout", undefined, { method: "POST", as: session });
    expect(out.status).toBe(200);
    const cleared = setCookie(out);
    expect(cleared).toMatchObject({ name: "kpi_session", value: "" });
    expect(cleared.attributes).toContain("max-age=0");
    expect(await t.db.session.count({ where: { tokenHash: sha256(signedIn.value) } })).toBe(0);
    // a copy of the cookie kept elsewhere stops working too
    expect((await read(session)).status).toBe(401);
    // the user's other session (made when the test user was created) is not touched
    expect((await read(m)).status).toBe(200);
  });

  it("ends after 7 days without use; each use moves the end 7 days on", async () => {
    const untouched = await signedInMember(t.db, team, "analyst");
    const inUse = await signedInMember(t.db, team, "analyst");
    at(6 * DAY);
    expect((await read(inUse)).status).toBe(200);
    at(7 * DAY + 1000);
    expect((await read(untouched)).status).toBe(401);
    expect(await t.db.session.count({ where: { tokenHash: sha256(untouched.secret) } })).toBe(0);
    // last used on day 6: still on
    expect((await read(inUse)).status).toBe(200);
    at(14 * DAY);
    expect((await read(inUse)).status).toBe(200);
    // last used on day 14: off 7 days later
    at(21 * DAY + 1000);
    expect((await read(inUse)).status).toBe(401);
  });

  it("ends 30 days after signing in, however often it is used", async () => {
    const m = await signedInMember(t.db, team, "analyst");
    for (const day of [6, 12, 18, 24, 29]) {
      at(day * DAY);
      expect((await read(m)).status, `day ${day}`).toBe(200);
    }
    at(30 * DAY - MINUTE);
    expect((await read(m)).status).toBe(200);
    // used a minute ago, but 30 days old
    at(30 * DAY + 1000);
    expect((await read(m)).status).toBe(401);
  });
});

describe("POST /api/v1/auth/password", () => {
  const change = (as: Credentials, currentPassword: string, newPassword: string) =>
    callRoute(passwordRoute, "/api/v1/auth/password", undefined, { ...jsonPost({ currentPassword, newPassword }), as });

  it("changes the password, signs out the user's other sessions and keeps this one", async () => {
    const m = await signedInMember(t.db, team, "manager");
    const phone = await anotherSession(t.db, m.user, team.id);
    const elsewhere = await signedInMember(t.db, team, "analyst");
    const refused = await change(m, "not-the-password", "a-new-password-1");
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: "wrong_password", issues: [{ field: "currentPassword" }] } });
    expect((await read(phone)).status).toBe(200);

    expect((await change(m, TEST_PASSWORD, "a-new-password-1")).status).toBe(200);
    expect((await read(m)).status).toBe(200);
    expect((await read(phone)).status).toBe(401);
    // nobody else's sessions
    expect((await read(elsewhere)).status).toBe(200);
    expect((await signin(m.user.email, TEST_PASSWORD)).status).toBe(401);
    expect((await signin(m.user.email, "a-new-password-1")).status).toBe(200);
  });

  it("refuses for a demo user (their password is public)", async () => {
    const demo = await t.db.workspace.create({ data: { slug: "demo-for-password", name: "Demo", isDemo: true } });
    const m = await signedInMember(t.db, demo, "admin", { isDemo: true });
    const before = await t.db.user.findUniqueOrThrow({ where: { id: m.user.id } });
    const response = await change(m, TEST_PASSWORD, "a-new-password-2");
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "demo_user" } });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: m.user.id } })).passwordHash).toBe(before.passwordHash);
  });
});

describe("API tokens", () => {
  const push = (as: Credentials | null, path = "/api/v1/metrics") => callRoute(metricsRoute, path, undefined, { ...jsonPost({ rows }), as });

  it("are stored as their sha256, never the secret", async () => {
    const token = await apiToken(t.db, team, ["ingest"], "etl");
    const row = await t.db.apiToken.findUniqueOrThrow({ where: { id: token.token.id } });
    expect(row.tokenHash).toBe(sha256(token.secret));
    expect(JSON.stringify(row)).not.toContain(token.secret);
    expect(token.secret.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThan(token.secret.length / 2);
  });

  it("stop working once revoked", async () => {
    const admin = await signedInMember(t.db, team, "admin");
    const token = await apiToken(t.db, team, ["ingest", "read"]);
    expect((await read(token)).status).toBe(200);
    const revoked = await callRoute(revokeRoute, `/api/v1/tokens/${token.token.id}`, { id: String(token.token.id) }, { method: "DELETE", as: admin });
    expect(revoked.status).toBe(200);
    expect((await read(token)).status).toBe(401);
    expect((await push(token, "/api/v1/metrics?dryRun=true")).status).toBe(401);
  });

  it("may do what their scopes allow: read reads, ingest pushes, neither does the other", async () => {
    const reader = await apiToken(t.db, team, ["read"]);
    const ingester = await apiToken(t.db, team, ["ingest"]);
    expect((await push(reader, "/api/v1/metrics?dryRun=true")).status).toBe(403);
    expect((await read(reader)).status).toBe(200);
    expect((await read(ingester)).status).toBe(403);
    expect((await push(ingester, "/api/v1/metrics?dryRun=true")).status).toBe(200);
  });
});

describe("cross-site writes", () => {
  const count = () => t.db.dailyMetric.count({ where: { workspaceId: team.id } });

  it("refuse a cookie write from another origin, without an Origin, or with a text/plain body; a token needs no Origin", async () => {
    const m = await signedInMember(t.db, team, "manager");
    const body = JSON.stringify({ rows });
    const post = (headers: Record<string, string>, as: Credentials | null = null) =>
      callRoute(metricsRoute, "/api/v1/metrics", undefined, { method: "POST", headers, body, as });
    const before = await count();

    const evil = await post({ cookie: m.cookie, origin: "https://evil.example", "content-type": "application/json" });
    expect(evil.status).toBe(403);
    expect(await evil.json()).toMatchObject({ error: { code: "cross_site" } });
    const noOrigin = await post({ cookie: m.cookie, "content-type": "application/json" });
    expect(noOrigin.status).toBe(403);
    const plain = await post({ cookie: m.cookie, origin: TEST_ORIGIN, "content-type": "text/plain" });
    expect(plain.status).toBe(415);
    expect(await plain.json()).toMatchObject({ error: { code: "unsupported_media_type" } });
    expect(await count()).toBe(before);

    // from the app's own page, the manager's write goes through
    expect((await post({ cookie: m.cookie, origin: TEST_ORIGIN, "content-type": "application/json" })).status).toBe(201);
    expect(await count()).toBe(before + rows.length);

    // the same write with a token and no Origin (a script, not a browser)
    const token = await apiToken(t.db, team, ["ingest"]);
    const scripted = await post({ authorization: token.authorization, "content-type": "application/json" });
    expect(scripted.status).toBe(201);
    expect(await scripted.json()).toMatchObject({ unchanged: rows.length });
  });
});

describe("POST /api/v1/auth/workspace", () => {
  const switchTo = (as: Credentials, workspaceId: number) => callRoute(switchRoute, "/api/v1/auth/workspace", undefined, { ...jsonPost({ workspaceId }), as });

  it("answers 404 for a workspace the user is not a member of, and switches to one they are", async () => {
    const m = await signedInMember(t.db, team, "analyst");
    const second = await t.db.workspace.create({ data: { slug: "second-team", name: "Second team" } });
    await t.db.membership.create({ data: { userId: m.user.id, workspaceId: second.id, role: "executive" } });

    const refused = await switchTo(m, otherTeam.id);
    expect(refused.status).toBe(404);
    expect((await read(m, `${KPIS}&workspace=team`)).status).toBe(200);
    expect((await read(m, `${KPIS}&workspace=other-team`)).status).toBe(404);

    const switched = await switchTo(m, second.id);
    expect(switched.status).toBe(200);
    expect(await switched.json()).toEqual({ workspace: { id: second.id, slug: "second-team", name: "Second team", role: "executive" } });
    expect((await read(m, `${KPIS}&workspace=second-team`)).status).toBe(200);
    expect((await read(m, `${KPIS}&workspace=team`)).status).toBe(404);
  });
});

describe("POST /api/v1/setup (first run)", () => {
  let first: TempDatabase;
  const setup = (body: unknown) => callRoute(setupRoute, "/api/v1/setup?lang=en", undefined, { ...jsonPost(body, { origin: TEST_ORIGIN }), as: null });

  beforeAll(async () => {
    first = await createTempDatabase();
    // a fresh install: the demo workspace and its users, nobody of the team's own (20 weeks: the shortest demo)
    await seedDemoWorkspace(first.db, { endDay: "2026-11-22", weeks: 20 });
    process.env.DATABASE_URL = first.url;
  });
  afterAll(async () => {
    process.env.DATABASE_URL = t.url;
    await first.cleanup();
  });

  it("creates the first admin and workspace once, signed in; demo: false removes the demo; a second call gets 409", async () => {
    expect(await first.db.workspace.count({ where: { isDemo: true } })).toBe(1);
    expect(await first.db.user.count({ where: { isDemo: true } })).toBeGreaterThan(0);

    const created = await setup({ email: "Owner@Acme.example", password: "owner-password-1", workspace: { name: "Acme Growth" }, demo: false });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { workspace: { id: number; slug: string; name: string } };
    expect(body.workspace).toMatchObject({ slug: "acme-growth", name: "Acme Growth" });

    const owner = await first.db.user.findUniqueOrThrow({ where: { email: "owner@acme.example" }, include: { memberships: true } });
    expect(owner.isDemo).toBe(false);
    expect(owner.passwordHash).not.toContain("owner-password-1");
    expect(owner.memberships.map((m) => [m.workspaceId, m.role])).toEqual([[body.workspace.id, "admin"]]);
    // the demo workspace and its users are gone
    expect(await first.db.workspace.findMany({ select: { slug: true } })).toEqual([{ slug: "acme-growth" }]);
    expect(await first.db.user.count({ where: { isDemo: true } })).toBe(0);

    // the answer signed the owner in, into the new workspace
    const cookie = setCookie(created);
    expect(cookie.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect((await read(cookieCredentials(cookie.value, owner.email), `${KPIS}&workspace=acme-growth`)).status).toBe(200);

    const again = await setup({ email: "intruder@evil.example", password: "intruder-password", workspace: { name: "Mine now" } });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: "already_set_up" } });
    expect(await first.db.user.count()).toBe(1);
    expect(await first.db.workspace.count()).toBe(1);
  });
});

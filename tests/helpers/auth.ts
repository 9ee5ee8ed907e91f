// Who a route test is: a real user with a role in a workspace and a real
// session (lib/auth/session), or a real API token with scopes
// (lib/services/api-tokens). Requests then go through the same checks as in
// the app: apiRoute finds the principal, its workspace and its permission, and
// refuses cookie writes without the app's own Origin.
//
// Give the credentials to callRoute (tests/helpers/route-call.ts): once per
// file with signInAs(...) in beforeAll, or per request with `{ as }`.
import { hashPassword } from "@/lib/auth/password";
import type { Role, TokenScope } from "@/lib/auth/roles";
import { createSession, SESSION_COOKIE } from "@/lib/auth/session";
import type { Db } from "@/lib/db";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { createApiToken, type ApiTokenJson } from "@/lib/services/api-tokens";

/** The origin callRoute's requests are made on (`http://localhost/...`). */
export const TEST_ORIGIN = "http://localhost";
/** Every test user's password (hashed once per test file, see testPasswordHash). */
export const TEST_PASSWORD = "test-password-0123";

/** What a request carries to say who is asking. */
export interface Credentials {
  /** headers of a read (GET, HEAD) */
  headers: Record<string, string>;
  /** headers of a write: a cookie write also sends the app's own Origin, as the app's pages do */
  writeHeaders: Record<string, string>;
  /** what imports and the audit log record as the actor */
  actor: string;
}

export interface Member extends Credentials {
  user: { id: number; email: string };
  workspace: Workspace;
  role: Role;
  /** the session cookie's secret */
  secret: string;
  /** the `Cookie` header that carries it */
  cookie: string;
}

export interface Token extends Credentials {
  token: ApiTokenJson;
  /** the bearer secret (`kpi_…`) */
  secret: string;
  /** the `Authorization` header that carries it */
  authorization: string;
}

let passwordHash: Promise<string> | undefined;
/** argon2 takes tens of milliseconds per hash: every test user shares one hash of TEST_PASSWORD. */
export function testPasswordHash(): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

/** Credentials of a session cookie. */
export function cookieCredentials(secret: string, email: string): Credentials {
  const cookie = `${SESSION_COOKIE}=${secret}`;
  return { headers: { cookie }, writeHeaders: { cookie, origin: TEST_ORIGIN }, actor: `user:${email}` };
}

let users = 0;

/**
 * A new user who is `role` in `workspace`, signed in with that workspace as
 * the session's current one. The email is unique per call unless given.
 */
export async function signedInMember(db: Db, workspace: Workspace, role: Role = "admin", options: { email?: string; isDemo?: boolean } = {}): Promise<Member> {
  users += 1;
  const email = options.email ?? `${role}-${users}@${workspace.slug}.test`;
  const user = await db.user.create({ data: { email, name: `${role} ${users}`, passwordHash: await testPasswordHash(), isDemo: options.isDemo ?? false } });
  await db.membership.create({ data: { userId: user.id, workspaceId: workspace.id, role } });
  const { secret } = await createSession(db, user.id, workspace.id);
  return { ...cookieCredentials(secret, email), user: { id: user.id, email }, workspace, role, secret, cookie: `${SESSION_COOKIE}=${secret}` };
}

/** Another session of an existing user (another browser), looking at `workspaceId`. */
export async function anotherSession(db: Db, user: { id: number; email: string }, workspaceId: number | null): Promise<Credentials & { secret: string }> {
  const { secret } = await createSession(db, user.id, workspaceId);
  return { ...cookieCredentials(secret, user.email), secret };
}

/** Credentials of a bearer token. Token requests carry no cookie, so they need no Origin. */
export function bearerCredentials(secret: string, token: Pick<ApiTokenJson, "name" | "prefix">): Credentials {
  const headers = { authorization: `Bearer ${secret}` };
  return { headers, writeHeaders: headers, actor: `token:${token.name} (${token.prefix}…)` };
}

/** A new API token of `workspace` with `scopes`. */
export async function apiToken(db: Db, workspace: Workspace, scopes: readonly TokenScope[], name = "test token"): Promise<Token> {
  const created = await createApiToken(db, workspace, { name, scopes, createdByUserId: null });
  return { ...bearerCredentials(created.secret, created.token), token: created.token, secret: created.secret, authorization: `Bearer ${created.secret}` };
}

// Signed-in members for route tests: a user, their membership and a live
// session in the test's database, and requests that carry the session cookie
// (plus the app's Origin on writes, as the browser sends it). Route handlers
// read the database named by DATABASE_URL, so point it at the temp database
// first (useDatabase).
import { createSession, SESSION_COOKIE } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db";

export const ORIGIN = "http://localhost";

export interface Member {
  userId: number;
  membershipId: number;
  email: string;
  /** the session cookie's secret */
  secret: string;
  cookie: string;
}

/** Point the app's db() at this test file's database. */
export function useDatabase(url: string): void {
  process.env.DATABASE_URL = url;
}

/** A stand-in hash: these users sign in through their session, never with a password. */
const NO_PASSWORD = "$argon2id$v=19$m=19456,t=2,p=1$c2V0dGluZ3MtdGVzdA$not-a-real-hash";

/**
 * A user (created when the email is new) with `role` in the workspace and a
 * new session looking at it.
 */
export async function signedInMember(db: Db, workspaceId: number, role: Role, email: string, fields: { name?: string; isDemo?: boolean } = {}): Promise<Member> {
  const user = await db.user.upsert({
    where: { email },
    create: { email, name: fields.name ?? null, passwordHash: NO_PASSWORD, isDemo: fields.isDemo ?? false },
    update: {},
  });
  const membership = await db.membership.upsert({
    where: { userId_workspaceId: { userId: user.id, workspaceId } },
    create: { userId: user.id, workspaceId, role },
    update: { role },
  });
  const { secret } = await createSession(db, user.id, workspaceId);
  return { userId: user.id, membershipId: membership.id, email, secret, cookie: `${SESSION_COOKIE}=${secret}` };
}

/** A GET (or other bodiless request) as the member. */
export function asMember(member: Pick<Member, "cookie"> | null, method = "GET"): RequestInit {
  const headers: Record<string, string> = member ? { cookie: member.cookie } : {};
  if (method !== "GET") headers.origin = ORIGIN;
  return { method, headers };
}

/** A write with a JSON body as the member (null: signed out), from the app's own origin. */
export function jsonAs(member: Pick<Member, "cookie"> | null, method: "POST" | "PATCH" | "DELETE", body: unknown): RequestInit {
  return {
    method,
    headers: { ...(member ? { cookie: member.cookie } : {}), origin: ORIGIN, "content-type": "application/json" },
    body: JSON.stringify(body),
  };
}

/** The session secret a response's Set-Cookie carries, if any. */
export function sessionSecretOf(response: Response): string | null {
  const header = response.headers.get("set-cookie") ?? "";
  const m = new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(header);
  return m?.[1] ? m[1] : null;
}

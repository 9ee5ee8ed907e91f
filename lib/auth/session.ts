// Sign-in sessions, kept in the database (so any app instance can read them).
// The browser holds a random secret in an httpOnly, SameSite=Lax cookie;
// the database holds only its sha256. A session ends when it has been idle
// for IDLE_MS, after MAX_MS whatever happens, on sign-out, and when the
// user's password changes (all their other sessions are deleted).
import { createHash, randomBytes } from "node:crypto";
import { now } from "@/lib/clock";
import { isBusyError, noWaitDb, type Db } from "@/lib/db";

export { SESSION_COOKIE } from "./session-cookie";
import { SESSION_COOKIE } from "./session-cookie";
export const IDLE_MS = 7 * 24 * 3600_000;
export const MAX_MS = 30 * 24 * 3600_000;
/** lastSeenAt/expiresAt are written at most this often, not on every request */
const TOUCH_EVERY_MS = 60_000;

export const hashSecret = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface SessionRecord {
  id: number;
  userId: number;
  workspaceId: number | null;
  expiresAt: Date;
  user: { id: number; email: string; name: string | null; isDemo: boolean };
}

export async function createSession(db: Db, userId: number, workspaceId: number | null): Promise<{ secret: string; expiresAt: Date }> {
  const secret = randomBytes(32).toString("base64url");
  const t = now();
  const expiresAt = new Date(t.getTime() + IDLE_MS);
  await db.session.create({
    data: { tokenHash: hashSecret(secret), userId, workspaceId, createdAt: t, lastSeenAt: t, expiresAt, maxExpiresAt: new Date(t.getTime() + MAX_MS) },
  });
  return { secret, expiresAt };
}

/** The live session a cookie secret names, its idle expiry moved forward; null when unknown or expired. */
export async function readSession(db: Db, secret: string | null | undefined): Promise<SessionRecord | null> {
  if (!secret || !SECRET_PATTERN.test(secret)) return null;
  const row = await db.session.findUnique({
    where: { tokenHash: hashSecret(secret) },
    include: { user: { select: { id: true, email: true, name: true, isDemo: true } } },
  });
  if (!row) return null;
  const t = now();
  if (row.expiresAt <= t || row.maxExpiresAt <= t) {
    await db.session.deleteMany({ where: { id: row.id } });
    return null;
  }
  if (t.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    // Best effort, without waiting: while an import holds the write lock the
    // touch is skipped (the next request after it tries again); waiting would
    // stall the whole server behind the import (lib/db.ts noWaitDb).
    const expiresAt = new Date(Math.min(t.getTime() + IDLE_MS, row.maxExpiresAt.getTime()));
    try {
      await noWaitDb(db).session.update({ where: { id: row.id }, data: { lastSeenAt: t, expiresAt } });
      row.expiresAt = expiresAt;
    } catch (error) {
      if (!isBusyError(error)) throw error;
    }
  }
  return { id: row.id, userId: row.userId, workspaceId: row.workspaceId, expiresAt: row.expiresAt, user: row.user };
}

export async function deleteSession(db: Db, secret: string | null | undefined): Promise<void> {
  if (!secret || !SECRET_PATTERN.test(secret)) return;
  await db.session.deleteMany({ where: { tokenHash: hashSecret(secret) } });
}

/** `Set-Cookie` for a new session; Secure when the app is reached over HTTPS. */
export function sessionCookie(secret: string, secure: boolean): string {
  return [`${SESSION_COOKIE}=${secret}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${Math.floor(MAX_MS / 1000)}`, ...(secure ? ["Secure"] : [])].join("; ");
}

export function clearedSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0", ...(secure ? ["Secure"] : [])].join("; ");
}

/** The value of one cookie in a `Cookie` header. */
export function cookieValue(header: string | null, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

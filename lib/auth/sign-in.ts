// Signing in with email and password. Failed attempts count against the
// account and the client address (lib/auth/rate-limit); once either limit is
// reached the password is not even checked until the window frees a slot.
// A wrong email takes as long as a wrong password (a dummy hash is checked).
import type { Db } from "@/lib/db";
import { audit } from "./audit";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clearHits, recordHit, retryAfter, signinLimits } from "./rate-limit";
import { createSession } from "./session";

export type SignInResult =
  | { ok: true; secret: string; expiresAt: Date; userId: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "limited"; seconds: number };

export async function signIn(db: Db, input: { email: string; password: string; address: string | null }): Promise<SignInResult> {
  const limits = signinLimits(input.email, input.address);
  const limited = await retryAfter(db, limits);
  if (limited) return { ok: false, reason: "limited", seconds: limited.seconds };

  const user = await db.user.findUnique({ where: { email: input.email }, include: { memberships: { orderBy: { workspaceId: "asc" }, take: 1 } } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const workspaceId = user?.memberships[0]?.workspaceId ?? null;
  if (!user || !valid) {
    await recordHit(db, limits);
    await audit(db, { workspaceId, userId: user?.id ?? null, actor: input.email, action: "signin_failed", detail: { address: input.address } });
    return { ok: false, reason: "invalid" };
  }
  await clearHits(db, limits[0]!.key);
  const session = await createSession(db, user.id, workspaceId);
  await audit(db, { workspaceId, userId: user.id, actor: `user:${user.email}`, action: "signin", detail: { address: input.address } });
  return { ok: true, secret: session.secret, expiresAt: session.expiresAt, userId: user.id };
}

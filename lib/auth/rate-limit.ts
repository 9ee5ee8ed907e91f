// Sign-in attempts are limited per account and per client address. The
// counts live in the database (RateLimitHit), so every app instance sees the
// same ones; old hits are deleted as new ones arrive.
import { now } from "@/lib/clock";
import type { Db } from "@/lib/db";

export interface Limit {
  key: string;
  max: number;
  windowMs: number;
}

export const SIGNIN_WINDOW_MS = 15 * 60_000;
export const SIGNIN_MAX_PER_ACCOUNT = 5;
export const SIGNIN_MAX_PER_ADDRESS = 30;

export function signinLimits(email: string, address: string | null): Limit[] {
  return [
    { key: `signin:email:${email}`, max: SIGNIN_MAX_PER_ACCOUNT, windowMs: SIGNIN_WINDOW_MS },
    ...(address ? [{ key: `signin:ip:${address}`, max: SIGNIN_MAX_PER_ADDRESS, windowMs: SIGNIN_WINDOW_MS }] : []),
  ];
}

/** Seconds until the first exceeded limit frees a slot; null when none is exceeded. */
export async function retryAfter(db: Db, limits: Limit[]): Promise<{ key: string; seconds: number } | null> {
  const t = now().getTime();
  for (const limit of limits) {
    const hits = await db.rateLimitHit.findMany({
      where: { key: limit.key, createdAt: { gt: new Date(t - limit.windowMs) } },
      orderBy: { createdAt: "desc" },
      take: limit.max,
      select: { createdAt: true },
    });
    if (hits.length >= limit.max) {
      const oldestCounted = hits[hits.length - 1]!.createdAt.getTime();
      return { key: limit.key, seconds: Math.max(1, Math.ceil((oldestCounted + limit.windowMs - t) / 1000)) };
    }
  }
  return null;
}

export async function recordHit(db: Db, limits: Limit[]): Promise<void> {
  const t = now();
  const longest = Math.max(...limits.map((l) => l.windowMs));
  await db.$transaction([
    db.rateLimitHit.deleteMany({ where: { key: { in: limits.map((l) => l.key) }, createdAt: { lt: new Date(t.getTime() - longest) } } }),
    db.rateLimitHit.createMany({ data: limits.map((l) => ({ key: l.key, createdAt: t })) }),
  ]);
}

export async function clearHits(db: Db, key: string): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { key } });
}

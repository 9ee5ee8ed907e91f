// A signed-in session of the demo admin for the scripts that call the app as
// a user would (bench, load test): the Cookie header value.
import { createSession, SESSION_COOKIE } from "@/lib/auth/session";
import { createDb } from "@/lib/db";
import { DEMO_USERS } from "@/lib/demo/demo-users";

export async function demoAdminCookie(databaseUrl: string): Promise<string> {
  const db = createDb(databaseUrl);
  try {
    const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0]!.email }, include: { memberships: true } });
    const { secret } = await createSession(db, admin.id, admin.memberships[0]?.workspaceId ?? null);
    return `${SESSION_COOKIE}=${secret}`;
  } finally {
    await db.$disconnect();
  }
}

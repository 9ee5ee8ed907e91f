// The demo workspace's own users, one per role. Their passwords are public
// (printed by `npm start`, listed in the README), so they belong to the demo
// workspace only: they cannot be invited into another workspace, and they go
// when the demo workspace is deleted.
import { now } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { ROLES, type Role } from "@/lib/auth/roles";

export const DEMO_PASSWORD = "demo-password";

export const DEMO_USERS: readonly { email: string; role: Role; name: string }[] = ROLES.map((role) => ({
  email: `${role}@demo.example`,
  role,
  name: `Demo ${role}`,
}));

/** Creates the demo users if missing and gives each their role in the demo workspace. */
export async function ensureDemoUsers(db: Db, workspaceId: number): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // The app's clock, not the database's: a demo seeded "as of" a day says its users joined that day.
  const createdAt = now();
  for (const u of DEMO_USERS) {
    const user = await db.user.upsert({
      where: { email: u.email },
      create: { email: u.email, name: u.name, passwordHash, isDemo: true, createdAt },
      update: {},
    });
    await db.membership.upsert({
      where: { userId_workspaceId: { userId: user.id, workspaceId } },
      create: { userId: user.id, workspaceId, role: u.role, createdAt },
      update: { role: u.role },
    });
  }
}

/** Lines for the console and the first-run page: who can sign in to the demo. */
export function demoCredentialLines(): string[] {
  return DEMO_USERS.map((u) => `  ${u.role.padEnd(9)}  ${u.email}  /  ${DEMO_PASSWORD}`);
}

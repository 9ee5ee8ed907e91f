// Deleting a workspace: everything in it goes (rows, imports, tokens,
// members' access) in one transaction, and nothing outside it. Demo users
// who no longer belong anywhere go too (their password is public).
import type { Db } from "@/lib/db";
import { DEMO_WORKSPACE_SLUG } from "@/lib/demo/generate-demo-data";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * `andThen` runs in the same transaction after the rows are gone (the audit
 * event, pointing the caller's session elsewhere), so either all of it
 * happens or none.
 */
export async function deleteWorkspace(db: Db, workspaceId: number, andThen?: (tx: Prisma.TransactionClient) => Promise<void>): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.workspace.delete({ where: { id: workspaceId } });
    await tx.user.deleteMany({ where: { isDemo: true, memberships: { none: {} } } });
    await andThen?.(tx);
  });
}

/** The demo workspace, if it is loaded. */
export function findDemoWorkspace(db: Db) {
  return db.workspace.findFirst({ where: { slug: DEMO_WORKSPACE_SLUG, isDemo: true } });
}

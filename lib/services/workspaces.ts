// Deleting a workspace: everything in it goes (rows, imports, tokens,
// members' access) in one transaction, and nothing outside it. Demo users
// who no longer belong anywhere go too (their password is public).
import type { Db } from "@/lib/db";
import { DEMO_WORKSPACE_SLUG } from "@/lib/demo/generate-demo-data";

export async function deleteWorkspace(db: Db, workspaceId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.workspace.delete({ where: { id: workspaceId } });
    await tx.user.deleteMany({ where: { isDemo: true, memberships: { none: {} } } });
  });
}

/** The demo workspace, if it is loaded. */
export function findDemoWorkspace(db: Db) {
  return db.workspace.findFirst({ where: { slug: DEMO_WORKSPACE_SLUG, isDemo: true } });
}

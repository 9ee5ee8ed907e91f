import type { Db } from "@/lib/db";

export async function getWorkspaceBySlug(db: Db, slug: string) {
  return db.workspace.findUnique({ where: { slug } });
}

export type Workspace = NonNullable<Awaited<ReturnType<typeof getWorkspaceBySlug>>>;

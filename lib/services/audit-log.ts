// The workspace's audit log for /settings: newest first, a page at a time.
// `before` is the id of the oldest event already shown (events get
// increasing ids as they are written), so a page never repeats or skips an
// event however many arrive meanwhile.
import type { Db } from "@/lib/db";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import type { AuditEventJson, AuditListResponse } from "@/lib/schemas/api/settings";

function detailOf(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { text };
  }
}

export async function listAuditEvents(db: Db, workspace: Workspace, params: { limit: number; before?: number }): Promise<AuditListResponse> {
  const rows = await db.auditEvent.findMany({
    where: { workspaceId: workspace.id, ...(params.before !== undefined ? { id: { lt: params.before } } : {}) },
    orderBy: { id: "desc" },
    take: params.limit + 1,
  });
  const page = rows.slice(0, params.limit);
  const events: AuditEventJson[] = page.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    actor: r.actor,
    action: r.action,
    target: r.target,
    detail: detailOf(r.detail),
  }));
  return { events, nextBefore: rows.length > params.limit ? (page.at(-1)?.id ?? null) : null };
}

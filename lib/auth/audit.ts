// The audit log: who did what, when. Written next to the change it records;
// read by admins on /settings. Details never hold secrets (no passwords,
// token secrets or invitation links).
import { now } from "@/lib/clock";
import type { Db } from "@/lib/db";

export const AUDIT_ACTIONS = [
  "signin",
  "signin_failed",
  "signout",
  "password_change",
  "setup",
  "workspace_create",
  "workspace_switch",
  "import",
  "undo",
  "preset_save",
  "settings_change",
  "workspace_delete",
  "member_invite",
  "invite_revoke",
  "invite_accept",
  "member_role",
  "member_remove",
  "token_create",
  "token_revoke",
  "journey_edit",
  "content_test_edit",
  "scorecard_edit",
  "goal_edit",
  "benchmark_edit",
  "annotation_edit",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  workspaceId: number | null;
  userId: number | null;
  actor: string;
  action: AuditAction;
  target?: string | null;
  detail?: Record<string, unknown> | null;
}

/** `db` may be a transaction's client, so the event commits (or not) with the change it records. */
export async function audit(db: Pick<Db, "auditEvent">, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      workspaceId: entry.workspaceId,
      userId: entry.userId,
      actor: entry.actor.slice(0, 300),
      action: entry.action,
      target: entry.target?.slice(0, 300) ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail).slice(0, 4000) : null,
      createdAt: now(),
    },
  });
}

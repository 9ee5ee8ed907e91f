// DELETE /api/v1/invitations/[id] → { invitation }: revokes a pending
// invitation of this workspace (again: no change); its link stops working.
// Another workspace's id → 404; an accepted one → 409 (remove the member
// instead). Admins only; recorded as invite_revoke.
import { now } from "@/lib/clock";
import { refusal } from "@/lib/api/refusal";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { settings } from "@/lib/i18n/messages/settings";
import { IdParam, InvitationRevokedResponse, SettingsQuery } from "@/lib/schemas/api/settings";
import { revokeInvitation } from "@/lib/services/invitations";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute<{ id: string }>("members.manage", async (_request, { db, workspace, params, query, actor, userId, locale }) => {
  const { id } = parseInput(IdParam, params);
  parseInput(SettingsQuery, queryObject(query));
  const m = settings[locale].api;
  const result = await revokeInvitation(db, workspace, { id, actor, userId, now: now() });
  if (result.kind === "not_found") return refusal(404, "not_found", m.notInvitation);
  if (result.kind === "accepted") return refusal(409, "already_accepted", m.inviteAccepted);
  return json(InvitationRevokedResponse.parse({ invitation: result.invitation }));
});

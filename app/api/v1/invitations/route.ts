// GET /api/v1/invitations → { invitations }: the pending ones (not used,
// revoked or expired), newest first.
// POST /api/v1/invitations { email, role } → 201 { invitation, link }: the
// one-time link `<origin>/invite/<secret>` is in this answer only (the
// database keeps the secret's sha256); it works once, for 7 days. A pending
// invitation for the same email is revoked. Refused (400 naming `email`) for
// demo users and for members. Admins only; recorded as member_invite.
import { now } from "@/lib/clock";
import { readJson } from "@/lib/api/import-requests";
import { requestOrigin } from "@/lib/api/refusal";
import { badField, json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { CreateInvitationBody, InvitationCreatedResponse, InvitationListResponse, SettingsQuery } from "@/lib/schemas/api/settings";
import { createInvitation, listPendingInvitations } from "@/lib/services/invitations";

export const dynamic = "force-dynamic";

export const GET = apiRoute("members.manage", async (_request, { db, workspace, query }) => {
  parseInput(SettingsQuery, queryObject(query));
  return json(InvitationListResponse.parse({ invitations: await listPendingInvitations(db, workspace, { now: now() }) }));
});

export const POST = apiRoute("members.manage", async (request, { db, workspace, query, actor, userId, locale }) => {
  parseInput(SettingsQuery, queryObject(query));
  const read = await readJson(request, CreateInvitationBody, 4 * 1024);
  if (!read.ok) return read.response;
  const { email, role } = read.body;
  const result = await createInvitation(db, workspace, { email, role, origin: requestOrigin(request), actor, userId, now: now() });
  if (result.kind === "demo_user") return badField("email", { code: "demo_user_email", values: { email } }, locale);
  if (result.kind === "already_member") return badField("email", { code: "already_member", values: { email } }, locale);
  return json(InvitationCreatedResponse.parse({ invitation: result.invitation, link: result.link }), { status: 201 });
});

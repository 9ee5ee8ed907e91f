// PATCH /api/v1/members/[id] { role } → { member }: changes a member's role
// (recorded as member_role). DELETE /api/v1/members/[id] → { removed }:
// removes the member from this workspace (member_remove); their sessions stop
// looking at it. The id is the membership's, looked up in this workspace only
// (another workspace's → 404). 409 when the change would leave the workspace
// without an admin. Admins only.
import { readJson } from "@/lib/api/import-requests";
import { refusal } from "@/lib/api/refusal";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import type { Locale } from "@/lib/i18n/locale";
import { settings } from "@/lib/i18n/messages/settings";
import { IdParam, MemberRemovedResponse, MemberResponse, MemberRoleBody, SettingsQuery } from "@/lib/schemas/api/settings";
import { changeMemberRole, removeMember, type MemberChange } from "@/lib/services/members";

export const dynamic = "force-dynamic";

function refused(result: Exclude<MemberChange, { kind: "ok" }>, locale: Locale): Response {
  const m = settings[locale].api;
  switch (result.kind) {
    case "not_found":
      return refusal(404, "not_found", m.notMember);
    case "last_admin":
      return refusal(409, "last_admin", m.lastAdmin, "role");
    case "stale":
      return refusal(409, "stale", m.stale);
  }
}

export const PATCH = apiRoute<{ id: string }>("members.manage", async (request, { db, workspace, params, query, actor, userId, locale }) => {
  const { id } = parseInput(IdParam, params);
  parseInput(SettingsQuery, queryObject(query));
  const read = await readJson(request, MemberRoleBody, 4 * 1024);
  if (!read.ok) return read.response;
  const result = await changeMemberRole(db, workspace, { id, role: read.body.role, actor, userId });
  if (result.kind !== "ok") return refused(result, locale);
  return json(MemberResponse.parse({ member: result.member }));
});

export const DELETE = apiRoute<{ id: string }>("members.manage", async (_request, { db, workspace, params, query, actor, userId, locale }) => {
  const { id } = parseInput(IdParam, params);
  parseInput(SettingsQuery, queryObject(query));
  const result = await removeMember(db, workspace, { id, actor, userId });
  if (result.kind !== "ok") return refused(result, locale);
  return json(MemberRemovedResponse.parse({ removed: result.member }));
});

// GET /api/v1/members → { members }: the workspace's members (membership id,
// user, role; `self` marks the one asking). Admins only.
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { MemberListResponse, SettingsQuery } from "@/lib/schemas/api/settings";
import { listMembers } from "@/lib/services/members";

export const dynamic = "force-dynamic";

export const GET = apiRoute("members.manage", async (_request, { db, workspace, query, userId }) => {
  parseInput(SettingsQuery, queryObject(query));
  return json(MemberListResponse.parse({ members: await listMembers(db, workspace, { selfUserId: userId }) }));
});

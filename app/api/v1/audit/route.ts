// GET /api/v1/audit?limit=&before= → { events, nextBefore }: the workspace's
// audit events, newest first, `limit` (1–200, default 50) at a time; pass
// `nextBefore` as `before` for the next, older page. Admins only.
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { AuditListResponse, AuditQuery } from "@/lib/schemas/api/settings";
import { listAuditEvents } from "@/lib/services/audit-log";

export const dynamic = "force-dynamic";

export const GET = apiRoute("audit.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(AuditQuery, queryObject(query));
  return json(AuditListResponse.parse(await listAuditEvents(db, workspace, { limit: q.limit, before: q.before })));
});

// POST /api/v1/auth/signout → 200 and the session cookie cleared; the
// session is deleted from the database, so a copied cookie stops working too.
import { isHttps } from "@/lib/api/cross-site";
import { json } from "@/lib/api/response";
import { accountRoute } from "@/lib/api/route";
import { audit } from "@/lib/auth/audit";
import { clearedSessionCookie, cookieValue, deleteSession, SESSION_COOKIE } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export const POST = accountRoute(async (request, { db, principal, actor }) => {
  await deleteSession(db, cookieValue(request.headers.get("cookie"), SESSION_COOKIE));
  await audit(db, { workspaceId: principal.workspace?.id ?? null, userId: principal.user.id, actor, action: "signout" });
  return json({ signedOut: true }, { headers: { "Set-Cookie": clearedSessionCookie(isHttps(request)) } });
});

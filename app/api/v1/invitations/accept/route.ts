// POST /api/v1/invitations/accept { token, password?, name? } → 200
// { workspace, role, user } and a new session cookie looking at the
// workspace. A new email gets an account (password required: 400 naming
// `password`); an existing account's invitation needs the request signed in
// as that user (401 when signed out, 403 as someone else). Used, revoked,
// expired or unknown links → 404. Recorded as invite_accept.
import { isHttps } from "@/lib/api/cross-site";
import { readJson } from "@/lib/api/import-requests";
import { refusal } from "@/lib/api/refusal";
import { badField, json } from "@/lib/api/response";
import { principalOf, publicRoute } from "@/lib/api/route";
import { createSession, deleteSession, sessionCookie, cookieValue, SESSION_COOKIE } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { fill } from "@/lib/i18n/fill";
import { settings } from "@/lib/i18n/messages/settings";
import { AcceptInvitationBody, InvitationAcceptedResponse } from "@/lib/schemas/api/settings";
import { acceptInvitation } from "@/lib/services/invitations";

export const dynamic = "force-dynamic";

export const POST = publicRoute(async (request, { db, locale }) => {
  const read = await readJson(request, AcceptInvitationBody, 16 * 1024);
  if (!read.ok) return read.response;
  const m = settings[locale].api;
  const { principal } = await principalOf(db, request);
  const signedIn = principal?.kind === "user" ? principal : null;
  const result = await acceptInvitation(db, { ...read.body, signedInUserId: signedIn?.user.id ?? null, now: now() });
  switch (result.kind) {
    case "invalid":
      return refusal(404, "invitation_invalid", m.invitationInvalid);
    case "password_required":
      return badField("password", { code: "password_required" }, locale);
    case "sign_in_required":
      return refusal(401, "sign_in_required", fill(m.signInRequired, { email: result.email }));
    case "wrong_user":
      return refusal(403, "wrong_user", fill(m.wrongUser, { email: result.email }));
    case "already_member":
      return refusal(409, "already_member", fill(m.alreadyMember, { email: result.email }));
  }
  // A fresh session for the (new or signed-in) user; the browser's previous one ends.
  await deleteSession(db, cookieValue(request.headers.get("cookie"), SESSION_COOKIE));
  const session = await createSession(db, result.user.id, result.workspace.id);
  return json(InvitationAcceptedResponse.parse({ workspace: result.workspace, role: result.role, user: result.user }), {
    headers: { "Set-Cookie": sessionCookie(session.secret, isHttps(request)) },
  });
});

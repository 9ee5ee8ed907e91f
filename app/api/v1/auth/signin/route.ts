// POST /api/v1/auth/signin { email, password } → 200 { user } and the session
// cookie; 401 for a wrong email or password (the same answer for both);
// 429 with Retry-After when the account or the address tried too often.
import { clientAddress, isHttps } from "@/lib/api/cross-site";
import { readJson } from "@/lib/api/import-requests";
import { json } from "@/lib/api/response";
import { publicRoute } from "@/lib/api/route";
import { sessionCookie } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";
import { fill } from "@/lib/i18n/fill";
import { auth } from "@/lib/i18n/messages/auth";
import { SignInBody } from "@/lib/schemas/api/auth";

export const dynamic = "force-dynamic";

export const POST = publicRoute(async (request, { db, locale }) => {
  const read = await readJson(request, SignInBody, 16 * 1024);
  if (!read.ok) return read.response;
  const m = auth[locale].signin;
  const result = await signIn(db, { ...read.body, address: clientAddress(request) });
  if (!result.ok && result.reason === "limited") {
    const message = fill(m.limited, { minutes: Math.ceil(result.seconds / 60) });
    return json({ error: { code: "rate_limited", message, retryAfterSeconds: result.seconds } }, { status: 429, headers: { "Retry-After": String(result.seconds) } });
  }
  if (!result.ok) return json({ error: { code: "invalid_credentials", message: m.failed } }, { status: 401 });
  return json({ user: { id: result.userId, email: read.body.email } }, { headers: { "Set-Cookie": sessionCookie(result.secret, isHttps(request)) } });
});

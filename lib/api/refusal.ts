// An error answer with our own code and a message in the request's language,
// for refusals that are not a malformed field (409 last admin, 404 invalid
// invitation, 403 wrong user). `field`, when given, names the input the
// client should show the message next to, as a 400's issues do.
import { json } from "./response";

export function refusal(status: number, code: string, message: string, field?: string): Response {
  return json({ error: { code, message, ...(field ? { issues: [{ field, message }] } : {}) } }, { status });
}

/** The origin the app was reached on, for links shown to the user: the request's Origin (checked against the app's own by apiRoute), else its URL's. */
export function requestOrigin(request: Request): string {
  return request.headers.get("origin") ?? new URL(request.url).origin;
}

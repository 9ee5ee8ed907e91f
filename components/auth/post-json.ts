// Sending a JSON body to an /api/v1 route from a form, and reading its error
// answer (checked field by field, never cast): the message and the fields it
// names. No zod here: the user menu in every page's header uses this, and zod
// was 27 kB (gzip) of the JavaScript every page loaded.

type ErrorBody = { code: string; message: string; fields: Record<string, string> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `{ error: { code, message, issues?: [{ field, message }] } }`, or null when the body is anything else. */
export function parseErrorBody(body: unknown): ErrorBody | null {
  if (!isRecord(body) || !isRecord(body.error)) return null;
  const { code, message, issues } = body.error;
  if (typeof code !== "string" || typeof message !== "string") return null;
  if (issues !== undefined && !Array.isArray(issues)) return null;
  const fields: Record<string, string> = {};
  for (const issue of issues ?? []) {
    if (!isRecord(issue) || typeof issue.field !== "string" || typeof issue.message !== "string") return null;
    fields[issue.field] = issue.message;
  }
  return { code, message, fields };
}

export interface JsonAnswer {
  status: number;
  body: unknown;
  /** the error's message and per-field messages, when the answer is one */
  error: { code: string; message: string; fields: Record<string, string> } | null;
}

export async function sendJson(url: string, method: "POST" | "PATCH" | "DELETE", body: unknown): Promise<JsonAnswer> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { status: 0, body: null, error: null };
  }
  const parsed: unknown = await response.json().catch(() => null);
  return { status: response.status, body: parsed, error: parseErrorBody(parsed) };
}

/** A `next` path from the URL that stays on this site ("/…", not "//host" or "/\\host"). */
export function safeNext(next: string | null | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : "/";
}

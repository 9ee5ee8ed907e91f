// Sending a JSON body to an /api/v1 route from a form, and reading its error
// answer (parsed with zod, never cast): the message and the fields it names.
import { z } from "zod";

const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

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
  const error = ErrorBody.safeParse(parsed);
  return {
    status: response.status,
    body: parsed,
    error: error.success
      ? { code: error.data.error.code, message: error.data.error.message, fields: Object.fromEntries((error.data.error.issues ?? []).map((i) => [i.field, i.message])) }
      : null,
  };
}

/** A `next` path from the URL that stays on this site ("/…", not "//host" or "/\\host"). */
export function safeNext(next: string | null | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : "/";
}

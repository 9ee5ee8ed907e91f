// Uniform JSON responses for the HTTP API. Errors name the offending field
// so a client can show which input was wrong.
import { z } from "zod";

export interface ApiErrorBody {
  error: { code: string; message: string; issues?: { field: string; message: string }[] };
}

export function json<T>(body: T, init?: ResponseInit): Response {
  return Response.json(body, init);
}

function error(status: number, code: string, message: string, issues?: ApiErrorBody["error"]["issues"]): Response {
  return Response.json({ error: { code, message, ...(issues ? { issues } : {}) } } satisfies ApiErrorBody, { status });
}

/** 400 listing each invalid field (dot path into the query or body). */
export function badRequest(zodError: z.ZodError): Response {
  const issues = zodError.issues.flatMap((i) => {
    // Name the field itself: `metric`, not `metric.1`; an unknown key by its name.
    const path = i.path.filter((p) => typeof p === "string").join(".");
    if (i.code === "unrecognized_keys") return i.keys.map((key) => ({ field: path ? `${path}.${key}` : key, message: "unknown parameter" }));
    return [{ field: path || "(root)", message: i.message }];
  });
  const fields = [...new Set(issues.map((i) => i.field))].join(", ");
  return error(400, "bad_request", `Invalid ${fields}`, issues);
}

export function badField(field: string, message: string): Response {
  return error(400, "bad_request", `Invalid ${field}`, [{ field, message }]);
}

export function notFound(what: string): Response {
  return error(404, "not_found", `${what} not found`);
}

export function unauthorized(message = "A valid bearer token is required"): Response {
  return error(401, "unauthorized", message);
}

export function serverError(): Response {
  return error(500, "internal_error", "Something went wrong on our side; the error was logged.");
}

// Uniform JSON responses for the HTTP API. Errors name the offending field
// so a client can show which input was wrong; a 400's messages are in the
// language the request asks for (lib/i18n/request-locale), field names never
// translated.
import type { z } from "zod";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import { apiErrors, type ApiIssueCode } from "@/lib/i18n/messages/api-errors";

export interface ApiErrorBody {
  error: { code: string; message: string; issues?: { field: string; message: string }[] };
}

/** One of our own messages, by code, with the values its placeholders take. */
export interface ApiMessage {
  code: ApiIssueCode;
  values?: Record<string, string | number>;
}

export function json<T>(body: T, init?: ResponseInit): Response {
  return Response.json(body, init);
}

function error(status: number, code: string, message: string, issues?: ApiErrorBody["error"]["issues"]): Response {
  return Response.json({ error: { code, message, ...(issues ? { issues } : {}) } } satisfies ApiErrorBody, { status });
}

/** 400 listing each invalid field (dot path into the query or body). */
export function badRequest(zodError: z.ZodError, locale: Locale): Response {
  const m = apiErrors[locale];
  const issues = zodError.issues.flatMap((i) => {
    // Name the field itself: `metric`, not `metric.1`; an unknown key by its name.
    const path = i.path.filter((p) => typeof p === "string").join(".");
    if (i.code === "unrecognized_keys") return i.keys.map((key) => ({ field: path ? `${path}.${key}` : key, message: m.issue.unknownParameter }));
    return [{ field: path || "(root)", message: issueMessage(i, locale) }];
  });
  return invalid(issues, locale);
}

export function badField(field: string, message: ApiMessage, locale: Locale): Response {
  return invalid([{ field, message: fill(apiErrors[locale].code[message.code], message.values ?? {}) }], locale);
}

function invalid(issues: { field: string; message: string }[], locale: Locale): Response {
  const fields = [...new Set(issues.map((i) => i.field))].join(", ");
  return error(400, "bad_request", fill(apiErrors[locale].summary, { fields }), issues);
}

/**
 * A zod issue in `locale`: our own checks by the code they carry in
 * `params.code`, zod's by the kind of issue. An issue of ours without a known
 * code keeps its own (English) message.
 */
export function issueMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  const m = apiErrors[locale].issue;
  switch (issue.code) {
    case "custom": {
      const params: Record<string, unknown> = issue.params ?? {};
      const code = params.code;
      if (typeof code !== "string" || !isApiIssueCode(code)) return issue.message;
      const values: Record<string, string | number> = {};
      for (const [key, value] of Object.entries(params)) {
        if (typeof value === "string" || typeof value === "number") values[key] = value;
      }
      // An issue found inside a nested value (a mapping in a JSON text field) says its own message in the same language.
      if (isIssue(params.inner)) values.detail = issueMessage(params.inner, locale);
      return fill(apiErrors[locale].code[code], values);
    }
    case "invalid_type":
      // (inputs are parsed with reportInput, so a missing value shows as undefined)
      return "input" in issue && issue.input === undefined ? m.required : fill(m.invalidType, { expected: issue.expected });
    case "too_small": {
      const minimum = String(issue.minimum);
      if (issue.origin === "string") return fill(m.tooSmallString, { minimum });
      if (issue.origin === "array" || issue.origin === "set") return fill(m.tooSmallItems, { minimum });
      return fill(issue.inclusive === false ? m.tooSmallNumberExclusive : m.tooSmallNumber, { minimum });
    }
    case "too_big": {
      const maximum = String(issue.maximum);
      if (issue.origin === "string") return fill(m.tooBigString, { maximum });
      if (issue.origin === "array" || issue.origin === "set") return fill(m.tooBigItems, { maximum });
      return fill(issue.inclusive === false ? m.tooBigNumberExclusive : m.tooBigNumber, { maximum });
    }
    case "invalid_value":
      return fill(m.invalidValue, { values: issue.values.map(String).join(", ") });
    case "invalid_format":
      return m.invalidFormat;
    case "not_multiple_of":
      return fill(m.notMultipleOf, { divisor: String(issue.divisor) });
    case "invalid_union":
      return m.invalidUnion;
    default:
      return m.invalid;
  }
}

function isApiIssueCode(code: string): code is ApiIssueCode {
  return Object.hasOwn(apiErrors.en.code, code);
}

function isIssue(value: unknown): value is z.core.$ZodIssue {
  return typeof value === "object" && value !== null && "code" in value && "message" in value && "path" in value;
}

export function notFound(what: string): Response {
  return error(404, "not_found", `${what} not found`);
}

export function unauthorized(message = "Sign in, or send an API token: Authorization: Bearer kpi_…"): Response {
  return error(401, "unauthorized", message);
}

/** The asker is known but may not do this (their role or the token's scopes do not allow `action`). */
export function forbidden(action: string): Response {
  return error(403, "forbidden", `Not allowed: ${action} needs a role (or token scope) that permits it`);
}

export function serverError(): Response {
  return error(500, "internal_error", "Something went wrong on our side; the error was logged.");
}

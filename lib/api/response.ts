// Uniform JSON responses for the HTTP API. Errors name the offending field
// so a client can show which input was wrong; a 400's messages are in the
// language the request asks for (lib/i18n/request-locale), field names never
// translated. An answer never grows with the input: at most
// MAX_LISTED_ISSUES issues are listed (`truncated` says how many there were)
// and any field name or value repeated from the request is clipped.
import type { z } from "zod";
import { clipEcho } from "@/lib/echo";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import { apiErrors, type ApiIssueCode } from "@/lib/i18n/messages/api-errors";

export interface ApiIssue {
  field: string;
  message: string;
}

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    issues?: ApiIssue[];
    /** present when issues were left out: `shown` are listed of `total` */
    truncated?: { shown: number; total: number };
  };
}

/** The most issues one answer lists. */
export const MAX_LISTED_ISSUES = 50;
/** An issue's message can quote the input (an unknown platform): it is clipped longer than a field name. */
const MAX_MESSAGE_CHARS = 500;
/** The fields the summary message names; the rest are counted. */
const SUMMARY_FIELDS = 10;

/** One of our own messages, by code, with the values its placeholders take. */
export interface ApiMessage {
  code: ApiIssueCode;
  values?: Record<string, string | number>;
}

export function json<T>(body: T, init?: ResponseInit): Response {
  return Response.json(body, init);
}

function error(status: number, code: string, message: string, listed?: ListedIssues): Response {
  return Response.json({ error: { code, message, ...(listed ?? {}) } } satisfies ApiErrorBody, { status });
}

export interface ListedIssues {
  issues: ApiIssue[];
  truncated?: { shown: number; total: number };
}

/** The first MAX_LISTED_ISSUES issues, field names and messages clipped, and `truncated` when there were more. */
export function listIssues(all: readonly ApiIssue[]): ListedIssues {
  const issues = all.slice(0, MAX_LISTED_ISSUES).map((i) => ({ field: clipEcho(i.field), message: clipEcho(i.message, MAX_MESSAGE_CHARS) }));
  return all.length > MAX_LISTED_ISSUES ? { issues, truncated: { shown: issues.length, total: all.length } } : { issues };
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

/** A 400 naming several fields, each with one of our own messages (checks a zod schema cannot make alone). */
export function badFields(issues: readonly { field: string; message: ApiMessage }[], locale: Locale): Response {
  return invalid(issues.map((i) => ({ field: i.field, message: fill(apiErrors[locale].code[i.message.code], i.message.values ?? {}) })), locale);
}

function invalid(issues: ApiIssue[], locale: Locale): Response {
  const m = apiErrors[locale];
  const fields = [...new Set(issues.map((i) => i.field))];
  const named = fields.slice(0, SUMMARY_FIELDS).map((f) => clipEcho(f)).join(", ");
  const message = fields.length > SUMMARY_FIELDS ? fill(m.summaryMore, { fields: named, more: fields.length - SUMMARY_FIELDS }) : fill(m.summary, { fields: named });
  return error(400, "bad_request", message, listIssues(issues));
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

/** The record exists but cannot take this change as it is (a read-only set); `code` says why. */
export function conflict(code: string, message: string): Response {
  return error(409, code, message);
}

export function serverError(): Response {
  return error(500, "internal_error", "Something went wrong on our side; the error was logged.");
}

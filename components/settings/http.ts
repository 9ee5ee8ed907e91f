// Talking to the /settings routes from the page: JSON in and out, the page's
// language passed as `?lang=` so the server's messages match the page, and
// every answer read with the route's own zod schema (components/data/http
// readAnswer) — an answer of another shape is reported, never cast and used.
import type { z } from "zod";
import { errorInfo, readAnswer, type ApiAnswer, type Reply } from "@/components/data/http";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

function withLang(url: string, locale: Locale): string {
  return `${url}${url.includes("?") ? "&" : "?"}lang=${encodeURIComponent(locale)}`;
}

/** fetch() with a JSON body (or none); a network failure is status 0. */
export async function send(url: string, method: Method, locale: Locale, body?: unknown): Promise<ApiAnswer> {
  try {
    const response = await fetch(withLang(url, locale), {
      method,
      headers: { Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? (JSON.parse(text) as unknown) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed };
  } catch {
    return { status: 0, body: null };
  }
}

/** send(), its answer read with `schema`. */
export async function sendParsed<S extends z.ZodType>(url: string, method: Method, locale: Locale, schema: S, body?: unknown): Promise<Reply<z.output<S>>> {
  return readAnswer(await send(url, method, locale, body), schema);
}

/** Why a request did not work: a sentence for the form, and a message per field the server named. */
export interface Problem {
  message: string | null;
  fields: Record<string, string>;
}

export const NO_PROBLEM: Problem = { message: null, fields: {} };

/**
 * A refusal as the form shows it. Fields the form has (`known`) get their
 * message next to them; any other field the server names is said in the
 * sentence, so nothing the server said is lost.
 */
export function problemOf(reply: Exclude<Reply<unknown>, { kind: "ok" }>, m: SettingsMessages["errors"], known: readonly string[] = []): Problem {
  if (reply.kind === "malformed") return { message: fill(m.malformed, { status: reply.status, details: reply.issue }), fields: {} };
  const { status } = reply.answer;
  if (status === 0) return { message: m.network, fields: {} };
  const info = errorInfo(reply.answer.body);
  if (status === 401 && info.code === "unauthorized") return { message: m.signedOut, fields: {} };
  if (status === 403 && info.code === "forbidden") return { message: m.forbidden, fields: {} };
  const fields: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const issue of info.issues) {
    if (known.includes(issue.field)) fields[issue.field] ??= issue.message;
    else elsewhere.push(`${issue.field}: ${issue.message}`);
  }
  if (elsewhere.length) return { message: elsewhere.join("; "), fields };
  if (Object.keys(fields).length) return { message: status === 400 ? m.invalid : (info.message ?? m.invalid), fields };
  return { message: info.message ?? fill(m.server, { status }), fields };
}

export type { ApiAnswer, Reply };

// An API answer that is not a success, as one sentence in the page's language.
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { DataMessages } from "@/lib/i18n/messages/data";
import { errorInfo, previewInError, type ApiAnswer, type Reply } from "./http";
import { fillCount, formatList } from "./format";

/** The server's own message in the page's language when it gave one, else ours for the error's code, else a generic one. */
export function describeAnswer(answer: ApiAnswer, m: DataMessages, locale: Locale): string {
  const e = m.errors;
  if (answer.status === 0) return e.network;
  if (answer.status === 413) return e.too_large;
  const info = errorInfo(answer.body);
  const preview = previewInError(answer.body);
  const serverText = locale === "zh-CN" ? (info.messageZh ?? null) : info.message;
  switch (info.code) {
    case "rejected_rows": {
      const count = preview?.counts.rejected ?? info.rejected;
      return typeof count === "number" ? fillCount(e.rejected_rows, count, locale) : (serverText ?? fill(e.server, { status: answer.status }));
    }
    case "needs_input": {
      const needs = preview?.needs ?? info.needs ?? [];
      return needs.length ? fill(e.needs_input, { fields: formatList(needs.map((n) => m.needs[n]), locale) }) : (serverText ?? e.unknown_layout);
    }
    case "unknown_layout":
      return e.unknown_layout;
    case "unreadable_file": {
      const first = preview?.errors[0];
      const reason = (locale === "zh-CN" ? first?.reasonZh : first?.reason) ?? serverText ?? "";
      return fill(e.unreadable_file, { reason });
    }
    case "not_found":
      return serverText && locale !== "zh-CN" ? serverText : e.not_found;
  }
  if (serverText) return serverText;
  if (answer.status === 400 && info.issues.length) {
    return fill(e.invalid, { details: info.issues.map((i) => `${i.field}: ${i.message}`).join("; ") });
  }
  if (answer.status === 400 && info.message) return fill(e.invalid, { details: info.message });
  return fill(e.server, { status: answer.status });
}

/** Why a reply cannot be used: the server's refusal, or an answer of a shape this page does not know. */
export function describeFailure(reply: Exclude<Reply<unknown>, { kind: "ok" }>, m: DataMessages, locale: Locale): string {
  if (reply.kind === "refused") return describeAnswer(reply.answer, m, locale);
  return fill(m.errors.malformed, { status: reply.status, details: reply.issue });
}

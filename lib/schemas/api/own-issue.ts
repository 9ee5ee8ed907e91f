// A check of our own in a schema: zod reports its English message (what the
// schema's other users read), and the code in `params` lets the API's 400
// say it in the request's language (lib/api/response.ts issueMessage).
import { fill } from "@/lib/i18n/fill";
import { apiErrors, type ApiIssueCode } from "@/lib/i18n/messages/api-errors";

export function ownIssue(code: ApiIssueCode, values: Record<string, string | number> = {}): { message: string; params: Record<string, string | number> } {
  return { message: fill(apiErrors.en.code[code], values), params: { ...values, code } };
}

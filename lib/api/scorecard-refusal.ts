// The refusals of the AI tool scorecard's edit routes, in the request's language.
import type { Locale } from "@/lib/i18n/locale";
import { fill } from "@/lib/i18n/fill";
import { ai } from "@/lib/i18n/messages/ai";
import type { ScorecardEdit } from "@/lib/services/ai-scorecard-edit";
import { AiScorecardEditResponse } from "@/lib/schemas/api/ai-scorecard";
import { refusal } from "./refusal";
import { json } from "./response";

/** The edit's answer: the scorecard as it now stands (201 for a new tool), 404 for another workspace's tool, 409 for a name in use. */
export function scorecardEditAnswer(result: ScorecardEdit, locale: Locale, status = 200): Response {
  const m = ai[locale].api;
  switch (result.kind) {
    case "ok":
      return json(AiScorecardEditResponse.parse(result.value), { status });
    case "not_found":
      return refusal(404, "not_found", m.notFound);
    case "name_taken":
      return refusal(409, "name_taken", fill(m.nameTaken, { name: result.name }), "name");
  }
}

// The answers of the journey edit routes, in the request's language.
import type { Locale } from "@/lib/i18n/locale";
import { fill } from "@/lib/i18n/fill";
import { funnels } from "@/lib/i18n/messages/funnels";
import { JourneyDeleteResponse, JourneyEditResponse } from "@/lib/schemas/api/journeys";
import type { JourneyEdit, JourneyRemoval } from "@/lib/services/journey-edit";
import { refusal } from "./refusal";
import { json } from "./response";

/** The journey as it now stands (201 when new), 404 for another workspace's, 400 for a `from` naming no step, 409 when the edit would re-label imported data. */
export function journeyEditAnswer(result: JourneyEdit, locale: Locale, status = 200): Response {
  const m = funnels[locale].api;
  switch (result.kind) {
    case "ok":
      return json(JourneyEditResponse.parse(result.value), { status });
    case "not_found":
      return refusal(404, "not_found", m.notFound);
    case "unknown_step":
      return refusal(400, "bad_request", fill(m.unknownStep, { index: result.index + 1, from: result.from }), "steps.from");
    case "would_relabel":
      return refusal(409, result.reason, fill(m[result.reason], { position: result.position, observations: result.observations }), "steps");
  }
}

export function journeyRemovalAnswer(result: JourneyRemoval, locale: Locale): Response {
  if (result.kind === "not_found") return refusal(404, "not_found", funnels[locale].api.notFound);
  return json(JourneyDeleteResponse.parse(result.value));
}

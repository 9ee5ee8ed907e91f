// The answers of the content test edit routes, in the request's language.
import type { Locale } from "@/lib/i18n/locale";
import { content } from "@/lib/i18n/messages/content";
import type { ContentTestEdit } from "@/lib/services/content-test-edit";
import { ContentTestDeleteResponse, ContentTestEditResponse } from "@/lib/schemas/api/content-tests";
import { refusal } from "./refusal";
import { badField, json } from "./response";

/** The test as it now stands (201 for a new one), 404 for another workspace's test, 400 naming the field a check outside the schema refused. */
export function contentTestEditAnswer(result: ContentTestEdit, locale: Locale, status = 200): Response {
  switch (result.kind) {
    case "ok":
      return json(ContentTestEditResponse.parse(result.value), { status });
    case "deleted":
      return json(ContentTestDeleteResponse.parse({ deleted: result.id, unassigned: result.unassigned }));
    case "not_found":
      return refusal(404, "not_found", content[locale].api.notFound);
    case "invalid":
      return badField(result.field, result.message, locale);
  }
}

// The language an HTTP API request asks for: `?lang=zh-CN|en` first, then the
// first language of Accept-Language (English when it is English, else
// Chinese). The pages read the same rule after their cookie (lib/i18n/server).
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locale";

/** The language of the first entry of an Accept-Language header: English when it asks for English first, else the default (Chinese). */
export function acceptLanguageLocale(acceptLanguage: string | null): Locale {
  const first = (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : DEFAULT_LOCALE;
}

/** `?lang=` when it names a language the app speaks, else Accept-Language's. */
export function requestLocale(queryLang: string | null | undefined, acceptLanguage: string | null): Locale {
  return isLocale(queryLang ?? undefined) ? (queryLang as Locale) : acceptLanguageLocale(acceptLanguage);
}

/** requestLocale for a Request: its `?lang` and its Accept-Language header. */
export function localeOfRequest(request: Request): Locale {
  return requestLocale(new URL(request.url).searchParams.get("lang"), request.headers.get("accept-language"));
}

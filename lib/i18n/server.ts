// The request's language and theme, from cookies (set by the switches in the
// header) or, for the language, the browser's Accept-Language.
import { cookies, headers } from "next/headers";
import { en, type Messages } from "./messages/en";
import { zhCN } from "./messages/zh-CN";
import { THEME_COOKIE, type Theme } from "@/lib/theme";
import { LOCALE_COOKIE, isLocale, type Locale } from "./locale";
import { acceptLanguageLocale } from "./request-locale";

export async function getLocale(): Promise<Locale> {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return acceptLanguageLocale((await headers()).get("accept-language"));
}

/** The theme chosen in the header, or null to follow the system setting. */
export async function getTheme(): Promise<Theme | null> {
  const value = (await cookies()).get(THEME_COOKIE)?.value;
  return value === "light" || value === "dark" ? value : null;
}

export function messagesFor(locale: Locale): Messages {
  return locale === "zh-CN" ? zhCN : en;
}

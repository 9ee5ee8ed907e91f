"use client";

import { useSyncExternalStore } from "react";
import { isLocale, type Locale } from "@/lib/i18n/locale";

const noSubscription = () => () => {};

/**
 * The language the root layout rendered the page in (`<html lang>`), for
 * client-only boundaries (loading, error) that cannot read the server's
 * cookies. null while rendering on the server.
 */
export function useDocumentLocale(): Locale | null {
  return useSyncExternalStore(
    noSubscription,
    () => {
      const lang = document.documentElement.lang;
      return isLocale(lang) ? lang : null;
    },
    () => null,
  );
}

"use client";

import { platforms } from "@/lib/i18n/messages/platforms";
import { useDocumentLocale } from "./useDocumentLocale";

/** "Loading the platform comparison…" for screen readers, in the page's language. */
export function LoadingLabel() {
  const locale = useDocumentLocale();
  if (!locale) return null;
  return <span className="sr-only">{platforms[locale].loading}</span>;
}
